"""The side-by-side workspace, driven with the keyboard the way a fact-checker works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from claimdesk.db import Store
from tests.desktop.conftest import REPORT_A, REPORT_B, pane_showing, select_with_keyboard


def test_two_articles_open_side_by_side_with_their_headers(window):
    titles = [pane.title_label.text() for pane in window.workspace.panes]
    assert sorted(titles) == ["Report A", "Report B"]
    pane = pane_showing(window, "Report A")
    assert pane.meta_label.text() == "Wire · 2026-01-14"
    assert pane.view.text() == REPORT_A


def test_selecting_words_with_the_keyboard_and_pressing_a_digit_stores_the_exact_text(
    qtbot, window
):
    view = pane_showing(window, "Report A").view
    select_with_keyboard(qtbot, view, REPORT_A.index("about"), 2)
    qtbot.keyClick(view, Qt.Key.Key_2)
    [annotation] = window.session.store.annotations()
    assert annotation.quote == "about 50"  # the space Ctrl+Shift+Right takes is left out
    assert window.session.tag(annotation.tag_id).name == "Statistic"
    assert annotation.annotator_id == window.session.annotator.id
    assert [s.annotation_id for s in view.spans()] == [annotation.id]
    with Store.open(window.session.path) as other:  # already in the file: no Save exists
        assert [a.quote for a in other.annotations()] == ["about 50"]


def test_undo_and_redo_of_tagging_change_the_file_and_the_highlight(qtbot, window):
    view = pane_showing(window, "Report B").view
    select_with_keyboard(qtbot, view, REPORT_B.index("56"), 1)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert len(view.spans()) == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.spans() == [] and window.session.store.annotations() == []
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [a.quote for a in window.session.store.annotations()] == ["56"]
    assert len(view.spans()) == 1


def test_emoji_combining_marks_and_arabic_land_on_exactly_the_selected_characters(qtbot, window):
    view = pane_showing(window, "Report A").view
    cases = ["👩🏽‍⚖️ Officials", "(cafe\u0301)", "إن 400"]
    for text in cases:
        start = REPORT_A.index(text)
        view.setFocus()
        cursor = view.textCursor()  # select by Qt positions, as a mouse drag would
        cursor.setPosition(len(REPORT_A[:start].encode("utf-16-le")) // 2)
        end_qt = len(REPORT_A[: start + len(text)].encode("utf-16-le")) // 2
        cursor.setPosition(end_qt, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        qtbot.keyClick(view, Qt.Key.Key_1)
    stored = window.session.store.annotations()
    assert sorted(a.quote for a in stored) == sorted(cases)
    for annotation in stored:
        assert REPORT_A[annotation.start : annotation.end] == annotation.quote


def test_overlapping_annotations_both_stay_and_c_cycles_between_them(qtbot, window):
    view = pane_showing(window, "Report A").view
    start = REPORT_A.index("The UN")
    view.select_range(start, REPORT_A.index(" released"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    view.select_range(REPORT_A.index("about"), REPORT_A.index(" people"))
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert len(view.spans()) == 2
    view.set_caret(len(REPORT_A))  # outside both, then into the overlap
    view.set_caret(REPORT_A.index("50"))
    under = [span.annotation_id for span in view.annotations_at(view.caret_offset())]
    assert len(under) == 2
    assert view.current_annotation() == under[0]  # the shorter one, drawn on top
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert view.current_annotation() == under[1]
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert view.current_annotation() == under[0]


def test_n_and_p_step_through_annotations_and_delete_removes_the_current_one(qtbot, window):
    view = pane_showing(window, "Report B").view
    for word in ("Foro Penal", "56", "400"):
        view.select_range(REPORT_B.index(word), REPORT_B.index(word) + len(word))
        qtbot.keyClick(view, Qt.Key.Key_1)
    view.set_caret(len(REPORT_B))  # past the last one: N wraps round to the first
    quotes = []
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_N)
        quotes.append(window.session.store.annotation(view.current_annotation()).quote)
    assert quotes == ["Foro Penal", "56", "400"]
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert window.session.store.annotation(view.current_annotation()).quote == "56"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert sorted(a.quote for a in window.session.store.annotations()) == ["400", "Foro Penal"]
    assert len(view.spans()) == 2


def test_enter_opens_the_annotation_in_the_inspector_whose_edits_are_saved_and_undoable(
    qtbot, window
):
    view = pane_showing(window, "Report B").view
    view.select_range(REPORT_B.index("56"), REPORT_B.index("56") + 2)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert not view.textCursor().hasSelection()  # the new highlight is current, not selected
    qtbot.keyClick(view, Qt.Key.Key_Return)
    inspector = window.inspector
    annotation_id = inspector.annotation_id
    assert annotation_id and "56" in inspector.quote_label.text()
    inspector.verdict_box.setCurrentIndex(inspector.verdict_box.findText("False"))
    inspector.verdict_box.activated.emit(inspector.verdict_box.currentIndex())
    inspector.confidence_box.setValue(80)
    inspector.note_edit.setFocus()
    qtbot.keyClicks(inspector.note_edit, "Check the Foro Penal list")
    qtbot.waitUntil(
        lambda: window.session.store.annotation(annotation_id).note == "Check the Foro Penal list"
    )
    stored = window.session.store.annotation(annotation_id)
    assert window.session.verdict(stored.verdict_id).name == "False"
    assert stored.confidence == 0.8
    window.session.undo_stack.undo()  # the note edit, merged into one step
    assert window.session.store.annotation(annotation_id).note == ""
    assert inspector.note_edit.toPlainText() == ""


def test_digit_keys_do_nothing_while_typing_in_a_field(qtbot, window):
    view = pane_showing(window, "Report A").view
    view.select_range(0, 3)
    window.article_list.filter_box.setFocus()
    qtbot.keyClick(window.article_list.filter_box, Qt.Key.Key_1)
    assert window.session.store.annotations() == []
    assert window.article_list.filter_box.text() == "1"


def test_tab_and_f6_move_focus_between_panes(qtbot, window):
    first, second = (pane.view for pane in window.workspace.panes)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_F6)
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_F6)
    qtbot.waitUntil(first.hasFocus)


def test_the_annotation_table_filters_by_tag_and_a_click_jumps_to_the_text(qtbot, window):
    pane = pane_showing(window, "Report B")
    view = pane.view
    for word, key in (("Foro Penal", Qt.Key.Key_4), ("56", Qt.Key.Key_2)):
        view.select_range(REPORT_B.index(word), REPORT_B.index(word) + len(word))
        qtbot.keyClick(view, key)
    table = window.annotation_table
    qtbot.waitUntil(lambda: table.model.rowCount() == 2)
    table.tag_filter.setCurrentIndex(table.tag_filter.findText("Statistic"))
    assert table.model.rowCount() == 1
    index = table.model.index(0, 1)
    assert index.data() == "56"
    view.set_caret(0)
    table.table.clicked.emit(index)
    assert view.textCursor().position() == REPORT_B.index("56")


def test_find_in_pane_selects_each_match(qtbot, window):
    pane = pane_showing(window, "Report A")
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.find_bar.isVisible()
    qtbot.keyClicks(pane.find_bar.field, "said")
    assert pane.view.selected_range() == (REPORT_A.index("said"), REPORT_A.index("said") + 4)
    assert pane.find_bar.count_label.text() == "1 of 1"


def test_the_find_bar_searches_again_when_its_pane_shows_another_article(qtbot, window):
    pane = pane_showing(window, "Report A")
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(pane.find_bar.field, "400")
    assert pane.find_bar.count_label.text() == "1 of 1"
    report_b = next(h.id for h in window.session.article_headings() if h.title == "Report B")
    window.workspace.show_article(pane, report_b)
    assert pane.find_bar.count_label.text() == "1 of 1"
    assert pane.view.selected_range() == (REPORT_B.index("400"), REPORT_B.index("400") + 3)


def test_zoom_and_panes_are_restored_on_the_next_start(qtbot, window, app_settings):
    project = window.session.path
    window.workspace.set_zoom(3)
    window.workspace.add_pane()
    assert len(window.workspace.panes) == 3
    window.close_project()
    assert window.open_project(project, "Ana")
    assert window.workspace.zoom() == 3 and len(window.workspace.panes) == 3


def test_the_status_bar_names_the_annotator_and_counts(qtbot, desk):
    pane = desk.pane_showing("Report B")
    desk.select(pane, "Foro")
    desk.press(pane, Qt.Key.Key_1)
    assert "Annotator: Ana" in desk.status_bar()
    qtbot.waitUntil(lambda: any(text.endswith("1 annotation") for text in desk.status_bar()))
    assert any(text.startswith("All changes saved") for text in desk.status_bar())


def test_hovering_a_highlight_describes_every_annotation_under_the_pointer(qtbot, window):
    view = pane_showing(window, "Report B").view
    view.select_range(0, 10)
    qtbot.keyClick(view, Qt.Key.Key_1)
    view.select_range(5, 10)
    qtbot.keyClick(view, Qt.Key.Key_2)
    texts = [view.describe(span.annotation_id) for span in view.annotations_at(6)]
    assert len(texts) == 2
    assert texts[0].startswith("Statistic · Ana") and texts[1].startswith("Checkable claim · Ana")


def test_each_panes_chooser_names_every_article_and_switches_to_the_one_picked(qtbot, window):
    first, second = window.workspace.panes
    for pane in (first, second):
        labels = [pane.chooser.itemText(row) for row in range(pane.chooser.count())]
        assert labels == ["Report A · Wire · 2026-01-14", "Report B · Daily · 2026-01-17"]
        assert pane.chooser.currentData() == pane.article_id
    other = second.article_id
    first.chooser.setCurrentIndex(1 if first.chooser.currentIndex() == 0 else 0)
    first.chooser.activated.emit(first.chooser.currentIndex())  # what picking it does
    assert first.article_id == other
    assert first.view.text() == second.view.text()
    assert second.chooser.currentData() == other  # the shared list kept its own choice


def test_tagging_a_passage_makes_its_new_row_current_in_the_annotation_table(qtbot, window):
    pane = pane_showing(window, "Report B")
    table = window.annotation_table
    qtbot.waitUntil(lambda: table.model.rowCount() == 0 and table.isVisible())
    for word, key in (("Foro Penal", Qt.Key.Key_4), ("56", Qt.Key.Key_2)):
        pane.view.select_range(REPORT_B.index(word), REPORT_B.index(word) + len(word))
        qtbot.keyClick(pane.view, key)
        qtbot.waitUntil(
            lambda w=word: table.selected_annotation() == pane.view.current_annotation()
        )
        assert table.table.currentIndex().siblingAtColumn(1).data() == word


def test_typing_in_the_article_filter_keeps_the_articles_whose_title_outlet_or_date_match(
    qtbot, window
):
    articles = window.article_list
    shown = articles.table.model()
    assert shown.rowCount() == 2
    qtbot.keyClicks(articles.filter_box, "DAILY")  # the outlet, in any case
    assert shown.rowCount() == 1
    assert shown.index(0, 0).data() == "Report B"
    articles.filter_box.clear()
    qtbot.keyClicks(articles.filter_box, "2026-01-14")
    assert [shown.index(0, 0).data()] == ["Report A"] and shown.rowCount() == 1
    articles.filter_box.clear()
    assert shown.rowCount() == 2
