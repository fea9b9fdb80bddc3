"""A screen reader counts characters (code points), Qt's text interface UTF-16 units: the
article pane answers in characters, so after an emoji the caret, ranges, selection and the
character or word at an offset are where the reader says (issue 24)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QColor

from tests.desktop.conftest import REPORT_A, tag

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


def attributes(text, offset):
    """A run's attributes as Qt's AT-SPI bridge reads them ("name:value;"), and its extent."""
    joined, start, end = text.attribute_run(offset)
    pairs = dict(item.split(":") for item in joined.split(";") if item)
    return pairs, start, end


def test_a_screen_reader_hears_the_font_of_a_run_of_characters(desk):
    pane = desk.pane_showing("Report A")
    text = text_of(pane)
    font = pane.view.font()
    pairs, start, end = attributes(text, OFFICIALS)
    assert pairs["font-family"] == f'"{font.family()}"'
    assert pairs["font-size"] == f"{round(font.pointSizeF())}pt"
    assert (pairs["font-weight"], pairs["font-style"]) == ("400", "normal")
    first_line = REPORT_A.index("\n") + 1  # a paragraph is a run, counted in characters
    assert (start, end) == (0, first_line)
    assert attributes(text, first_line + 3)[1:] == (first_line, len(REPORT_A))
    assert attributes(text, -1)[1:] == attributes(text, len(REPORT_A))[1:]
    assert text.attribute_run(len(REPORT_A) + 5) == ("", -1, -1)


def test_an_annotation_is_a_run_of_its_own_with_its_tag_after_an_emoji(qtbot, desk):
    pane = desk.pane_showing("Report A")
    tag(qtbot, pane.view, REPORT_A, "more than 100", 3)
    tag_name = desk.window.session.tags()[1].name
    text = text_of(pane)
    span = REPORT_A.index("more than 100")
    pairs, start, end = attributes(text, span + 3)
    assert pairs["tag"] == tag_name.replace(":", "\uff1a")
    color = QColor(desk.window.session.tags()[1].color)
    assert pairs["background-color"] == f"rgb({color.red()},{color.green()},{color.blue()})"
    assert (start, end) == (span, span + len("more than 100"))
    before, start, end = attributes(text, OFFICIALS)
    assert "tag" not in before and "background-color" not in before
    assert (start, end) == (0, span)
    after, start, _ = attributes(text, span + len("more than 100"))
    assert "tag" not in after and start == span + len("more than 100")
