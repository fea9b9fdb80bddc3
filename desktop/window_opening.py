"""A window shown before its project is open: where it was left, what it says meanwhile,
and the keys typed meanwhile.

A start paints the window first (menus, status bar "Opening …") and opens the project on
the next turn of the event loop, so the window appears sooner. Until the project is open
nothing in the window can take a key: `StartOpening` holds what is typed (menu shortcuts
included) and gives it, in order, to whatever has the focus once the project is open, as
if typed then. Keys typed while the project is being read wait in the system's queue.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication

from claimdesk.desktop.i18n import translate

from .settings import screen_size_key

if TYPE_CHECKING:
    from .main_window import MainWindow

OPEN_UNPAINTED_MS = 1000
"""A start opens its project after the window's first frame, or after this long without
one (a window shown minimised, or on another desktop, may not be painted)."""

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class StartOpening(QObject):
    """The project a start opens once the window is shown; until then the window says
    so, and it receives every key (nothing in it has the focus) and the shortcut check
    that comes first: both are held here."""

    def __init__(self, window: MainWindow, path: Path, annotator_name: str) -> None:
        super().__init__(window)
        self.path = path
        self.annotator_name = annotator_name
        self._window = window
        self._held: list[QKeyEvent] = []
        # Before it is shown: the window does not jump. Maximised once painted, when Qt's
        # enums are loaded anyway: on a laptop it already has the screen's free area.
        self._maximise = _restore_geometry(window)
        window.installEventFilter(self)
        window.statusBar().showMessage(  # plain text, without `Qt`'s text formats
            translate("MainWindow", "Opening {project}…").format(project=path.name)
        )
        QTimer.singleShot(OPEN_UNPAINTED_MS, self, window.open_start_project)

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

    def end(self, *, opened: bool) -> None:
        """Stop holding keys and saying the project is opening; if `opened`, send the
        held keys to the focused widget, each through the shortcuts first as a typed key
        goes (Qt does this for a key press the program sends)."""
        window = self._window
        window.removeEventFilter(self)
        if self._maximise:
            from PySide6.QtCore import Qt

            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        window.statusBar().clearMessage()
        held, self._held = self._held, []
        for event in held if opened else []:
            QApplication.sendEvent(window.focusWidget() or window, event)
        self.deleteLater()


LAPTOP_SCREEN = QSize(1440, 900)
"""Screens up to this size (either way) are a laptop's: a first start maximises the
window there, the text needing every pixel; on larger screens it takes `LARGE_SHARE`."""
LARGE_SHARE = 90
"""The percentage of a large screen's width and height a first start takes, centred:
room for the text and the panels, and other windows (the source in a browser) in reach."""


def _restore_geometry(window: MainWindow) -> bool:
    """Where and how large the window was left on a screen of this size: the docks come
    later, the window does not move or resize. On a size never used, `first_use`; says
    whether the window is to be maximised."""
    geometry = window.settings.window_state(screen_size_key(window.screen()))[0]
    if geometry is not None:
        window.restoreGeometry(geometry)
        return False
    return first_use(window)


def first_use(window: MainWindow, screen: QScreen | None = None) -> bool:
    """A window on a screen size it was never used on (`screen`, else its own): a laptop's
    whole free area (to be maximised: says so), or `LARGE_SHARE`% of a larger screen,
    centred. Its size is set now, so the named layout suiting it is chosen by that size:
    before it is shown, or when it is moved onto such a screen (`screen_follower`)."""
    free = (screen or window.screen()).availableGeometry()
    if free.width() <= LAPTOP_SCREEN.width() or free.height() <= LAPTOP_SCREEN.height():
        window.setGeometry(free)
        return True
    size = free.size() * (LARGE_SHARE / 100)
    window.resize(size)
    window.move(free.center() - QRect(QPoint(0, 0), size).center())
    return False
