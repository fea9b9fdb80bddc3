"""Where each highlight sits in the text shown: its Qt-unit range, its margin lane and the
text blocks (paragraphs) it covers.

Plain Python with no Qt: the placement loop runs once per annotation every time a pane
opens (100,000 of them on a large article), so it is kept apart from the widget, where its
cost can be read and measured on its own (`tests/benchmarks/bench_scaling.py`).
"""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter
from typing import NamedTuple

from .offsets import OffsetMap

MARGIN_MAX_LANES = 6
SHARED_LANE = MARGIN_MAX_LANES - 1
"""The margin's last lane: where a span goes when every lane before it is taken."""


class HighlightSpan(NamedTuple):
    """What the view needs to draw one annotation; offsets in code points.

    A named tuple, not a dataclass: a pane makes 10,000 of them when it opens, and a
    tuple is made several times faster than a frozen dataclass."""

    annotation_id: str
    start: int
    end: int
    color: str
    style: str = "fill"
    """"fill" paints the background; "underline" only underlines (a second layer, say a
    colleague's annotations in review mode); "outline" marks a difference to look at."""


class Placed:
    """A span in Qt units. Plain slots: one is built per annotation each time a pane opens."""

    __slots__ = ("lane", "qt_end", "qt_start", "span")

    def __init__(self, span: HighlightSpan, qt_start: int, qt_end: int, lane: int = 0):
        self.span = span
        self.qt_start = qt_start
        self.qt_end = qt_end
        self.lane = lane


def longest_first(placed: Placed) -> int:
    return placed.qt_start - placed.qt_end


def order_key(placed: Placed) -> tuple[int, int, str]:
    """Text order: by start, then end, then id (stepping from one annotation to the next)."""
    return (placed.qt_start, placed.qt_end, placed.span.annotation_id)


_START = attrgetter("start")
_END = attrgetter("end")
_ID = attrgetter("annotation_id")
_BEYOND = 1 << 62
"""A position past the end of any text."""


def blocks_of(block_starts: list[int], placed: Placed) -> range:
    """The numbers of the blocks the span covers, given where each block starts (Qt units)."""
    first = bisect_right(block_starts, placed.qt_start) - 1
    last = bisect_right(block_starts, max(placed.qt_start, placed.qt_end - 1)) - 1
    return range(first, last + 1)


def place_all(
    spans: list[HighlightSpan], offsets: OffsetMap, block_starts: list[int]
) -> tuple[dict[str, Placed], dict[int, list[Placed]]]:
    """Place a whole article's spans at once, the loop every pane opening runs: spans
    in text order (longest first at a start), each given the lowest margin lane free
    at its start (greedy interval colouring) and filed under the blocks it covers.
    Returns the placements by annotation id and the placements by block number.

    Only the lanes the margin draws apart are tracked; a span finding them all taken
    goes to the last, which every deeper overlap shares. Lanes past it would be drawn
    there anyway, and tracking them made each placement cost grow with the overlap
    depth: 14 lanes to search with 100,000 highlights on one 1 MB article. Spans come
    in text order, so the paragraph each starts in is found by stepping forward, and
    the lookups by id are built in one pass at the end."""
    if not spans:
        return {}, {}
    length, to_qt, wide = offsets.length, offsets.to_qt, offsets.utf16_length != offsets.length
    next_starts = [*block_starts[1:], _BEYOND]  # where the block after each one starts
    by_block: dict[int, list[Placed]] = {}
    placed_in_order: list[Placed] = []
    ordered = sorted(spans, key=_END, reverse=True)
    ordered.sort(key=_START)  # stable: by start, then longest first
    lane_ends: list[int] = []
    next_block_start = 0  # the first span looks its paragraph up
    for span in ordered:
        start, end = span.start, span.end
        if start < 0 or end > length or start > end:
            start, end = max(0, min(start, length)), max(0, min(end, length))
        if wide:
            start, end = to_qt(start), to_qt(end)
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            if lane < SHARED_LANE:
                lane_ends.append(end)
        placed = Placed(span, start, end, lane)
        placed_in_order.append(placed)
        if start >= next_block_start:  # starts only move forward: so does the block
            block = bisect_right(block_starts, start) - 1
            next_block_start = next_starts[block]
            in_block = by_block.setdefault(block, [])
        in_block.append(placed)
        if end > next_block_start:  # runs on into later paragraphs
            last = bisect_right(block_starts, end - 1) - 1
            for number in range(block + 1, last + 1):
                by_block.setdefault(number, []).append(placed)
    return dict(zip(map(_ID, ordered), placed_in_order, strict=True)), by_block
