"""The claims panel: each claim (annotations joined by `same claim` links), where it appears,
whether its appearances contradict each other, and the fact-checker's rating of it.

Selecting a claim lays its appearances out side by side in the panes; F8 / Shift+F8 step
from claim to claim. Wording, rating, explanation and evidence are edited in place through
undoable commands (text after a short pause in typing), as in the inspector: the rows
are built in `claim_rows`, the fields are `claim_editor`'s. A claim checked before (earlier
fact-checks in the archives match it) is marked in its row, matched off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.claims.claim_overview import ClaimOverview, claim_overviews
from claimdesk.db.claims.claimants import Claimant
from claimdesk.db.records.blind_annotation import blind_since
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.exact_option import exact_box

from .checked_before_cache import CheckedBefore
from .claim_editor import ClaimEditor
from .claim_rows import (
    ANNOTATION_ROLE,
    CHECKED_COLUMN,
    CLAIM_ROLE,
    claim_item,
    claim_items,
    claim_match_text,
    hide_unmatched,
    show_checked_before,
)
from .evidence_files import EvidenceFiles
from .fields_area import FieldsArea

REFRESH_DELAY_MS = 60


class ClaimsPanel(QWidget):
    appearances_requested = Signal(list)  # annotation ids to lay out side by side
    annotation_requested = Signal(str)  # one appearance to show

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._overviews: dict[str, ClaimOverview] = {}
        self._claimants: dict[tuple[str, str], Claimant] = {}
        self._loading = False

        self.contradicted_only = QCheckBox(translate("ClaimsPanel", "Only contradicted"), self)
        self.contradicted_only.setToolTip(
            translate("ClaimsPanel", "Only contradicted claims (Ctrl+Shift+K)")
        )
        self.contradicted_only.toggled.connect(self.refresh)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("ClaimsPanel", "Filter claims…"))
        self.filter_edit.setAccessibleName(translate("ClaimsPanel", "Filter claims"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.exact = exact_box(self, "claims")  # as every filter's Exact
        self.exact.toggled.connect(self._apply_filter)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)  # a narrow panel wraps it rather than widen

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                translate("ClaimsPanel", "Claim"),
                translate("ClaimsPanel", "Rating"),
                translate("ClaimsPanel", "Seen"),
                translate("ClaimsPanel", "Before"),
            ]
        )
        self.tree.headerItem().setToolTip(
            CHECKED_COLUMN,
            translate("ClaimsPanel", "Checked before: earlier fact-checks that match the claim"),
        )
        self.tree.setAccessibleName(translate("ClaimsPanel", "Claims"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.setToolTip(
            translate("ClaimsPanel", "Enter shows the claim's appearances side by side")
        )
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemActivated.connect(self._on_activated)

        self.editor = ClaimEditor(session, self)

        # The filter has the panel's width to itself, its options under it: in one row
        # with them, a narrow panel cut the field to "Fi…" (wider labels in Spanish or
        # French); beside them, the count wrapped a word a line.
        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.exact)
        options.addWidget(self.contradicted_only)
        options.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        # Scrolled rather than squeezed when the panel is short: a wrapped warning kept the
        # height of fewer lines than it has, and its first and last lines were cut.
        details = QWidget(self)
        self.claim_files = EvidenceFiles(session, details)  # the selected claim's files
        files_label = QLabel(translate("ClaimsPanel", "Evidence files"), details)
        files_label.setBuddy(self.claim_files.list)
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.editor)
        column.addWidget(files_label)  # named: a bare list under "Remove claim" said nothing
        column.addWidget(self.claim_files)
        column.addStretch(1)
        split.addWidget(FieldsArea(details, self))
        self.tree.currentItemChanged.connect(
            lambda *_: self.claim_files.show_for("claim_id", self.current_claim_id() or None)
        )
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)  # the fields, else they scroll beside an empty list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addLayout(options)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        session.changed.connect(self._on_changed)
        session.closing.connect(self._refresh_timer.stop)
        self.checked_before = CheckedBefore.of(session)
        self.checked_before.updated.connect(self._show_checked_before)
        self.refresh()

    # Showing claims

    def refresh(self) -> None:
        """Reload from the store, keeping the selected claim and what is expanded."""
        current = self.current_claim_id()
        expanded = {
            item.data(0, CLAIM_ROLE) for item in claim_items(self.tree) if item.isExpanded()
        }
        overviews = claim_overviews(
            self.session.store, contradicted_only=self.contradicted_only.isChecked()
        )
        if blind_since(self.session.store):  # blind annotation: only the claims I made
            me = self.session.annotator.id
            overviews = [overview for overview in overviews if overview.claim.annotator_id == me]
        self._overviews = {overview.claim.id: overview for overview in overviews}
        self._claimants = self.session.store.claimants_by_appearance()
        self._loading = True
        try:
            self.tree.clear()
            for overview in overviews:
                item = claim_item(overview, self._claimants)
                self.tree.addTopLevelItem(item)
                item.setExpanded(overview.claim.id in expanded)
            self.tree.resizeColumnToContents(1)
            self.tree.resizeColumnToContents(2)
        finally:
            self._loading = False
        self.checked_before.check_archives()
        self._show_checked_before()
        self._apply_filter()
        self._update_count()
        if current and current in self._overviews:
            self.select_claim(current, reveal=False)
        else:
            self.editor.show_claim(None)

    def current_claim_id(self) -> str:
        item = self.tree.currentItem()
        if item is None:
            return ""
        top = item.parent() or item
        return top.data(0, CLAIM_ROLE) or ""

    def select_claim(self, claim_id: str, *, reveal: bool = True) -> None:
        for item in claim_items(self.tree):
            if item.data(0, CLAIM_ROLE) == claim_id:
                self._loading = not reveal
                try:
                    self.tree.setCurrentItem(item)
                finally:
                    self._loading = False
                self.editor.show_claim(self._overviews.get(claim_id))
                return

    def step(self, direction: int) -> None:
        """Next (1) or previous (-1) visible claim, its appearances laid out in the panes."""
        visible = [item for item in claim_items(self.tree) if not item.isHidden()]
        if not visible:
            return
        current = self.tree.currentItem()
        top = (current.parent() or current) if current else None
        index = visible.index(top) + direction if top in visible else (0 if direction > 0 else -1)
        item = visible[index % len(visible)]
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def _show_checked_before(self) -> None:
        """Mark the claims checked before (matched off the UI thread: marks come as found)."""
        marked = False
        for item in claim_items(self.tree):
            overview = self._overviews.get(item.data(0, CLAIM_ROLE))
            if overview is not None:
                text = claim_match_text(overview)
                matches = self.checked_before.matches(text, claim=overview.claim.id)
                show_checked_before(item, matches)
                marked = marked or bool(matches)
        self.tree.setColumnHidden(CHECKED_COLUMN, not marked)  # no empty column: no noise
        self.tree.resizeColumnToContents(CHECKED_COLUMN)

    def _apply_filter(self) -> None:
        hide_unmatched(self.tree, self.filter_edit.text(), exact=self.exact.isChecked())

    def _update_count(self) -> None:
        total = len(self._overviews)
        contradicted = sum(1 for o in self._overviews.values() if o.has_contradiction)
        if self.contradicted_only.isChecked():
            self.count_label.setText(translate_n("ClaimsPanel", "%n contradicted claims", total))
        elif total == 0:
            self.count_label.setText(
                translate(
                    "ClaimsPanel",
                    "No claims yet. Link two annotations as “same claim” (L, then L, then 1).",
                )
            )
        else:
            self.count_label.setText(
                translate_n("ClaimsPanel", "%n claims · {contradicted} contradicted", total).format(
                    contradicted=contradicted
                )
            )

    # Reacting

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if self._loading:
            # A reload (or a selection made for the user): the caller shows the claim.
            # Emptying the editor meanwhile disabled it, and the focus of someone typing
            # its wording fell out of it.
            return
        if current is None:
            self.editor.show_claim(None)
            return
        top = current.parent() or current
        self.editor.show_claim(self._overviews.get(top.data(0, CLAIM_ROLE)))
        annotation_id = current.data(0, ANNOTATION_ROLE)
        if annotation_id:
            self.annotation_requested.emit(annotation_id)
        else:
            overview = self._overviews.get(top.data(0, CLAIM_ROLE))
            if overview is not None:
                self.appearances_requested.emit(
                    [appearance.annotation.id for appearance in overview.appearances]
                )

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        if item.childCount():
            item.setExpanded(not item.isExpanded())
        self._on_current_changed(item, None)

    def _on_changed(self, change: Change) -> None:
        # Tagging alone never changes a claim (deleting an appearance says `claims`), so a
        # tag key press does not re-read every claim.
        if (
            change.claims
            or change.links
            or change.scheme
            or change.everything
            or change.article_metadata
        ):
            self._refresh_timer.start()
