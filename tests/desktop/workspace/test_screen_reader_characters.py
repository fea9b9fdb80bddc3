"""A screen reader counts characters (code points), Qt's text interface UTF-16 units: the
article pane answers in characters, so after an emoji the caret, ranges, selection and the
character or word at an offset are where the reader says (issue 24)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.desktop.conftest import REPORT_A

CHAR = QAccessible.TextBoundaryType.CharBoundary
WORD = QAccessible.TextBoundaryType.WordBoundary
OFFICIALS = REPORT_A.index("Officials")  # after "👩🏽‍⚖️": two code points fewer than UTF-16 units


def text_of(pane):
    return QAccessible.queryAccessibleInterface(pane.view).textInterface()


def test_after_an_emoji_the_caret_and_ranges_count_characters(desk):
    pane = desk.pane_showing("Report A")
    text = text_of(pane)
    assert text.characterCount() == len(REPORT_A)
    pane.view.set_caret(OFFICIALS)
    assert text.cursorPosition() == OFFICIALS
    assert text.text(OFFICIALS, OFFICIALS + len("Officials")) == "Officials"
    text.setCursorPosition(REPORT_A.index("Café"))
    assert pane.view.caret_offset() == REPORT_A.index("Café")


def test_after_an_emoji_a_selection_is_made_and_read_in_characters(desk):
    pane = desk.pane_showing("Report A")
    text = text_of(pane)
    text.setSelection(0, OFFICIALS, OFFICIALS + len("Officials"))
    assert pane.view.selected_range() == (OFFICIALS, OFFICIALS + len("Officials"))
    assert text.selectionCount() == 1
    assert text.selection_range(0) == (OFFICIALS, OFFICIALS + len("Officials"))


def test_after_an_emoji_the_character_and_word_at_an_offset_are_the_readers(desk):
    text = text_of(desk.pane_showing("Report A"))
    assert text.text_at(OFFICIALS, CHAR) == ("O", OFFICIALS, OFFICIALS + 1)
    assert text.text_at(OFFICIALS + 2, WORD) == ("Officials", OFFICIALS, OFFICIALS + 9)
    assert text.text_after(OFFICIALS, WORD)[0] == "said"
    assert text.text_before(OFFICIALS + 1, CHAR) == ("O", OFFICIALS, OFFICIALS + 1)


def test_a_screen_reader_scrolls_to_a_passage_after_an_emoji(qtbot, desk):
    pane = desk.pane_showing("Report A")
    pane.view.set_text("👩🏽‍⚖️\n" * 400 + "the end", [])
    text = text_of(pane)
    text.scrollToSubstring(text.characterCount() - 7, text.characterCount())
    assert pane.view.verticalScrollBar().value() > 0
    rect = text.characterRect(text.characterCount() - 7)
    assert pane.view.viewport().rect().contains(pane.view.viewport().mapFromGlobal(rect.center()))
