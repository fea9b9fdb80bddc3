"""Triage an article: its sentences most worth checking, best first, each with why.

A (or Enter) accepts the selected sentence as an annotation with the "Checkable claim"
tag and the reasons as its note, one undoable step; D (or Delete) dismisses it for good,
undoable too. Both are remembered, and the project's ranking learns from them: the summary
says from how many decisions, its tooltip each kind's multiplier. Selecting a sentence
shows it selected in its pane. The list follows the project: an undo brings a sentence back.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from claimdesk.db.operations import triage as triage_ops
from claimdesk.db.triage.project_triage import project_learning, triage_article
from claimdesk.db.triage.triage import Candidate
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.i18n import mark, translate, translate_n, translated
from claimdesk.desktop.session import Change, ProjectSession

ACCEPT_TAG = "checkable claim"
HELP = mark(
    "TriageDialog",
    "A or Enter: annotate as a checkable claim · D or Delete: dismiss · Ctrl+Z: undo",
)


class TriageDialog(QDialog):
    sentence_selected = Signal(str, int, int)  # article id, start, end (code points)

    def __init__(self, session: ProjectSession, article_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each Ctrl+Shift+G makes one
        self.session = session
        self.article_id = article_id
        self.candidates: list[Candidate] = []
        self._put_away = False
        self.setWindowTitle(
            translate("TriageDialog", "Triage: {title}").format(
                title=session.article_title(article_id)
            )
        )
        self.resize(640, 520)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = _TriageList(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(translated("TriageDialog", HELP))
        self.list.setAccessibleName(translate("TriageDialog", "Sentences worth checking"))
        hint = QLabel(translated("TriageDialog", HELP), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        self.list.currentRowChanged.connect(self.show_current)
        session.changed.connect(self._project_changed)
        session.closing.connect(self.close)
        self.refresh()

    def refresh(self) -> None:
        """List the article's sentences worth checking, keeping the place in the list."""
        row = max(self.list.currentRow(), 0)
        learnt = project_learning(self.session.store)
        self.candidates = triage_article(self.session.store, self.article_id, learnt=learnt)
        self.list.blockSignals(True)
        self.list.clear()
        for candidate in self.candidates:
            item = QListWidgetItem(f"{candidate.sentence}\n    ▸ {candidate.why()}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(self.candidates)
        found = (
            translate_n("TriageDialog", "%n sentences worth checking, best first", count)
            if count
            else translate("TriageDialog", "Nothing left to triage.")
        )
        if learnt.decisions:
            taught = translate_n(
                "TriageDialog", "ranking learnt from %n decisions", learnt.decisions
            )
            found = f"{found} · {taught}"
            self.summary.setToolTip(learnt.explain())
        self.summary.setText(found)
        if count:
            self.list.setCurrentRow(min(row, count - 1))

    def current(self) -> Candidate | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def accept_current(self) -> None:
        candidate = self.current()
        if candidate is None:
            return
        session = self.session
        tags = session.tags()
        tag = next((t for t in tags if t.name.casefold() == ACCEPT_TAG), tags[0])

        accept = partial(
            triage_ops.accept_sentence, session.store, candidate, tag.id, session.annotator.id
        )
        session.push(
            OperationCommand(session, translate("TriageDialog", "Accept triage suggestion"), accept)
        )

    def dismiss_current(self) -> None:
        candidate = self.current()
        if candidate is None:
            return
        session = self.session
        dismiss = partial(
            triage_ops.dismiss_sentence, session.store, candidate, session.annotator.id
        )
        session.push(
            OperationCommand(
                session, translate("TriageDialog", "Dismiss triage suggestion"), dismiss
            )
        )

    def show_current(self, _row: int = 0) -> None:
        """Show the selected sentence in its pane (the row comes from the list signal)."""
        candidate = self.current()
        if candidate is not None:
            self.sentence_selected.emit(candidate.article_id, candidate.start, candidate.end)
            self.list.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # closed, not minimised with the window
            self._put_away = True

    def _project_changed(self, change: Change) -> None:
        if self._put_away:  # closed: its refresh would select a sentence in the pane
            return
        if change.everything or change.suggestions or self.article_id in change.articles:
            self.refresh()


class _TriageList(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        dialog = self.parent()
        assert isinstance(dialog, TriageDialog)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_A, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            dialog.accept_current()
        elif plain and event.key() in (Qt.Key.Key_D, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            dialog.dismiss_current()
        else:
            super().keyPressEvent(event)
