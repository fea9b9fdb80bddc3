"""The window's named layout follows the screen it is on: dragged from a laptop onto a
monitor of another size, the window takes the layout (and the docks' arrangement) last
used on a screen of that size, or the one that suits the window there; the layout left
behind is remembered for that screen size first (`window_layout` keeps them by size).

A window opened before it is shown has no native window yet, so the follower connects to
`QWindow.screenChanged` when the window is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QScreen

from .layouts import LAYOUTS, default_layout
from .settings import screen_size_key

if TYPE_CHECKING:
    from .main_window import MainWindow


class ScreenFollower(QObject):
    """Lives as long as the project's panels (its parent): closing the project ends it."""

    def __init__(self, window: MainWindow, parent: QObject):
        super().__init__(parent)
        self._window = window
        self.key = screen_size_key(window.screen())
        """The size of the screen whose layout the window shows."""
        if window.windowHandle() is not None:
            self._connect()
        else:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._window.windowHandle() is not None:
            self._window.removeEventFilter(self)
            self._connect()
        return False

    def _connect(self) -> None:
        handle = self._window.windowHandle()
        handle.screenChanged.connect(self.follow)
        self.follow(handle.screen())  # shown on another screen than it was laid out for

    def follow(self, screen: QScreen | None) -> None:
        """Remember the layout for the screen size left; take the new size's."""
        window = self._window
        if screen is None or window.session is None:
            return
        key = screen_size_key(screen)
        if key == self.key:
            return
        settings, panels = window.settings, window.panels
        settings.set_window_state(self.key, window.saveGeometry(), window.saveState(), panels.name)
        self.key = key
        _geometry, state, name = settings.window_state(key)
        if state is not None and name in LAYOUTS:
            panels.use(name)
            window.restoreState(state)
        else:
            width = min(window.width(), screen.availableGeometry().width())
            panels.use(default_layout(width))
