"""Help → Keyboard shortcuts lists every key the action registry declares, with where it
works, and no key press can reach two actions at once."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from claimdesk.desktop.actions.actions import ACTIONS, MENUS, Action
from claimdesk.desktop.actions.help_dialog import ShortcutsDialog
from claimdesk.desktop.actions.shortcuts import key_texts

READ_AS = {"Del": "Delete", "Esc": "Escape", "Return": "Enter", "PgDown": "PgDn"}

KNOWN_CLASHES = {
    # In review mode A is a window shortcut, so in the Suggested links list it accepts the
    # colleague's annotation, not the suggestion (issue 20: keys must not clash).
    ("A", frozenset({"review.accept", "suggestions.accept"})),
}


def help_opened_with_f1(qtbot, window) -> list[tuple[str, str, str]]:
    """Help → Keyboard shortcuts, as F1 opens it: its rows (keys, action, where)."""
    rows: list[tuple[str, str, str]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.table
        for row in range(table.rowCount()):
            rows.append(tuple(table.item(row, column).text() for column in range(3)))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.action_set["help.shortcuts"].trigger()
    return rows


def shown_as(key: str) -> str:
    return "+".join(READ_AS.get(part, part) for part in key.split("+"))


def test_every_registered_key_is_in_the_help_with_where_it_works(qtbot, window):
    rows = help_opened_with_f1(qtbot, window)
    for item in ACTIONS:
        keys = key_texts(item)
        if not keys:
            continue
        [(shown_keys, _text, where)] = [row for row in rows if row[1] == item.help_text()]
        assert where == item.scope.value
        if all(key.isdigit() for key in keys):
            assert shown_keys == f"{keys[0]} … {keys[-1]}"
        else:
            for key in keys:
                assert shown_as(key) in shown_keys.split(", "), (item.id, key, shown_keys)


def test_the_help_lists_redo_with_ctrl_y_and_the_panes_single_keys(qtbot, window):
    rows = help_opened_with_f1(qtbot, window)
    shown = {row[1]: (row[0], row[2]) for row in rows}
    assert shown["Redo"] == ("Ctrl+Shift+Z, Ctrl+Y", "anywhere")
    pane = "in an article pane"
    assert shown["Tag the selection with the tag of that number"] == ("1 … 9", pane)
    assert shown["Next annotation"] == ("N", pane)
    assert shown["Previous annotation"] == ("P, Shift+N", pane)
    assert shown["Delete the annotation at the caret (undoable)"] == ("Delete, Backspace", pane)
    assert shown["Open the annotation at the caret in the inspector"] == (
        "Enter, Shift+Enter",
        pane,
    )
    review = "in review mode, unless typing in a field"
    assert shown["Accept the colleague's annotation and go to the next unreviewed"] == ("A", review)
    assert all(row[2] for row in rows)  # the Where column is filled in every row


def test_no_key_press_reaches_two_actions_except_the_known_clash():
    def pressed(item: Action) -> set[str]:
        return set(key_texts(item))

    clashes = {
        (key, frozenset({first.id, second.id}))
        for first, second in combinations(ACTIONS, 2)
        if first.scope.overlaps(second.scope)
        for key in pressed(first) & pressed(second)
    }
    assert clashes == KNOWN_CLASHES


def test_no_two_items_of_a_menu_share_a_mnemonic():
    def mnemonic(text: str) -> str:
        return text[text.index("&") + 1].lower() if "&" in text else ""

    assert len({mnemonic(title) for title in MENUS}) == len(MENUS)
    for title in MENUS:
        letters = [mnemonic(item.text) for item in ACTIONS if item.menu == title]
        letters = [letter for letter in letters if letter]
        assert len(letters) == len(set(letters)), title


def test_a_menu_item_triggers_its_registered_handler(qtbot, window):
    window.action_set["view.add_pane"].trigger()
    assert len(window.workspace.panes) == 3
    window.action_set["view.close_pane"].trigger()
    assert len(window.workspace.panes) == 2


def mnemonic(text: str) -> str:
    text = text.replace("&&", "")
    return text[text.index("&") + 1].upper() if "&" in text[:-1] else ""


def test_no_alt_letter_is_used_by_two_of_the_menus_and_panels(window):
    """Issue 20: Alt+V opened the View menu instead of the inspector's Verdict field
    (and C, D, E, R clashed the same way); a panel's label now uses a letter of its own."""
    for panel in ("claims_panel", "suggestions_panel", "inspector", "annotation_table"):
        getattr(window, panel)  # built, as after the first frame
    users: dict[str, set[str]] = {}
    for title in MENUS:
        users.setdefault(mnemonic(title), set()).add(title)
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        if mnemonic(widget.text()):
            users.setdefault(mnemonic(widget.text()), set()).add(widget.text())
    shared = {letter: texts for letter, texts in users.items() if len(texts) > 1}
    assert shared == {}
