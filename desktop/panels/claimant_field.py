"""The inspector's Claimant row: who made the claim in the inspected appearance.

Offers the project's list of claimants (type a new name to add one, as a person or an
organisation), and a suggestion read from an Attribution annotation linked to the
appearance or beside it (`claims.claimant_suggestion`). Each choice is one undoable
`name_claimant`. The "…" menu renames the named claimant or takes it off the project's list
(undoable too). Hidden for an annotation that is no claim's appearance.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.claims import claimants
from claimdesk.db.claims.claim_overview import Appearance, ClaimOverview
from claimdesk.db.claims.claimant_suggestion import suggested_claimant
from claimdesk.db.claims.claimants import KINDS, Claimant
from claimdesk.desktop.commands.claimant_commands import (
    name_claimant,
    remove_claimant,
    rename_claimant,
)
from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.i18n.locale_format import short_date
from claimdesk.desktop.session import ProjectSession

from .typed_name import keeping_typed_name, name_given

KIND_LABELS = {
    "organization": mark("ClaimantField", "Organisation"),
    "person": mark("ClaimantField", "Person"),
}


def kind_box(parent: QWidget, accessible_name: str) -> QComboBox:
    """Person or organisation, for a name not yet listed (an organisation unless chosen)."""
    box = QComboBox(parent)
    for kind in KINDS:
        box.addItem(translated("ClaimantField", KIND_LABELS[kind]), kind)
    box.setCurrentIndex(box.findData("organization"))
    box.setAccessibleName(accessible_name)
    return box


class ClaimantField(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.claim_id = ""
        self.annotation_id = ""
        self.suggestion: str | None = None
        self._loading = False
        self.name_box = QComboBox(self)
        self.name_box.setEditable(True)
        self.setFocusProxy(self.name_box)  # the row's Alt key lands in the name
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_box.setToolTip(
            translate("ClaimantField", "Who made the claim here (not the outlet that reported it)")
        )
        self.name_box.setAccessibleName(translate("ClaimantField", "Said by"))
        self.kind_box = kind_box(self, translate("ClaimantField", "Person or organisation"))
        self.use_button = QPushButton(self)
        self.named: Claimant | None = None
        self.list_button = QToolButton(self)
        self.list_button.setText("…")
        self.list_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.list_button.setToolTip(translate("ClaimantField", "Rename or remove this claimant"))
        self.list_button.setAccessibleName(translate("ClaimantField", "Claimant list"))
        menu = QMenu(self.list_button)
        self.rename_action = menu.addAction(translate("ClaimantField", "Rename…"))
        self.remove_action = menu.addAction(translate("ClaimantField", "Remove from the list"))
        self.rename_action.triggered.connect(self._ask_rename)
        self.remove_action.triggered.connect(self.remove_named)
        self.list_button.setMenu(menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.name_box, 1)
        top.addWidget(self.list_button)
        layout.addLayout(top)
        row = QHBoxLayout()
        row.addWidget(self.kind_box)
        row.addWidget(self.use_button, 1)
        layout.addLayout(row)
        layout.addStretch(1)  # the rows sit under the "Said by" label, however tall the form
        # Saved once the box has finished with the key or click: the save reloads the list,
        # which the box must not see cleared in the middle of its own signal.
        self.name_box.activated.connect(lambda _index: self._save_soon())
        line = self.name_box.lineEdit()
        assert line is not None, "the box is editable"
        line.editingFinished.connect(self._save_soon)
        self.use_button.clicked.connect(self._use_suggestion)

    def show_for(self, annotation_id: str | None) -> bool:
        """Show the appearance's claimant; False (nothing shown) if it is in no claim."""
        store = self.session.store
        claims = store.claims_of_annotation(annotation_id) if annotation_id else []
        if not claims or annotation_id is None:
            self.claim_id = self.annotation_id = ""
            return False
        same = (self.claim_id, self.annotation_id) == (claims[0].id, annotation_id)
        self.claim_id, self.annotation_id = claims[0].id, annotation_id
        named = store.appearance_claimant(self.claim_id, annotation_id)
        self.named = named
        self.list_button.setEnabled(named is not None)
        self.suggestion = suggested_claimant(store, annotation_id)
        self._loading = True
        try:
            with keeping_typed_name(self.name_box, same):
                self.name_box.clear()
                for claimant in store.claimants():
                    self.name_box.addItem(claimant.name, claimant.id)
                self.name_box.setCurrentIndex(self.name_box.findData(named.id) if named else -1)
                self.name_box.setEditText(named.name if named else "")
            line = self.name_box.lineEdit()
            assert line is not None, "the box is editable"
            line.setPlaceholderText(
                translate("ClaimantField", "Suggested: {name}").format(name=self.suggestion)
                if self.suggestion
                else translate("ClaimantField", "Who made the claim?")
            )
            self._show_kind(named)
            offer = bool(self.suggestion) and (named is None or named.name != self.suggestion)
            self.use_button.setText(
                translate("ClaimantField", "Use “{name}”").format(name=self.suggestion)
                if offer
                else ""
            )
            self.use_button.setVisible(offer)
        finally:
            self._loading = False
        return True

    def _ask_rename(self) -> None:
        if self.named is None:
            return
        name, accepted = QInputDialog.getText(
            self,
            translate("ClaimantField", "Rename claimant"),
            translate("ClaimantField", "New name for “{name}”, wherever it is named:").format(
                name=self.named.name
            ),
            QLineEdit.EchoMode.Normal,
            self.named.name,
        )
        if accepted:
            self.rename_named(name)

    def rename_named(self, name: str) -> None:
        """Rename the claimant this appearance names, in the whole project (undoable)."""
        if self.named is None or self.session.is_closed:
            return
        if " ".join(name.split()) != self.named.name:
            self.session.push(rename_claimant(self.session, self.named.id, name))

    def remove_named(self) -> None:
        """Take the named claimant off the project's list and every appearance (undoable)."""
        if self.named is not None and not self.session.is_closed:
            self.session.push(remove_claimant(self.session, self.named.id, self.named.name))

    def _show_kind(self, named: Claimant | None) -> None:
        if named is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(named.kind))
        self.kind_box.setEnabled(named is None)

    def _use_suggestion(self) -> None:
        if self.suggestion:
            self.name_box.setEditText(self.suggestion)
            self._save()

    def _save_soon(self) -> None:
        QTimer.singleShot(0, self, self._save)

    def _save(self) -> None:
        if self._loading or not self.annotation_id or self.session.is_closed:
            return
        name = name_given(self.name_box)
        named = self.session.store.appearance_claimant(self.claim_id, self.annotation_id)
        if (named.name if named else "") == name:
            return
        kind = self.kind_box.currentData() or "organization"
        self.session.push(
            name_claimant(self.session, self.claim_id, self.annotation_id, name, kind)
        )


def appearance_place(appearance: Appearance, claimant: str) -> str:
    """How the claims panel names an appearance: "Venezuelan government via AP · 2026-01-14"."""
    outlet = appearance.outlet or appearance.article_title
    via = translate("claimant_field", "{claimant} via {outlet}")
    source = via.format(claimant=claimant, outlet=outlet) if claimant else outlet
    return " · ".join(part for part in (source, short_date(appearance.date)) if part)


def claim_claimant(overview: ClaimOverview, named: Mapping[tuple[str, str], Claimant]) -> str:
    """The claim's claimant (`claimants.claim_claimant`), else ""."""
    dated = sorted(overview.appearances, key=lambda a: (not a.date, a.date))
    claim = overview.claim.id
    chosen = {claim: overview.claimant} if overview.claimant else {}
    main = claimants.claim_claimant(claim, (a.annotation.id for a in dated), named, chosen)
    return main.name if main else ""
