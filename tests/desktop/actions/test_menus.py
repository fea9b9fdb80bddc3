"""The menus a user finds: every item, its mnemonic and its keys, in order.

Written down from the window as it was before the menus were built from the action
registry, so a refactor that drops or renames an item or a key fails here.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from claimdesk.desktop.main_window import MainWindow

SEPARATOR = "---"
PORTABLE = QKeySequence.SequenceFormat.PortableText
QUIT_KEYS = "the platform's Quit keys"  # Ctrl+Q on X11, none offscreen: read with an app

MENUS_TODAY = {
    "&File": [
        ("&New project…", ["Ctrl+N"]),
        ("&Open project…", ["Ctrl+O"]),
        ("Open &recent", []),
        ("Save a &copy…", ["Ctrl+Shift+S"]),
        SEPARATOR,
        ("&Import articles…", ["Ctrl+I"]),
        ("&Paste as new article", ["Ctrl+Shift+V"]),
        ("Import &fact-checks…", []),
        ("Use a s&hared fact-check archive…", []),
        ("Ne&w shared fact-check archive…", []),
        ("Article &details…", ["Alt+Return"]),
        ("De&lete article…", []),
        SEPARATOR,
        ("&Export dataset…", ["Ctrl+E"]),
        ("Import &annotations…", ["Ctrl+Shift+I"]),
        ("&Merge a colleague's project…", []),
        ("P&ublish report…", []),
        ("Purge removed evidence file&s…", []),
        SEPARATOR,
        ("&Quit", QUIT_KEYS),
    ],
    "&Edit": [
        ("Undo", ["Ctrl+Z"]),
        ("Redo", ["Ctrl+Shift+Z", "Ctrl+Y"]),
        SEPARATOR,
        ("&Find in pane…", ["Ctrl+F"]),
        ("Find in &all articles…", ["Ctrl+Shift+F"]),
        SEPARATOR,
        ("&Tag scheme and verdicts…", ["Ctrl+Shift+M"]),
    ],
    "&Claims": [
        ("&Next claim", ["F8"]),
        ("&Previous claim", ["Shift+F8"]),
        ("Only &contradicted claims", ["Ctrl+Shift+K"]),
        ("&Suggested links", ["Ctrl+Shift+L"]),
        ("Stor&y timeline", []),
        ("&Triage this article…", ["Ctrl+Shift+G"]),
        ("Checked &before?…", ["Ctrl+Shift+B"]),
        SEPARATOR,
        ("&Link annotation…", ["Ctrl+L"]),
    ],
    "&Review": [
        ("&Start review…", ["Ctrl+Shift+R"]),
        ("Sto&p review", []),
        SEPARATOR,
        ("&Accept and go to the next", ["A"]),
        ("&Reject…", ["R"]),
        ("&Edit and accept", ["E"]),
        ("&Next in the list", ["J"]),
        ("Pre&vious in the list", ["K"]),
        SEPARATOR,
        ("A&greement between annotators…", []),
    ],
    "&View": [
        ("&Add pane", ["Ctrl+T"]),
        ("&Close pane", ["Ctrl+W"]),
        ("Reopen c&losed pane", ["Ctrl+Shift+T"]),
        ("&Next pane", ["F6"]),
        ("&Previous pane", ["Shift+F6"]),
        ("&Synchronised scrolling", []),
        ("Show only &my annotations", []),
        SEPARATOR,
        ("Rea&ding layout", ["Ctrl+1"]),
        ("Anno&tating layout", ["Ctrl+2"]),
        ("Revie&wing layout", ["Ctrl+3"]),
        SEPARATOR,
        ("Zoom &in", ["Ctrl++"]),
        ("Zoom &out", ["Ctrl+-"]),
        ("&Reset zoom", ["Ctrl+0"]),
        SEPARATOR,
        ("&High contrast", []),
        SEPARATOR,
        ("Articles", []),
        ("Claims", []),
        ("Suggestions", []),
        ("Inspector", []),
        ("Annotations", []),
    ],
    "&Help": [
        ("&Keyboard shortcuts", ["F1"]),
        ("&About Claimdesk", []),
    ],
}


def menus_shown(window: MainWindow) -> dict[str, list]:
    """What the menu bar shows, adjacent separators drawn as one (as Qt draws them)."""
    shown: dict[str, list] = {}
    for top in window.menuBar().actions():
        items: list = []
        for action in top.menu().actions():
            if action.isSeparator():
                if items and items[-1] != SEPARATOR:
                    items.append(SEPARATOR)
                continue
            keys = [key.toString(PORTABLE) for key in action.shortcuts()]
            items.append((action.text(), keys))
        shown[top.text()] = items
    return shown


def menus_today() -> dict[str, list]:
    quit_keys = [
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ]
    return {
        menu: [("&Quit", quit_keys) if item == ("&Quit", QUIT_KEYS) else item for item in items]
        for menu, items in MENUS_TODAY.items()
    }


def test_every_menu_item_and_its_keys_are_where_they_were(window):
    assert menus_shown(window) == menus_today()


def test_the_menus_are_the_same_before_a_project_is_open(qtbot, app_settings):
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    shown = menus_shown(window)
    shown["&View"] = shown["&View"][:-1]  # the docks' items come with a project
    expected = menus_today()
    expected["&View"] = expected["&View"][:-6]
    assert shown == expected


def context_menu_items(qtbot, open_menu) -> list[str]:
    """The texts of the context menu `open_menu()` pops up (separators as '---')."""
    items: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        items.extend(SEPARATOR if a.isSeparator() else a.text() for a in menu.actions())
        menu.close()

    QTimer.singleShot(0, read_and_close)
    open_menu()
    return items


def test_an_articles_context_menu_opens_or_deletes_it(qtbot, window):
    table = window.article_list.table
    where = table.visualRect(table.model().index(0, 0)).center()
    items = context_menu_items(qtbot, lambda: table.customContextMenuRequested.emit(where))
    assert items == ["Open\tEnter", SEPARATOR, "Delete article…"]


def test_a_panes_context_menu_tags_opens_links_deletes_and_copies(qtbot, window):
    view = window.workspace.panes[0].view
    items = context_menu_items(qtbot, lambda: view.tag_menu_requested.emit(QPoint(5, 5)))
    tags = [f"Tag as {tag.name}\t{tag.shortcut}" for tag in window.session.tags()]
    assert items == [
        *tags,
        SEPARATOR,
        "Open in inspector\tEnter",
        "Link to another annotation…\tL",
        "Delete annotation\tDelete",
        SEPARATOR,
        "Copy",
    ]


def test_undo_and_redo_are_off_until_there_is_something_to_undo_or_redo(qtbot, window):
    def edit_item(text: str):
        [edit] = [top.menu() for top in window.menuBar().actions() if top.text() == "&Edit"]
        return next(a for a in edit.actions() if a.text().startswith(text))

    assert not edit_item("Undo").isEnabled()
    assert not edit_item("Redo").isEnabled()
    view = window.workspace.panes[0].view
    view.select_range(0, 3)
    qtbot.keyClick(view, "1")
    assert edit_item("Undo").isEnabled() and edit_item("Undo").text() != "Undo"
    edit_item("Undo").trigger()
    assert edit_item("Redo").isEnabled()
