"""The parts of the window Qt makes by itself, made fit for the keyboard and a screen reader.

Tabbing docks together makes Qt add a tab bar to the window, and Qt keeps one it no
longer uses out of sight with no tabs: it still took the focus, an unnamed control
nobody can see (a screen reader names a tab bar by its current tab). So a dock tab bar
takes the focus only while it has tabs. Qt fills and empties its tab bars with their
signals blocked: each is looked at on its own events (a few, as layouts change).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QTabBar

_FOLLOWED = "claimdesk_followed"


class _TabBarWatch(QObject):
    """Finds each tab bar the window is given, then keeps its focus policy in step."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.ChildPolished:
                self.follow_new()
        elif isinstance(watched, QTabBar):
            _focus_if_tabs(watched)
        return False

    def follow_new(self) -> None:
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for tab_bar in self._window.findChildren(QTabBar, options=direct):
            if not tab_bar.property(_FOLLOWED):
                tab_bar.setProperty(_FOLLOWED, True)
                tab_bar.installEventFilter(self)
                _focus_if_tabs(tab_bar)


def _focus_if_tabs(tab_bar: QTabBar) -> None:
    policy = Qt.FocusPolicy.TabFocus if tab_bar.count() else Qt.FocusPolicy.NoFocus
    if tab_bar.focusPolicy() != policy:
        tab_bar.setFocusPolicy(policy)


def keep_dock_tab_bars_in_step(window: QMainWindow) -> None:
    """Every dock tab bar of `window`, now and later, is focusable only with tabs."""
    watch = _TabBarWatch(window)
    window.installEventFilter(watch)
    watch.follow_new()
