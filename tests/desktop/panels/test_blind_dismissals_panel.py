"""Blind double annotation and the Suggestions panel (issue 20): while "Show only my
annotations" is on, a colleague's dismissal leaves a suggestion in my list, and my
Delete dismisses it for me alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from claimdesk.db.operations.suggestions import dismiss
from tests.desktop.driver import Desk

from .test_suggestions_panel import open_suggestions, select_quotation

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def listed(panel) -> set[str]:
    return {panel.list.item(row).data(KEY_ROLE) for row in range(panel.list.count())}


def test_while_blind_a_colleagues_dismissal_stays_in_my_list_and_mine_is_mine(qtbot, seed_window):
    window = seed_window
    store = window.session.store
    panel = open_suggestions(qtbot, window)
    key = select_quotation(panel)
    bo = store.ensure_annotator("Bo")
    dismiss(store, key, bo.id)  # Bo, in their copy, dismissed the shared quotation
    with qtbot.waitSignal(panel.refreshed, timeout=20_000):
        Desk(qtbot, window).choose("View", "Show only my annotations")
    assert key in listed(panel)
    select_quotation(panel)
    with qtbot.waitSignal(panel.refreshed, timeout=20_000):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)  # now mine too
    assert key not in listed(panel)
    with qtbot.waitSignal(panel.refreshed, timeout=20_000):
        window.session.undo_stack.undo()  # undoes mine; Bo's stays Bo's
    assert key in listed(panel)
    with qtbot.waitSignal(panel.refreshed, timeout=20_000):
        Desk(qtbot, window).choose("View", "Show only my annotations")  # off: anyone's counts
    assert key not in listed(panel)
