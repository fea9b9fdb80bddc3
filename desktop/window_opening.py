"""A window shown before its project is open: where it was left, and the keys typed meanwhile.

A start paints the window first (menus, status bar, "Opening …") and opens the project on
the next turn of the event loop, so the window appears sooner. Until the project is open
nothing in the window can take a key: `HeldKeys` holds what is typed (menu shortcuts
included) and gives it, in order, to whatever has the focus once the project is open, as
if typed then. Keys typed while the project is being read wait in the system's queue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from .settings import screen_size_key

if TYPE_CHECKING:
    from .main_window import MainWindow

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


def restore_geometry(window: MainWindow) -> None:
    """Where and how large the window was left on a screen of this size, before it is
    first shown: the docks come later, the window does not move or resize."""
    geometry = window.settings.window_state(screen_size_key(window.screen()))[0]
    if geometry is not None:
        window.restoreGeometry(geometry)


class HeldKeys(QObject):
    """The keys the window receives until `release`; with nothing focused in it, the
    window itself receives every key (and the shortcut check that comes first)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._held: list[QKeyEvent] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # not a shortcut yet: the key comes as a key press, held
            return True
        if kind in _KEY_EVENTS:
            assert isinstance(event, QKeyEvent)
            self._held.append(
                QKeyEvent(
                    kind,
                    event.key(),
                    event.modifiers(),
                    event.text(),
                    event.isAutoRepeat(),
                    event.count(),
                )
            )
            return True
        return False

    def release(self, *, give: bool) -> None:
        """Stop holding; if `give`, send the held keys to the focused widget, each
        through the shortcuts first as a typed key goes (Qt does this for a key press
        sent by the program)."""
        self._window.removeEventFilter(self)
        held, self._held = self._held, []
        for event in held if give else []:
            QApplication.sendEvent(self._window.focusWidget() or self._window, event)
        self.deleteLater()
