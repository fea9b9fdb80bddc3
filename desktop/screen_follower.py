"""The window's named layout follows the screen it is on: dragged from a laptop onto a
monitor of another size, the window takes the layout (and the docks' arrangement) last
used on a screen of that size, or the one that suits the window there; the layout left
behind is remembered for that screen size first (`window_layout` keeps them by size). The
window takes the geometry it was left with on a screen of that size too, or on a size
never used the one a first start gives it there (`window_opening.first_use`).

A window opened before it is shown has no native window yet, so the follower connects to
`QWindow.screenChanged` when the window is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QScreen

from .layouts import LAYOUTS, default_layout
from .settings import screen_size_key
from .window_opening import first_use

_PLACED = (QEvent.Type.Move, QEvent.Type.Resize)

if TYPE_CHECKING:
    from .main_window import MainWindow


class ScreenFollower(QObject):
    """Lives as long as the project's panels (its parent): closing the project ends it."""

    def __init__(self, window: MainWindow, parent: QObject):
        super().__init__(parent)
        self._window = window
        self.key = screen_size_key(window.screen())
        """The size of the screen whose layout the window shows."""
        self._left = window.saveGeometry()
        """The window's geometry when last on a screen of size `key`."""
        self._connected = False
        window.installEventFilter(self)
        if window.windowHandle() is not None:
            self._connect()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind, window = event.type(), self._window
        if kind in _PLACED and screen_size_key(window.screen()) == self.key:
            self._left = window.saveGeometry()  # read once it is on another screen: too late
        elif kind == QEvent.Type.Show and not self._connected and window.windowHandle():
            self._connect()
        return False

    def _connect(self) -> None:
        self._connected = True
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
        settings.set_window_state(self.key, self._left, window.saveState(), panels.name)
        self.key = key
        geometry, state, name = settings.window_state(key)
        if geometry is not None:
            window.restoreGeometry(geometry)
            _keep_on(window, screen)
        else:
            _take_first_use_size(window, screen)
        self._left = window.saveGeometry()
        if state is not None and name in LAYOUTS:
            panels.use(name)
            window.restoreState(state)
        else:
            width = min(window.width(), screen.availableGeometry().width())
            panels.use(default_layout(width))


def _keep_on(window: MainWindow, screen: QScreen) -> None:
    """A geometry kept for a screen of this size but at another place (another screen of
    the size, or screens rearranged) is moved onto `screen`, so the window stays there."""
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    if free.contains(frame.center()):
        return
    x = max(free.left(), min(frame.left(), free.right() - frame.width()))
    y = max(free.top(), min(frame.top(), free.bottom() - frame.height()))
    window.move(x, y)


def _take_first_use_size(window: MainWindow, screen: QScreen) -> None:
    """The size a first start gives a window on a screen of this size (`first_use`): a
    laptop's maximised, a larger screen's share of it, centred."""
    from PySide6.QtCore import Qt  # not when the first frame loads this module

    maximised = Qt.WindowState.WindowMaximized
    window.setWindowState(window.windowState() & ~maximised)
    if first_use(window, screen):
        window.setWindowState(window.windowState() | maximised)
