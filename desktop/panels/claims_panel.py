"""The claims panel: each claim (annotations joined by `same claim` links), where it appears,
whether its appearances contradict each other, and the fact-checker's rating of it.

Selecting a claim lays its appearances out side by side in the panes; F8 / Shift+F8 step
from claim to claim. Wording, rating, explanation and evidence are edited in place through
undoable commands (text after a short pause in typing), as in the inspector.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import NotFoundError
from claimdesk.db.analysis.text_folding import fold
from claimdesk.db.claims.claim_overview import ClaimOverview, claim_overviews
from claimdesk.db.claims.claimants import Claimant
from claimdesk.db.operations import claims as claim_ops
from claimdesk.db.records.blind_annotation import blind_since
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.plain_text import plain_tooltip
from claimdesk.desktop.widgets.typing_pause import pause_timer, urls_in

from .claimant_field import appearance_place, claim_claimant
from .figures_note import FiguresNote

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2
REFRESH_DELAY_MS = 60
CONTRADICTION_COLOUR = "#c62828"


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
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                translate("ClaimsPanel", "Claim"),
                translate("ClaimsPanel", "Rating"),
                translate("ClaimsPanel", "Seen"),
            ]
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

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.contradicted_only)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        session.changed.connect(self._on_changed)
        session.closing.connect(self._refresh_timer.stop)
        self.refresh()

    # Showing claims

    def refresh(self) -> None:
        """Reload from the store, keeping the selected claim and what is expanded."""
        current = self.current_claim_id()
        expanded = {item.data(0, CLAIM_ROLE) for item in self._claim_items() if item.isExpanded()}
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
                item = self._claim_item(overview)
                self.tree.addTopLevelItem(item)
                item.setExpanded(overview.claim.id in expanded)
            self.tree.resizeColumnToContents(1)
            self.tree.resizeColumnToContents(2)
        finally:
            self._loading = False
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
        for item in self._claim_items():
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
        visible = [item for item in self._claim_items() if not item.isHidden()]
        if not visible:
            return
        current = self.tree.currentItem()
        top = (current.parent() or current) if current else None
        index = visible.index(top) + direction if top in visible else (0 if direction > 0 else -1)
        item = visible[index % len(visible)]
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def _claim_item(self, overview: ClaimOverview) -> QTreeWidgetItem:
        claim = overview.claim
        wording = claim.wording or translate("ClaimsPanel", "(no wording yet)")
        marker = "⚠ " if overview.has_contradiction else ""
        count = len(overview.appearances)
        said = claim_claimant(overview, self._claimants)
        shown = f"{marker}{wording}" + (f" — {said}" if said else "")
        item = QTreeWidgetItem([shown, overview.verdict_name or "—", str(count)])
        item.setData(0, CLAIM_ROLE, claim.id)
        tip = [wording, translate_n("ClaimsPanel", "%n appearances", count)]
        tip += [f"⚠ {reason}" for reason in overview.contradictions]
        item.setToolTip(0, plain_tooltip("\n".join(tip)))
        if overview.has_contradiction:
            item.setForeground(0, QBrush(QColor(CONTRADICTION_COLOUR)))
        for appearance in overview.appearances:
            who = self._claimants.get((claim.id, appearance.annotation.id))
            where = appearance_place(appearance, who.name if who else "")
            quote = " ".join(appearance.annotation.quote.split())
            child = QTreeWidgetItem([f"{where} — “{quote}”", "", ""])
            child.setData(0, ANNOTATION_ROLE, appearance.annotation.id)
            child.setToolTip(0, plain_tooltip(f"{appearance.article_title}\n“{quote}”"))
            item.addChild(child)
        return item

    def _claim_items(self) -> list[QTreeWidgetItem]:
        """The claims' rows (their children are the appearances)."""
        return _present(self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))

    def _apply_filter(self) -> None:
        needle = fold(self.filter_edit.text().strip())  # accents and case ignored
        for item in self._claim_items():
            haystack = " ".join([item.text(0)] + [child.text(0) for child in _children(item)])
            item.setHidden(bool(needle) and needle not in fold(haystack))

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


class ClaimEditor(QWidget):
    """Wording, rating, explanation and evidence of the selected claim."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.claim_id = ""
        self._loading = False
        # First made, first in the Tab order: it shows above the fields.
        self.figures_note = FiguresNote(session, self)
        self.wording_edit = QLineEdit(self)
        self.wording_edit.setPlaceholderText(
            translate("ClaimEditor", "The claim in your own words")
        )
        self.rating_box = QComboBox(self)
        self.explanation_edit = QPlainTextEdit(self)
        self.explanation_edit.setPlaceholderText(
            translate("ClaimEditor", "Why this rating: what the evidence shows")
        )
        self.explanation_edit.setTabChangesFocus(True)
        self.evidence_edit = QPlainTextEdit(self)
        self.evidence_edit.setPlaceholderText(
            translate("ClaimEditor", "Evidence: one URL per line")
        )
        self.evidence_edit.setTabChangesFocus(True)
        self.evidence_edit.setMaximumHeight(70)
        self.contradictions_label = QLabel(self)
        self.contradictions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contradictions_label.setWordWrap(True)
        self.contradictions_label.setStyleSheet(f"color: {CONTRADICTION_COLOUR};")
        self.remove_button = QPushButton(translate("ClaimEditor", "Remove claim"), self)
        self.remove_button.setToolTip(
            translate("ClaimEditor", "The appearances and their links stay; undo brings it back")
        )
        self.remove_button.clicked.connect(self._remove)

        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.contradictions_label)
        form.addRow(self.figures_note)
        # Mnemonics no menu or other panel uses (Alt+R is the Review menu).
        form.addRow(translate("ClaimEditor", "&Wording"), self.wording_edit)
        form.addRow(translate("ClaimEditor", "Ratin&g"), self.rating_box)
        form.addRow(translate("ClaimEditor", "E&xplanation"), self.explanation_edit)
        form.addRow(translate("ClaimEditor", "&Sources"), self.evidence_edit)
        form.addRow(self.remove_button)

        self._timers = {
            name: pause_timer(self, partial(self._save_text, name))
            for name in ("wording", "explanation", "evidence")
        }
        self.wording_edit.textEdited.connect(lambda: self._timers["wording"].start())
        self.explanation_edit.textChanged.connect(
            lambda: self._loading or self._timers["explanation"].start()
        )
        self.evidence_edit.textChanged.connect(
            lambda: self._loading or self._timers["evidence"].start()
        )
        self.rating_box.activated.connect(self._save_rating)
        session.changed.connect(self._on_changed)
        session.closing.connect(self.flush)
        self._fill_ratings()
        self.show_claim(None)

    def show_claim(self, overview: ClaimOverview | None) -> None:
        self.flush()
        self.claim_id = overview.claim.id if overview else ""
        self.setEnabled(overview is not None)
        self._loading = True
        try:
            claim = overview.claim if overview else None
            if self.wording_edit.text() != (claim.wording if claim else ""):
                self.wording_edit.setText(claim.wording if claim else "")
            self.rating_box.setCurrentIndex(
                max(0, self.rating_box.findData(claim.verdict_id if claim else None))
            )
            explanation = claim.explanation if claim else ""
            if self.explanation_edit.toPlainText() != explanation:
                self.explanation_edit.setPlainText(explanation)
            evidence = list(claim.evidence) if claim else []
            if urls_in(self.evidence_edit.toPlainText()) != evidence:
                self.evidence_edit.setPlainText("\n".join(evidence))
            reasons = overview.contradictions if overview else ()
            self.contradictions_label.setText("\n".join(f"⚠ {reason}" for reason in reasons))
            self.contradictions_label.setVisible(bool(reasons))
            self.figures_note.show_claim(overview)
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save what was typed before the selection moves on, so no keystroke is lost."""
        for name, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._save_text(name)

    def _fill_ratings(self) -> None:
        self._loading = True
        try:
            self.rating_box.clear()
            self.rating_box.addItem(translate("ClaimEditor", "— not rated —"), None)
            for verdict in self.session.verdicts():
                self.rating_box.addItem(verdict.name, verdict.id)
        finally:
            self._loading = False

    def _save_text(self, name: str) -> None:
        value: object
        if name == "wording":
            value = self.wording_edit.text().strip()
        elif name == "explanation":
            value = self.explanation_edit.toPlainText()
        else:
            value = tuple(urls_in(self.evidence_edit.toPlainText()))
        self._edit(name, value)

    def _save_rating(self) -> None:
        if not self._loading:
            self._edit("verdict_id", self.rating_box.currentData())

    def _edit(self, name: str, value: object) -> None:
        if not self.claim_id:
            return
        store = self.session.store
        try:
            claim = store.claim(self.claim_id)
        except NotFoundError:
            return
        if getattr(claim, name) == value:
            return
        text = {
            "wording": translate("ClaimEditor", "Change claim wording"),
            "explanation": translate("ClaimEditor", "Change claim explanation"),
            "evidence": translate("ClaimEditor", "Change claim evidence"),
            "verdict_id": translate("ClaimEditor", "Change claim rating"),
        }[name]
        edit = partial(claim_ops.edit_claim, store, self.claim_id, **{name: value})
        self.session.push(OperationCommand(self.session, text, edit))

    def _remove(self) -> None:
        if not self.claim_id:
            return
        remove = partial(claim_ops.delete_claim, self.session.store, self.claim_id)
        self.session.push(
            OperationCommand(self.session, translate("ClaimEditor", "Remove claim"), remove)
        )

    def _on_changed(self, change: Change) -> None:
        if change.scheme or change.everything:
            self._fill_ratings()


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return _present(item.child(i) for i in range(item.childCount()))


def _present(items: Iterable[QTreeWidgetItem | None]) -> list[QTreeWidgetItem]:
    """Qt answers None only for an index past the end, which these loops never ask for."""
    return [item for item in items if item is not None]
