"""Editing the tag scheme in its dialog, and finding text across all articles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from claimdesk.desktop.widgets.scheme_dialog import SchemeDialog
from claimdesk.desktop.widgets.search_dialog import SearchAllDialog
from tests.desktop.conftest import REPORT_A, REPORT_B
from tests.desktop.driver import click_button


def test_adding_and_renaming_a_tag_gives_it_a_free_key_and_a_toolbar_button(qtbot, window):
    dialog = SchemeDialog(window.session, window)
    qtbot.addWidget(dialog)
    page = dialog.tags_page
    click_button(page, "&Add")
    page.name_edit.setText("Number")
    page.name_edit.editingFinished.emit()
    tag = window.session.store.tag_by_name("Number")
    assert tag is not None and tag.shortcut == "7"
    assert any(a.text() == "7 Number" for a in window.tag_toolbar.actions())
    view = window.workspace.panes[0].view
    view.select_range(0, 3)
    qtbot.keyClick(view, Qt.Key.Key_7)
    assert [a.tag_id for a in window.session.store.annotations()] == [tag.id]


def test_removing_a_tag_in_use_asks_with_the_count_and_undo_brings_all_back(qtbot, window, boxes):
    view = window.workspace.panes[0].view
    for start in (0, 10):
        view.select_range(start, start + 3)
        qtbot.keyClick(view, Qt.Key.Key_3)
    questions = boxes.shown
    dialog = SchemeDialog(window.session, window)
    qtbot.addWidget(dialog)
    page = dialog.tags_page
    page.list.setCurrentRow(2)
    click_button(page, "&Remove…")
    assert "2 annotations use the tag “Quote”" in questions[0]
    assert window.session.store.tag_by_name("Quote") is None
    assert window.session.store.annotations() == [] and view.spans() == []
    window.session.undo_stack.undo()
    assert window.session.store.tag_by_name("Quote") is not None
    assert len(window.session.store.annotations()) == 2 and len(view.spans()) == 2


def test_reordering_tags_is_one_undoable_step(qtbot, window):
    dialog = SchemeDialog(window.session, window)
    qtbot.addWidget(dialog)
    before = [tag.name for tag in window.session.tags()]
    dialog.tags_page.list.setCurrentRow(0)
    click_button(dialog.tags_page, "Move do&wn")
    assert [tag.name for tag in window.session.tags()][:2] == [before[1], before[0]]
    window.session.undo_stack.undo()
    assert [tag.name for tag in window.session.tags()] == before


def test_find_in_all_articles_lists_matches_and_opens_one(qtbot, window):
    dialog = SearchAllDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.field.setText("400")
    dialog.search()
    assert dialog.results.count() == 2
    assert dialog.summary.text() == "2 articles match"
    dialog.result_activated.connect(window.workspace.reveal)
    dialog.results.itemActivated.emit(dialog.results.item(1))
    pane = next(p for p in window.workspace.panes if p.view.textCursor().hasSelection())
    start = pane.view.text().index("400")
    assert pane.view.selected_range() == (start, start + 3)
    assert pane.view.text() in (REPORT_A, REPORT_B)


def test_recolouring_a_tag_redraws_its_highlights_where_the_reader_is(qtbot, window, monkeypatch):
    view = window.workspace.panes[0].view
    view.select_range(0, 3)
    qtbot.keyClick(view, Qt.Key.Key_3)
    caret = len(view.text()) - 5
    view.set_caret(caret)
    dialog = SchemeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.tags_page.list.setCurrentRow(2)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#00aa00"))
    dialog.tags_page.color_button.click()  # it shows the colour it has
    [shown] = view.spans()
    assert shown.color == "#00aa00"
    assert view.caret_offset() == caret  # the pane did not start again from the top
