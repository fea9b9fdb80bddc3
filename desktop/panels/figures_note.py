"""Under a claim's "figures differ" warning: the fact-checker's judgement of it.

The figure check reads AP's "four" plus "one" against "at least three" as figures that
differ. "Not a contradiction…" keeps why it is none (one undoable step); the claim then
counts as contradicted only for its other reasons, and the reason shows here instead of
the warning, with "Warn again" to take it back.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from claimdesk.db.claims.claim_overview import ClaimOverview
from claimdesk.db.operations import claims
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession


class FiguresNote(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._overview: ClaimOverview | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_claim(self, overview: ClaimOverview | None) -> None:
        self._overview = overview
        note = overview.figures_note if overview else None
        if note is not None:
            who = self.session.annotator_name(note.annotator_id)
            self.label.setText(
                translate("FiguresNote", "Figures judged consistent by {who}: {reason}").format(
                    who=who, reason=note.reason
                )
            )
            self.button.setText(translate("FiguresNote", "Warn again"))
            self.button.setToolTip(
                translate("FiguresNote", "Show the “figures differ” warning again (undoable)")
            )
        else:
            self.label.setText("")
            self.button.setText(translate("FiguresNote", "Not a contradiction…"))
            self.button.setToolTip(
                translate(
                    "FiguresNote",
                    "The figures only look different: say why, and the claim is no longer"
                    " counted as contradicted for them (undoable)",
                )
            )
        self.setVisible(bool(overview and (note or overview.figures_warning)))

    def _clicked(self) -> None:
        overview = self._overview
        if overview is None:
            return
        claim_id, store = overview.claim.id, self.session.store
        if overview.figures_note is not None:
            warn = partial(claims.warn_again_about_figures, store, claim_id)
            self.session.push(
                OperationCommand(
                    self.session, translate("FiguresNote", "Warn again about figures"), warn
                )
            )
            return
        reason, ok = QInputDialog.getText(
            self,
            translate("FiguresNote", "Not a contradiction"),
            translate("FiguresNote", "Why do these figures not contradict each other?"),
        )
        if not ok or not reason.strip():
            return
        judge = partial(
            claims.judge_figures_consistent,
            store,
            claim_id,
            overview.figures_warning,
            reason,
            self.session.annotator.id,
        )
        self.session.push(
            OperationCommand(
                self.session, translate("FiguresNote", "Judge figures consistent"), judge
            )
        )
