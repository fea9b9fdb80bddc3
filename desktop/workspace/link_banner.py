"""What to do next while a link is being made, floating over the bottom edge of the
panes: shown and hidden, it moves no text (in the panes' layout it pushed them down by
its height, so the text jumped while the user looked for the other end). What it says is
announced to a screen reader as it shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from claimdesk.desktop.announcements import Announcer


class LinkBanner(QLabel):
    def __init__(self, workspace: QWidget):
        super().__init__(workspace)
        self.setObjectName("link-banner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(
            "#link-banner { background: palette(highlight); color: palette(highlighted-text);"
            " padding: 5px 8px; font-weight: 600; }"
        )
        self.hide()
        workspace.installEventFilter(self)  # follows the workspace's size

    def say(self, text: str) -> None:
        """Show `text` over the panes' bottom edge and announce it."""
        self.setText(text)
        self._place()
        self.show()
        self.raise_()
        workspace = self.parentWidget()
        announcer = workspace.findChild(Announcer) if workspace is not None else None
        if announcer is not None:
            announcer.say(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        workspace = self.parentWidget()
        if workspace is None:
            return
        width = workspace.width()
        height = self.heightForWidth(width)
        if height <= 0:
            height = self.sizeHint().height()
        self.setGeometry(0, workspace.height() - height, width, height)
