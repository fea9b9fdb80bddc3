"""Suggested links on the two seed reports: accepted with Enter, dismissed with Delete."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import Qt

from claimdesk.db.analysis.search_budget import Budget
from claimdesk.db.analysis.suggestions import SuggestionSearch
from claimdesk.db.storage.errors import ProjectWriteError
from claimdesk.desktop.panels import suggestions_panel

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


def test_accepting_a_suggestion_whose_link_cannot_be_stored_tags_nothing(
    qtbot, seed_window, boxes, monkeypatch
):
    window = seed_window
    panel = open_suggestions(qtbot, window)
    select_quotation(panel)
    store = window.session.store

    def full_disk(*_args, **_kwargs):
        raise ProjectWriteError(f"{store.path}: the disk is full; nothing was changed")

    monkeypatch.setattr(store, "add_link", full_disk)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert store.annotations() == [] and store.links() == [] and store.claims() == []
    assert window.session.undo_stack.count() == 0
    assert [text for text in boxes.shown if "the disk is full" in text] == [
        f"warning: {store.path}: the disk is full; nothing was changed"
    ]


def test_suggestions_are_looked_for_only_while_the_panel_is_shown(qtbot, seed_window):
    panel = seed_window.suggestions_panel
    assert not panel.active  # behind the Claims tab at first
    with qtbot.assertNotEmitted(panel.refreshed):
        panel.schedule_refresh()  # what a change in the panes asks for
        assert panel.refresh_pending
        qtbot.waitUntil(lambda: not panel.refresh_pending)
        assert not panel.searching
    assert panel.list.count() == 0 and panel.count_label.text() == ""
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


def test_a_search_that_fails_ends_in_a_message_not_in_looking(qtbot, seed_window, monkeypatch):
    def failing(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(suggestions_panel, "find_suggestions", failing)
    panel = seed_window.suggestions_panel
    with qtbot.waitSignal(panel.search_failed, timeout=20_000) as failure:
        panel.set_active(True)
    [message] = failure.args
    assert message == "Could not look for suggestions: disk I/O error"
    assert panel.count_label.text() == message and not panel.searching


def test_a_search_that_runs_out_of_time_shows_what_it_found_and_says_so(
    qtbot, seed_window, monkeypatch
):
    def overrun(store, scope, *, budget: Budget, only_annotator=""):
        return SuggestionSearch([], stopped="time", seconds=budget.seconds)

    monkeypatch.setattr(suggestions_panel, "find_suggestions", overrun)
    panel = seed_window.suggestions_panel
    with qtbot.waitSignal(panel.refreshed, timeout=20_000):
        panel.set_active(True)
    assert panel.count_label.text() == (
        "No suggestions for the articles shown. Stopped after 4 s (the articles are long);"
        " these are the suggestions found so far."
    )


def test_hiding_the_panel_cancels_its_search_and_says_so(qtbot, seed_window, monkeypatch):
    started = threading.Event()

    def until_cancelled(store, scope, *, budget: Budget, only_annotator=""):
        started.set()
        while not budget.over():
            started.wait(0.01)  # a long search, polling its budget as the real one does
        return SuggestionSearch([], stopped=budget.stopped, seconds=budget.seconds)

    monkeypatch.setattr(suggestions_panel, "find_suggestions", until_cancelled)
    panel = seed_window.suggestions_panel
    panel.set_active(True)
    assert panel.count_label.text() == "Looking for suggested links…"
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(panel.search_failed, timeout=20_000) as failure:
        panel.set_active(False)
    assert failure.args == ["Search stopped; it runs again when this panel is shown."]
    assert panel.count_label.text() == failure.args[0]
