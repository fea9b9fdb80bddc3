"""An article view draws highlights where the annotations are, as the reader scrolls to them.

Formats are set on a text block's layout only when the block comes into view, so these
tests read the layout's formats: what Qt paints.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from claimdesk.desktop.workspace.article_view import ArticleView, HighlightSpan
from claimdesk.desktop.workspace.offsets import OffsetMap

YELLOW, BLUE = "#ffd54f", "#4f8dff"
PARAGRAPH = "The count of released prisoners differs between the two reports. " * 3
LONG_TEXT = "\n\n".join(f"{n}. {PARAGRAPH}" for n in range(600))


@pytest.fixture
def view(qtbot):
    view = ArticleView()
    view.resize(600, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def drawn_at(view: ArticleView, offset: int) -> list[QColor]:
    """Background colours laid over the character at `offset` (code points), last on top."""
    position = OffsetMap(view.text()).to_qt(offset)
    block = view.document().findBlock(position)
    inside = position - block.position()
    return [
        r.format.background().color()
        for r in block.layout().formats()
        if r.start <= inside < r.start + r.length and r.format.background().style()
    ]


def span(annotation_id: str, start: int, end: int, color: str = YELLOW) -> HighlightSpan:
    return HighlightSpan(annotation_id, start, end, color)


def tinted(colour: QColor, hue_of: str) -> bool:
    """The fill is the tag colour mixed into the white page: closer to it than to white."""
    target = QColor(hue_of)
    return abs(colour.red() - target.red()) + abs(colour.blue() - target.blue()) < 200


def test_a_highlight_in_view_is_drawn_over_its_characters_only(view):
    text = "Foro Penal counted 56 prisoners released."
    view.set_text(text, [span("a", text.index("56"), text.index("56") + 2)])
    assert drawn_at(view, text.index("56")) and drawn_at(view, text.index("56") + 1)
    assert not drawn_at(view, text.index("56") - 1)
    assert not drawn_at(view, text.index("56") + 2)


def test_opening_a_long_article_formats_only_what_is_in_view(view, qtbot):
    far = LONG_TEXT.index("599. ")
    view.set_text(LONG_TEXT, [span("near", 3, 8), span("far", far + 5, far + 10)])
    assert drawn_at(view, 3)
    assert not drawn_at(view, far + 5)  # not formatted yet: it has not been seen
    assert view.formatted_block_count() < 100  # a screenful, not 1,199 blocks

    view.set_current_annotation("far")  # jumping there scrolls it into view
    assert drawn_at(view, far + 5)


def test_paging_down_draws_the_highlights_that_come_into_view(view, qtbot):
    middle = LONG_TEXT.index("300. ")
    view.set_text(LONG_TEXT, [span("mid", middle, middle + 4)])
    bar = view.verticalScrollBar()
    while not drawn_at(view, middle) and bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
    assert drawn_at(view, middle)
    assert view.firstVisibleBlock().blockNumber() <= view.document().findBlock(middle).blockNumber()


def test_a_shorter_highlight_inside_a_longer_one_stays_on_top(view):
    text = "The State Department called it an important step in the right direction."
    inner = text.index("important step")
    view.set_text(
        text,
        [span("inner", inner, inner + 14, BLUE), span("outer", 0, len(text) - 1, YELLOW)],
    )
    colours = drawn_at(view, inner)
    assert len(colours) == 2 and tinted(colours[-1], BLUE) and tinted(colours[0], YELLOW)
    assert [tinted(c, YELLOW) for c in drawn_at(view, 0)] == [True]


def test_tagging_and_untagging_redraws_at_once(view):
    text = "Released on 14 January, or on 17 January?"
    view.set_text(text, [])
    view.add_span(span("a", 12, 22))
    assert drawn_at(view, 12)
    view.update_span(span("a", 12, 22, BLUE))
    assert tinted(drawn_at(view, 12)[-1], BLUE)
    view.remove_span("a")
    assert not drawn_at(view, 12)


def test_a_highlight_added_out_of_view_is_drawn_when_scrolled_to(view):
    far = LONG_TEXT.index("550. ")
    view.set_text(LONG_TEXT, [])
    view.add_span(span("later", far, far + 4))
    assert not drawn_at(view, far)
    view.set_caret(far)
    view.centerCursor()
    assert drawn_at(view, far)


@pytest.mark.parametrize(
    "before",
    ["👍🏽 ", "e\u0301te\u0301 ", "שלום עולם ", "𝔘𝔫𝔦 "],
    ids=["emoji", "combining marks", "right-to-left", "astral letters"],
)
def test_highlights_after_wide_or_combined_characters_cover_the_right_characters(view, before):
    text = before * 3 + "56 prisoners"
    start = text.index("56")
    view.set_text(text, [span("a", start, start + 2)])
    assert drawn_at(view, start) and drawn_at(view, start + 1)
    assert not drawn_at(view, start - 1) and not drawn_at(view, start + 2)


def test_the_current_highlight_is_outlined_and_the_others_stay_drawn(view):
    text = "About 50 people, says the UN; 56, says Foro Penal."
    first, second = text.index("50"), text.index("56")
    view.set_text(text, [span("a", first, first + 2), span("b", second, second + 2, BLUE)])
    for current, other in (("a", second), ("b", first)):
        view.set_current_annotation(current)
        (outline,) = view.extraSelections()
        start = first if current == "a" else second
        assert (outline.cursor.selectionStart(), outline.cursor.selectionEnd()) == (
            start,
            start + 2,
        )
        assert drawn_at(view, first) and drawn_at(view, second) and drawn_at(view, other)


def test_the_page_looks_and_reacts_like_a_plain_text_view(view, qtbot):
    """The view makes its own viewport (PySide wraps Qt's own slowly); nothing may differ
    from Qt's: white page, text cursor, mouse selection, and the document laid out for it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPalette

    viewport = view.viewport()
    assert viewport.backgroundRole() == QPalette.ColorRole.Base
    assert viewport.autoFillBackground()
    assert viewport.cursor().shape() == Qt.CursorShape.IBeamCursor
    assert view.document().documentLayout().paintDevice() is viewport
    view.set_text("Foro Penal counted 56 prisoners released.", [])
    view.set_zoom(4)  # relays the document out against the viewport
    start = view.cursorRect(view.textCursor()).center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint(start.x() + 120, start.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(start.x() + 120, start.y()))
    assert view.textCursor().selectedText().startswith("Foro")


def test_every_highlight_opened_with_the_article_covers_exactly_its_characters(view):
    """Many spans over short paragraphs, some running across them, some empty, some past
    the end: each character is drawn under as many highlights as cover it."""
    import random

    text = "\n".join(["Released: 56.", "", "Foro Penal says 50.", "Nine remain held."] * 2)
    rng = random.Random(4)
    spans = []
    for number in range(60):
        start = rng.randrange(0, len(text))
        spans.append(span(f"s{number}", start, start + rng.choice([0, 1, 3, 12, 40])))
    view.set_text(text, spans)
    for offset, character in enumerate(text):
        if character == "\n":
            continue  # a paragraph's end is not drawn
        covering = [s for s in spans if s.start <= offset < min(s.end, len(text))]
        assert len(drawn_at(view, offset)) == len(covering), offset


def margin_lanes(view: ArticleView) -> dict[str, int]:
    """Which margin lane (0 nearest the edge) each annotation's bar is drawn in."""
    return {placed.span.annotation_id: placed.lane for placed, _, _ in view.visible_spans()}


def test_overlapping_highlights_get_margin_bars_side_by_side_and_the_deepest_share_the_last(
    view,
):
    text = "The State Department called it an important step in the right direction."
    nested = [span(f"n{depth}", depth, len(text) - depth) for depth in range(8)]
    inside_five = span("inside five", len(text) - 5, len(text) - 1)
    inside_three = span("inside three", len(text) - 3, len(text) - 1)
    view.set_text(text, [*reversed(nested), inside_five, inside_three])
    lanes = margin_lanes(view)
    assert [lanes[f"n{depth}"] for depth in range(8)] == [0, 1, 2, 3, 4, 5, 5, 5]
    assert lanes["inside five"] == 5  # lanes 0-4 are still taken where it starts
    assert lanes["inside three"] == 3  # the span in lane 3 ended just before it

    view.set_text(text, [span("first", 0, 10), span("second", 20, 30)])
    assert margin_lanes(view) == {"first": 0, "second": 0}  # no overlap: one lane
    view.add_span(span("tagged", 5, 25))
    assert margin_lanes(view)["tagged"] == 1


def test_replacing_the_highlights_keeps_the_readers_place(view, qtbot):
    middle = LONG_TEXT.index("300. ")
    earlier = LONG_TEXT.index("290. ")
    view.set_text(LONG_TEXT, [span("kept", middle, middle + 4), span("gone", earlier, earlier + 3)])
    view.set_caret(earlier)
    view.centerCursor()
    view.set_caret(middle + 2)
    scroll = view.verticalScrollBar().value()
    assert drawn_at(view, earlier) and tinted(drawn_at(view, middle)[0], YELLOW)

    view.set_spans([span("kept", middle, middle + 4, BLUE), span("new", middle + 10, middle + 12)])
    assert view.verticalScrollBar().value() == scroll and view.caret_offset() == middle + 2
    assert [tinted(c, BLUE) for c in drawn_at(view, middle)] == [True]
    assert drawn_at(view, middle + 10)
    view.set_caret(earlier)
    view.centerCursor()
    assert not drawn_at(view, earlier)  # its old format is cleared when seen again
    view.set_caret(middle + 2)

    view.set_spans([])
    assert not drawn_at(view, middle) and not drawn_at(view, middle + 10)


def test_replacing_the_highlights_keeps_the_current_one_while_it_exists(view, qtbot):
    text = "About 50 people, says the UN; 56, says Foro Penal."
    first, second = text.index("50"), text.index("56")
    view.set_text(text, [span("a", first, first + 2), span("b", second, second + 2)])
    view.set_current_annotation("b")
    view.set_spans([span("a", first, first + 2), span("b", second, second + 2, BLUE)])
    assert view.current_annotation() == "b"
    (outline,) = view.extraSelections()
    assert outline.cursor.selectionStart() == second

    with qtbot.waitSignal(view.current_annotation_changed) as changed:
        view.set_spans([span("a", first, first + 2)])
    assert changed.args == [""] and view.extraSelections() == []
