"""Pasting text as a new article is one undoable step, written by its command."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from claimdesk.desktop.flows import project_flows
from tests.desktop.conftest import REPORT_A, pane_showing


def _paste(window, monkeypatch, text: str, title: str) -> None:
    QGuiApplication.clipboard().setText(text)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: (title, True))
    project_flows.paste_article(window)


def test_pasting_shows_the_article_and_undo_then_redo_brings_back_the_same_one(
    qtbot, window, monkeypatch
):
    steps = window.session.undo_stack.count()
    _paste(window, monkeypatch, "Pasted: 12 ministers resigned on Monday.", "Pasted")
    pasted = pane_showing(window, "Pasted").article_id
    assert window.session.undo_stack.count() == steps + 1
    window.session.undo_stack.undo()
    assert pasted not in {heading.id for heading in window.session.store.article_headings()}
    window.session.undo_stack.redo()
    assert pasted in {heading.id for heading in window.session.store.article_headings()}


def test_pasting_text_already_in_the_project_says_so_once_and_leaves_nothing_to_undo(
    qtbot, window, monkeypatch, boxes
):
    steps = window.session.undo_stack.count()
    articles = window.session.store.article_headings()
    _paste(window, monkeypatch, REPORT_A, "Again")
    assert len(boxes.shown) == 1 and "already in the project" in boxes.shown[0]
    assert window.session.undo_stack.count() == steps
    assert window.session.store.article_headings() == articles
