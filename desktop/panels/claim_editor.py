"""The claims panel's editor: the selected claim's wording, rating, explanation and
evidence, each change one undoable command (text after a short pause in typing, or when
the selection moves on), its contradictions and "figures differ" note above, the earlier
fact-checks that match it below, and a button to remove the claim.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from claimdesk.db import NotFoundError
from claimdesk.db.claims.claim_overview import ClaimOverview
from claimdesk.db.operations import claims as claim_ops
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.readable_colours import disagreeing_colour
from claimdesk.desktop.widgets.typing_pause import pause_timer, urls_in

from .checked_before_view import CheckedBeforeList
from .claim_claimant_field import ClaimClaimantField
from .claim_rows import claim_match_text
from .contradiction_text import contradiction_text
from .figures_note import FiguresNote


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
        self.claimant_field = ClaimClaimantField(session, self)
        self.rating_box = QComboBox(self)
        self.explanation_edit = QPlainTextEdit(self)
        self.explanation_edit.setPlaceholderText(
            translate("ClaimEditor", "Why this rating: what the evidence shows")
        )
        self.explanation_edit.setTabChangesFocus(True)
        self.explanation_edit.setMaximumHeight(120)  # it scrolls: the fields below stay in view
        self.evidence_edit = QPlainTextEdit(self)
        self.evidence_edit.setPlaceholderText(
            translate("ClaimEditor", "Evidence: one URL per line")
        )
        self.evidence_edit.setTabChangesFocus(True)
        self.evidence_edit.setMaximumHeight(70)
        self.contradictions_label = QLabel(self)
        self.contradictions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contradictions_label.setWordWrap(True)
        red = disagreeing_colour(self.palette())  # one that reads on dark too
        self.contradictions_label.setStyleSheet(f"color: {red.name()};")
        self.checked_before = CheckedBeforeList(session, self)
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
        form.addRow(translate("ClaimEditor", "Said &by"), self.claimant_field)
        form.addRow(translate("ClaimEditor", "Ratin&g"), self.rating_box)
        form.addRow(translate("ClaimEditor", "E&xplanation"), self.explanation_edit)
        form.addRow(translate("ClaimEditor", "&Sources"), self.evidence_edit)
        form.addRow(self.checked_before)
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
            reasons = [contradiction_text(r) for r in overview.contradictions] if overview else []
            self.contradictions_label.setText("\n".join(f"⚠ {reason}" for reason in reasons))
            self.contradictions_label.setVisible(bool(reasons))
            self.figures_note.show_claim(overview)
            self.claimant_field.show_claim(overview)
            self.checked_before.show_text(
                claim_match_text(overview) if overview else "", claim.id if claim else ""
            )
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
