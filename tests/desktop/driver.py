"""Drive the main window as a user does, and read what it shows.

Tests say what a user does (open an article in a pane, select words, press a key, pick a
menu item) and what they then see (the status bar, the drawn links), through this driver
rather than the window's private attributes, so a change of widgets inside the window
does not rewrite the specification.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QWidget


class Desk:
    """One main window with a project open, and the qtbot that presses its keys."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window = qtbot, window

    # Panes and text

    def pane(self, number: int):
        """Pane `number`, counted from 1 at the left as a user counts them."""
        return self.window.workspace.panes[number - 1]

    def pane_showing(self, title: str):
        return next(p for p in self.window.workspace.panes if p.title_label.text() == title)

    def open_article(self, number: int, title: str):
        """Pick the article titled `title` in pane `number`'s chooser."""
        pane = self.pane(number)
        row = next(
            row
            for row in range(pane.chooser.count())
            if pane.chooser.itemText(row).split(" · ")[0] == title
        )
        pane.chooser.setCurrentIndex(row)
        pane.chooser.activated.emit(row)  # what picking it with the mouse does
        return pane

    def select(self, pane, words: str) -> None:
        """Select the first occurrence of `words` in the pane's text."""
        start = pane.view.text().index(words)
        pane.view.setFocus()
        pane.view.select_range(start, start + len(words))

    def press(self, pane, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(pane.view, key, modifiers)

    # Menus

    def menu_action(self, menu: str, item: str) -> QAction:
        """The menu bar's `menu` → `item` (texts without '&' or the shortcut)."""
        for top in self.window.menuBar().actions():
            if _plain(top.text()) == menu and isinstance(top.menu(), QMenu):
                for action in top.menu().actions():
                    if _plain(action.text()) == item:
                        return action
        raise LookupError(f"no menu item {menu} → {item}")

    def choose(self, menu: str, item: str) -> None:
        """Pick a menu item, as a click on it does (only when it is enabled)."""
        action = self.menu_action(menu, item)
        assert action.isEnabled(), f"{menu} → {item} is disabled"
        action.trigger()

    # What the window shows

    def status_bar(self) -> list[str]:
        """The status bar's message, then the texts of its permanent labels."""
        bar = self.window.statusBar()
        labels = [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]
        return [bar.currentMessage(), *labels]

    def drawn_links(self, between: int = 1) -> list[str]:
        """The ids of the links drawn between pane `between` and the next one."""
        handle = self.window.workspace.splitter.handle(between)
        return [connector.link.id for _path, connector in handle.drawn_bands()]

    def click_link(self, between: int = 1) -> None:
        """Click the middle of the one band drawn between pane `between` and the next."""
        handle = self.window.workspace.splitter.handle(between)
        [(path, _connector)] = handle.drawn_bands()
        centre = path.boundingRect().center()
        self.qtbot.mouseClick(
            handle, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y()))
        )


def click_button(parent: QWidget, text: str) -> None:
    """Click the button inside `parent` labelled `text` (as shown, its '&' included)."""
    next(button for button in parent.findChildren(QPushButton) if button.text() == text).click()


def _plain(text: str) -> str:
    return text.split("\t")[0].replace("&", "").rstrip(".…")
