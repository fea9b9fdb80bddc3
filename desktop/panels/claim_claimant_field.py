"""The claim editor's "Said by" row: who made the claim, named on the claim itself.

Without it the claim's claimant is the one its appearances name most often (shown as the
placeholder); naming one here wins over them in the claims panel, the report and
ClaimReview. Picked from the project's list of claimants or typed (added as a person or
an organisation); blank lets the appearances decide again. Each change is one undoable
`name_claim_claimant`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from claimdesk.db.claims.claim_overview import ClaimOverview
from claimdesk.db.claims.claimants import main_claimant
from claimdesk.desktop.commands.claimant_commands import name_claim_claimant
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .claimant_field import kind_box
from .typed_name import keeping_typed_name, name_given


class ClaimClaimantField(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.claim_id = ""
        self._loading = False
        self.name_box = QComboBox(self)
        self.name_box.setEditable(True)
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_box.setToolTip(
            translate(
                "ClaimClaimantField",
                "Who made the claim, over whom its appearances name; blank: they decide",
            )
        )
        self.name_box.setAccessibleName(translate("ClaimClaimantField", "Claim said by"))
        self.setFocusProxy(self.name_box)
        self.kind_box = kind_box(self, translate("ClaimClaimantField", "Person or organisation"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name_box, 1)
        row.addWidget(self.kind_box)
        # Saved once the box has finished with the key or click (the save reloads the list).
        self.name_box.activated.connect(lambda _index: self._save_soon())
        line = self.name_box.lineEdit()
        assert line is not None, "the box is editable"
        line.editingFinished.connect(self._save_soon)
        # Person or organisation is asked only of a name not yet listed: the name keeps the
        # panel's narrow width to itself otherwise.
        self.name_box.editTextChanged.connect(self._show_kind)
        self.kind_box.setVisible(False)

    def show_claim(self, overview: ClaimOverview | None) -> None:
        """Show who the claim names, and whom its appearances name as the placeholder."""
        claim_id = overview.claim.id if overview else ""
        same_claim = claim_id == self.claim_id
        self.claim_id = claim_id
        store = self.session.store
        chosen = overview.claimant if overview else None
        self._loading = True
        try:
            with keeping_typed_name(self.name_box, same_claim):
                self.name_box.clear()
                if overview is not None:
                    for claimant in store.claimants():
                        self.name_box.addItem(claimant.name, claimant.id)
                index = self.name_box.findData(chosen.id) if chosen else -1
                self.name_box.setCurrentIndex(index)
                self.name_box.setEditText(chosen.name if chosen else "")
            line = self.name_box.lineEdit()
            assert line is not None, "the box is editable"
            placeholder = self._from_appearances(overview)
            line.setPlaceholderText(placeholder)
            line.setToolTip(plain_tooltip(placeholder))
            self._show_kind(self.name_box.currentText())
        finally:
            self._loading = False

    def _show_kind(self, text: str) -> None:
        name = " ".join(text.split())
        listed = self.name_box.findText(name, Qt.MatchFlag.MatchFixedString) >= 0
        self.kind_box.setVisible(bool(name) and not listed)

    def _from_appearances(self, overview: ClaimOverview | None) -> str:
        if overview is None:
            return ""
        named = self.session.store.claimants_by_appearance()
        dated = sorted(overview.appearances, key=lambda a: (not a.date, a.date))
        main = main_claimant(overview.claim.id, (a.annotation.id for a in dated), named)
        if main is None:
            return translate("ClaimClaimantField", "Who made the claim?")
        return translate("ClaimClaimantField", "From its appearances: {name}").format(
            name=main.name
        )

    def _save_soon(self) -> None:
        QTimer.singleShot(0, self, self._save)

    def _save(self) -> None:
        if self._loading or not self.claim_id or self.session.is_closed:
            return
        name = name_given(self.name_box)
        chosen = self.session.store.claimants_by_claim().get(self.claim_id)
        if (chosen.name if chosen else "") == name:
            return
        kind = self.kind_box.currentData() or "organization"
        self.session.push(name_claim_claimant(self.session, self.claim_id, name, kind))
