"""Find in a pane and the filters ignore accents and case by default (issue 20:
"Rodriguez" finds "Rodríguez"); the find bar's Exact box matches the text as written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.desktop.conftest import REPORT_A, pane_showing, tag


def test_find_ignores_accents_and_case_and_exact_does_not(qtbot, window):
    pane = pane_showing(window, "Report A")
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(pane.find_bar.field, "CAFE")
    assert pane.find_bar.count_label.text() == "1 of 2"
    assert pane.view.selected_range() == (REPORT_A.index("Café"), REPORT_A.index("Café") + 4)
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_F3)
    start = REPORT_A.index("cafe\u0301")
    assert pane.view.selected_range() == (start, start + 5)  # the accent comes along
    pane.find_bar.exact.setChecked(True)
    assert pane.find_bar.count_label.text() == "No matches"


def test_the_annotation_and_article_filters_ignore_accents_and_case(qtbot, window):
    view = pane_showing(window, "Report A").view
    tag(qtbot, view, REPORT_A, "Café owners", 2)
    table = window.annotation_table
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    table.text_filter.setText("CAFE OWN")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    table.text_filter.setText("cafes")
    qtbot.waitUntil(lambda: table.model.rowCount() == 0)
    articles = window.article_list
    articles.filter_box.setText("REPÓRT A")
    qtbot.waitUntil(lambda: articles.proxy.rowCount() == 1)
