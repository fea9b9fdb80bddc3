"""The window's menus, built from the action registry (`actions.ACTIONS`).

`WindowActions` owns the QActions: the window and the modes switch them on and off
through it (a project opens, review mode starts) instead of holding them one by one.

Nothing here uses the `Qt` namespace (PySide builds its hundred-odd enums on first use,
15-40 ms): the menus are in the first frame, which goes without it. A QAction's keys
work anywhere in its window by default (`Qt.ShortcutContext.WindowShortcut`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QPalette, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from claimdesk.desktop.i18n import translate, translated

from .actions import (
    ACTIONS,
    MENUS,
    RECENT_MENU,
    VIEW,
    Action,
    Enabled,
    action,
    key_sequences,
)

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow


class WindowActions(QObject):
    """The registry's actions as the window's QActions and menus."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        for title in MENUS:
            self._menus[title] = window.menuBar().addMenu(translated("Actions", title))
        for item in ACTIONS:
            if item.menu:
                self._add(item)
        self._menus[VIEW].addSeparator()  # the panels' items follow, with a project
        self.set_project_open(False)

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def is_checked(self, action_id: str) -> bool:
        return self._actions[action_id].isChecked()

    @property
    def recent_menu(self) -> QMenu:
        """File → Open recent, filled each time it opens."""
        return self._recent_menu

    def add_panel_toggle(self, toggle: QAction) -> None:
        """A dock's show/hide item, at the end of the View menu."""
        self._menus[VIEW].addAction(toggle)

    def set_project_open(self, open_: bool) -> None:
        for item in ACTIONS:
            if item.menu and item.enabled is Enabled.PROJECT:
                self._actions[item.id].setEnabled(open_)
        if not open_:
            self.set_reviewing(False)

    def set_reviewing(self, on: bool) -> None:
        """Review mode's keys (A, R, E, J, K) work only while it is on."""
        for item in ACTIONS:
            if item.menu and item.enabled is Enabled.REVIEW:
                self._actions[item.id].setEnabled(on)

    def follow_undo_stack(self, stack: QUndoStack) -> None:
        """Undo and Redo say what they would undo or redo and are on only when they can."""
        undo, redo = self._actions["edit.undo"], self._actions["edit.redo"]
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(lambda text: undo.setText(_undo_label(text)))
        stack.redoTextChanged.connect(lambda text: redo.setText(_redo_label(text)))

    def toolbar_actions(self, parent: QWidget) -> list[QAction]:
        """The registry's toolbar items, as new actions for `parent` (a toolbar rebuilt
        when the tag scheme changes)."""
        from claimdesk.desktop.widgets.drawn_icons import drawn_icon  # with a project

        built = []
        for item in ACTIONS:
            if item.toolbar and item.handler is not None:
                toolbar_item = QAction(translated("Actions", item.toolbar), parent)
                if item.icon:
                    colour = parent.palette().color(QPalette.ColorRole.ButtonText)
                    toolbar_item.setIcon(drawn_icon(item.icon, colour))
                toolbar_item.setToolTip(translated("Actions", item.tooltip))
                toolbar_item.triggered.connect(lambda _=False, item=item: self._run(item))
                built.append(toolbar_item)
        return built

    def _add(self, item: Action) -> None:
        menu = self._menus[item.menu]
        if item.separator_before:
            menu.addSeparator()
        qaction = QAction(item.shown_text(), self._window)
        qaction.setShortcuts(key_sequences(item))
        qaction.setCheckable(item.checkable)
        qaction.triggered.connect(lambda _=False, item=item: self._run(item))
        menu.addAction(qaction)
        self._actions[item.id] = qaction
        if item.id == "file.open":
            self._recent_menu = menu.addMenu(translated("Actions", RECENT_MENU))
            self._recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _run(self, item: Action) -> None:
        if item.handler is not None:
            item.handler(self._window)

    def _fill_recent_menu(self) -> None:
        from claimdesk.desktop.flows.project_flows import (
            fill_recent_menu,  # loaded on first use, not at start
        )

        fill_recent_menu(self._window)


def _undo_label(text: str) -> str:
    """ "Undo Tag as Claim"; the command's text is already in the interface's language."""
    if not text:
        return action("edit.undo").shown_text()
    return translate("WindowActions", "Undo {command}").format(command=text)


def _redo_label(text: str) -> str:
    if not text:
        return action("edit.redo").shown_text()
    return translate("WindowActions", "Redo {command}").format(command=text)
