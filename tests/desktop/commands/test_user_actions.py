"""A user action made of several steps is all or nothing: if a later step fails, the
earlier ones are rolled back with it, nothing goes on the undo stack, and one message
says why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from claimdesk.db.storage.errors import ProjectWriteError
from claimdesk.desktop.widgets.scheme_dialog import SchemeDialog
from tests.desktop.driver import click_button


def _tag_two_quotes(qtbot, window) -> None:
    view = window.workspace.panes[0].view
    for start in (0, 10):
        view.select_range(start, start + 3)
        qtbot.keyClick(view, Qt.Key.Key_3)


def _fail_on_call(monkeypatch, store, method: str, call: int) -> None:
    """The store's `method` raises a full disk on its `call`-th use (1 = the first)."""
    real = getattr(store, method)
    calls = []

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == call:
            raise ProjectWriteError(f"{store.path}: the disk is full")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, method, failing)


def _remove_quote_tag(qtbot, window):
    dialog = SchemeDialog(window.session, window)
    qtbot.addWidget(dialog)
    page = dialog.tags_page
    page.list.setCurrentRow(2)
    click_button(page, "&Remove…")


def test_removing_a_tag_in_use_when_the_tag_itself_cannot_go_keeps_everything(
    qtbot, window, boxes, monkeypatch
):
    _tag_two_quotes(qtbot, window)
    session = window.session
    steps_before = session.undo_stack.count()
    _fail_on_call(monkeypatch, session.store, "delete_tag", 1)
    _remove_quote_tag(qtbot, window)
    assert session.store.tag_by_name("Quote") is not None
    assert len(session.store.annotations()) == 2
    assert len(window.workspace.panes[0].view.spans()) == 2
    assert session.undo_stack.count() == steps_before
    warnings = [text for text in boxes.shown if not text.startswith("question")]
    assert len(warnings) == 1 and "the disk is full" in warnings[0]


def test_removing_a_tag_in_use_when_the_second_annotation_cannot_go_keeps_the_first(
    qtbot, window, boxes, monkeypatch
):
    _tag_two_quotes(qtbot, window)
    session = window.session
    steps_before = session.undo_stack.count()
    _fail_on_call(monkeypatch, session.store, "delete_annotation", 2)
    _remove_quote_tag(qtbot, window)
    assert len(session.store.annotations()) == 2
    assert session.store.tag_by_name("Quote") is not None
    assert session.undo_stack.count() == steps_before
    assert len([text for text in boxes.shown if not text.startswith("question")]) == 1


def test_removing_a_tag_in_use_is_one_step_undone_and_redone_whole(qtbot, window, boxes):
    _tag_two_quotes(qtbot, window)
    session = window.session
    steps_before = session.undo_stack.count()
    _remove_quote_tag(qtbot, window)
    assert session.undo_stack.count() == steps_before + 1
    assert session.store.annotations() == [] and session.store.tag_by_name("Quote") is None
    session.undo_stack.undo()
    assert len(session.store.annotations()) == 2 and session.store.tag_by_name("Quote")
    session.undo_stack.redo()
    assert session.store.annotations() == [] and session.store.tag_by_name("Quote") is None


def test_an_undo_that_fails_half_way_leaves_the_action_done(qtbot, window, boxes, monkeypatch):
    _tag_two_quotes(qtbot, window)
    session = window.session
    _remove_quote_tag(qtbot, window)
    _fail_on_call(monkeypatch, session.store, "restore_annotation", 2)
    session.undo_stack.undo()
    assert session.store.annotations() == [] and session.store.tag_by_name("Quote") is None
    assert any("disk is full" in text for text in boxes.shown)


def test_removing_a_verdict_in_use_when_it_cannot_go_keeps_it_on_every_annotation(
    qtbot, window, boxes, monkeypatch
):
    _tag_two_quotes(qtbot, window)
    session = window.session
    verdict = session.verdicts()[0]
    for annotation in session.store.annotations():
        session.store.update_annotation(annotation.id, verdict_id=verdict.id)
    _fail_on_call(monkeypatch, session.store, "delete_verdict", 1)
    dialog = SchemeDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.verdicts_page.list.setCurrentRow(0)
    click_button(dialog.verdicts_page, "&Remove…")
    assert [a.verdict_id for a in session.store.annotations()] == [verdict.id, verdict.id]
    assert session.store.verdict(verdict.id).deleted is False
    assert len([text for text in boxes.shown if "the disk is full" in text]) == 1
