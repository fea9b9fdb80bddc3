"""Changes said aloud: a screen reader hears "Done: Tag as Statistic", "Undone: Delete
annotation", "Redone: Link as contradicts".

Every change a user makes is a command on the session's undo stack (`ProjectSession.push`,
then undo and redo), so watching the stack hears tagging, deleting and linking alike, in
the commands' own (translated) words. Qt sends the words as an announcement event
(Qt ≥ 6.8: AT-SPI's announcement, which Orca speaks), without moving the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QUndoStack

from claimdesk.desktop.i18n import translate


class Announcer(QObject):
    """Announces each step of `stack` on behalf of `speaker` (a widget of the window)."""

    announced = Signal(str)  # what was said, also when no screen reader listens

    def __init__(self, speaker: QObject, stack: QUndoStack):
        super().__init__(speaker)  # gone with the speaker: a project's widgets close with it
        self._speaker = speaker
        self._stack = stack
        self._index = stack.index()
        self._redo_next = stack.command(self._index)
        stack.indexChanged.connect(self._on_index_changed)

    def say(self, message: str) -> None:
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._speaker, message))
        self.announced.emit(message)

    def _on_index_changed(self, index: int) -> None:
        before, redo_next = self._index, self._redo_next
        self._index, self._redo_next = index, self._stack.command(index)
        if index == before + 1:
            command = self._stack.command(before)
            if command is redo_next:  # the command a redo would run: it was redone
                text = translate("Announcer", "Redone: {action}")
            else:  # a new command replaced whatever could be redone
                text = translate("Announcer", "Done: {action}")
        elif index == before - 1:
            command = self._stack.command(index)
            text = translate("Announcer", "Undone: {action}")
        else:  # the history cleared (a merge, an outside change) or jumped: no one step
            return
        if command is not None:
            self.say(text.format(action=command.text()))
