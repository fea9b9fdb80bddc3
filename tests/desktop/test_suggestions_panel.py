"""Suggested links on the two seed reports: accepted with Enter, dismissed with Delete."""

from __future__ import annotations

from PySide6.QtCore import Qt

CONTROL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHARED_QUOTE = "an important step in the right direction by the interim authorities"


def open_suggestions(qtbot, window):
    view = window.workspace.panes[0].view
    view.setFocus()
    panel = window.suggestions_panel
    with qtbot.waitSignal(panel.refreshed, timeout=20_000):
        qtbot.keyClick(view, Qt.Key.Key_L, CONTROL_SHIFT)
    assert panel.list.hasFocus()
    return panel


def select_quotation(panel) -> str:
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        if item.text().startswith("Same quotation") and "important step" in item.text():
            panel.list.setCurrentRow(row)
            return item.data(Qt.ItemDataRole.UserRole + 1)
    raise AssertionError("the shared State Department quotation was not suggested")


def test_the_state_department_quotation_both_reports_carry_is_suggested(qtbot, seed_window):
    panel = open_suggestions(qtbot, seed_window)
    select_quotation(panel)
    selected = [pane.view.textCursor().selectedText() for pane in seed_window.workspace.panes]
    assert all(SHARED_QUOTE in text for text in selected)


def test_enter_accepts_a_suggestion_as_two_quotes_linked_as_one_claim_and_undo_removes_all(
    qtbot, seed_window
):
    window = seed_window
    panel = open_suggestions(qtbot, window)
    key = select_quotation(panel)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    store = window.session.store
    annotations = store.annotations()
    assert len(annotations) == 2
    assert all(SHARED_QUOTE in a.quote for a in annotations)
    assert {window.session.tag(a.tag_id).name for a in annotations} == {"Quote"}
    [link] = store.links()
    assert link.relation == "same_claim"
    [claim] = store.claims()
    assert set(claim.annotation_ids) == {a.id for a in annotations}
    qtbot.waitUntil(
        lambda: all(
            panel.list.item(i).data(Qt.ItemDataRole.UserRole + 1) != key
            for i in range(panel.list.count())
        )
    )
    window.session.undo_stack.undo()  # the whole acceptance is one step
    assert store.annotations() == [] and store.links() == [] and store.claims() == []


def test_suggestions_are_looked_for_only_while_the_panel_is_shown(qtbot, seed_window):
    panel = seed_window.suggestions_panel
    assert not panel.active  # behind the Claims tab at first
    qtbot.wait(400)  # longer than the refresh delay after the panes filled
    assert panel.list.count() == 0
    panel = open_suggestions(qtbot, seed_window)
    assert panel.list.count() >= 1


def test_delete_dismisses_a_suggestion_for_good_until_undone(qtbot, seed_window):
    window = seed_window
    panel = open_suggestions(qtbot, window)
    key = select_quotation(panel)
    before = panel.list.count()
    with qtbot.waitSignal(panel.refreshed, timeout=20_000):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.list.count() == before - 1
    keys = {
        panel.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(panel.list.count())
    }
    assert key not in keys
    assert window.session.store.links() == []
    with qtbot.waitSignal(panel.refreshed, timeout=20_000):
        window.session.undo_stack.undo()
    assert panel.list.count() == before
