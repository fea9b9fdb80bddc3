"""`HighlightedText`: the text widget's highlights, placed, formatted in view and located.

Highlights are character formats set on each text block's layout from the spans indexed
under that block, and only for blocks that come into view: opening a 1 MB article formats
the screenful shown, not the whole document (a `QSyntaxHighlighter` would run over every
block first). Adding or removing one annotation reformats only the blocks it covers.
Shorter spans are set last, so they stay visible on top of longer ones.

A base class of `ArticleView` rather than a helper object: the formatting runs on every
scroll and paint, and reads the widget's own layout and state directly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from claimdesk.db.storage.bulk import cyclic_gc_paused

from .offsets import OffsetMap
from .span_placement import (
    SHARED_LANE,
    HighlightSpan,
    Placed,
    blocks_of,
    longest_first,
    place_all,
)


class HighlightedText(QPlainTextEdit):
    """The text's highlights: each placed, formatted when its block is seen, and located."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._block_starts = [0]
        self._offsets = OffsetMap("")
        self._placed: dict[str, Placed] = {}
        self._by_block: dict[int, list[Placed]] = {}
        self.spans_version = 0
        """Counts replacements and removals of highlights (and moves, a removal then an
        add): the link gutter keeps its links' places until it changes. Adding alone does
        not count: a new highlight has no links yet."""
        self._formatted: set[int] = set()
        """Blocks whose layout formats match their spans; the others are set when seen."""
        self._formats_left = False
        """Blocks may still carry formats of highlights since replaced (`set_spans`)."""
        self._formatted_place: tuple = ()
        self._visible_blocks = range(0)
        self._formats: dict[tuple[str, str, bool], QTextCharFormat] = {}

    def text(self) -> str:
        return self._text

    def spans(self) -> list[HighlightSpan]:
        return [placed.span for placed in self._placed.values()]

    def has_span(self, annotation_id: str) -> bool:
        return annotation_id in self._placed

    def formatted_block_count(self) -> int:
        """How many blocks carry their highlights' formats: those seen since the spans
        were set (a long article is formatted a screenful at a time)."""
        return len(self._formatted)

    # Placing

    def _replace_spans(self, spans: list[HighlightSpan]) -> None:
        """Place `spans`; blocks get their formats when next seen."""
        self.spans_version += 1
        self._formatted = set()
        self._formatted_place = ()
        self._visible_blocks = range(0)
        with cyclic_gc_paused():  # 100,000 placements would set off collection passes
            self._placed, self._by_block = place_all(spans, self._offsets, self._block_starts)

    def _place(self, span: HighlightSpan) -> Placed:
        length = self._offsets.length
        start, end = max(0, min(span.start, length)), max(0, min(span.end, length))
        placed = Placed(span, self._offsets.to_qt(start), self._offsets.to_qt(end))
        self._placed[span.annotation_id] = placed
        for number in self._blocks_of(placed):
            self._by_block.setdefault(number, []).append(placed)
        return placed

    def _blocks_of(self, placed: Placed) -> range:
        return blocks_of(self._block_starts, placed)

    def _free_lane(self, new: Placed) -> int:
        taken = {
            p.lane
            for number in self._blocks_of(new)
            for p in self._by_block.get(number, [])
            if p is not new and p.qt_start < new.qt_end and new.qt_start < p.qt_end
        }
        free = next(lane for lane in range(len(taken) + 1) if lane not in taken)
        return min(free, SHARED_LANE)

    # Formatting the blocks in view

    def _rehighlight(self, placed: Placed) -> None:
        """The span's blocks changed: reformat the ones in view, the rest when seen."""
        blocks = self._blocks_of(placed)
        self._formatted.difference_update(blocks)
        if self._formatted_place != self._current_place():
            self._format_visible_blocks()  # the view moved since: check all it shows
            return
        document = self.document()
        for number in blocks:
            if number in self._visible_blocks:
                self._format_block(document.findBlockByNumber(number))
                self._formatted.add(number)

    def _current_place(self) -> tuple:
        viewport = self.viewport()
        return (
            self.firstVisibleBlock().blockNumber(),
            self.contentOffset().y(),
            viewport.height(),
            viewport.width(),
        )

    def _format_visible_blocks(self, *, unless_unmoved: bool = False) -> None:
        """Format the blocks in view that are not yet; `unless_unmoved` skips the check
        when the view shows the same place as at the last check (every paint asks)."""
        if not self._by_block and not self._formats_left:
            return
        place = self._current_place()
        if unless_unmoved and place == self._formatted_place:
            return
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        height = self.viewport().height()
        formatted = self._formatted
        first = number = block.blockNumber()
        while block.isValid():
            number = block.blockNumber()
            if number not in formatted:
                self._format_block(block)
                formatted.add(number)
            if self.blockBoundingGeometry(block).translated(offset).bottom() >= height:
                break
            block = block.next()
        self._formatted_place = place
        self._visible_blocks = range(first, number + 1)

    def _format_block(self, block: QTextBlock) -> None:
        """Set the block's formats from its spans (longest first, so shorter ones win)."""
        placed = sorted(self._by_block.get(block.blockNumber(), ()), key=longest_first)
        layout = block.layout()
        if not placed and not layout.formats():
            return  # nothing to draw, nothing to clear: no relayout
        block_start = block.position()
        block_end = block_start + block.length() - 1
        ranges = []
        for item in placed:
            start = max(item.qt_start, block_start)
            end = min(item.qt_end, block_end)
            if end > start:
                format_range = QTextLayout.FormatRange()
                format_range.start = start - block_start
                format_range.length = end - start
                format_range.format = self._format_for(item)
                ranges.append(format_range)
        layout.setFormats(ranges)
        self.document().markContentsDirty(block_start, block.length())

    def _format_for(self, placed: Placed, *, current: bool = False) -> QTextCharFormat:
        span = placed.span
        key = (span.color, span.style, current)
        cached = self._formats.get(key)
        if cached is not None:
            return cached
        colour = QColor(span.color)
        base = self.palette().color(QPalette.ColorRole.Base)
        char_format = QTextCharFormat()
        if span.style == "fill" or current:
            strength = 0.75 if current else 0.42
            char_format.setBackground(_mix(base, colour, strength))
        if span.style in ("underline", "outline") or current:
            char_format.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DashUnderline
                if span.style == "outline"
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            char_format.setUnderlineColor(colour.darker(140))
        if current:
            char_format.setFontWeight(QFont.Weight.DemiBold)
        self._formats[key] = char_format
        return char_format

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._formats.clear()  # light/dark switch: re-mix every colour with the new base
            self._formatted.clear()
            self._format_visible_blocks()
        super().changeEvent(event)

    # Where highlights are in view

    def visible_spans(self) -> list[tuple[Placed, int, int]]:
        """Spans in view with the y range (viewport coordinates) they occupy.

        Read from each visible block's line layout, not from a text cursor per span end:
        the margin asks on every paint, so on every key press.
        """
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        height = self.viewport().height()
        seen: dict[str, list] = {}
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if rect.top() > height:
                break
            block_start, block_end = block.position(), block.position() + block.length() - 1
            layout = block.layout()
            for placed in self._by_block.get(block.blockNumber(), ()):
                entry = seen.get(placed.span.annotation_id)
                if entry is None:
                    top = rect.top()
                    if placed.qt_start >= block_start:
                        top += layout.lineForTextPosition(placed.qt_start - block_start).y()
                    entry = seen[placed.span.annotation_id] = [placed, top, rect.bottom()]
                last = max(placed.qt_start, placed.qt_end - 1)
                if last <= block_end:
                    line = layout.lineForTextPosition(last - block_start)
                    entry[2] = rect.top() + line.y() + line.height()
                else:
                    entry[2] = rect.bottom()
            block = block.next()
        return [
            (placed, max(0, round(top)), min(height, round(bottom)))
            for placed, top, bottom in seen.values()
        ]

    def span_y_range(self, annotation_id: str) -> tuple[int, int] | None:
        """The y range (viewport coordinates) of an annotation, for drawing connectors.

        A span scrolled out of view gets a thin range just past the edge it lies beyond,
        so a connector to it leaves the pane in the right direction.
        """
        placed = self._placed.get(annotation_id)
        if placed is None:
            return None
        height = self.viewport().height()
        first_visible = self.firstVisibleBlock().blockNumber()
        blocks = self._blocks_of(placed)
        if blocks.stop - 1 < first_visible:
            return (-12, -4)
        last_visible = self.cursorForPosition(QPoint(self.viewport().width(), height))
        if placed.qt_start > last_visible.position():
            return (height + 4, height + 12)  # no layout work for text far below the view
        top = self._y_of(placed.qt_start, bottom=False)
        bottom = self._y_of(max(placed.qt_start, placed.qt_end - 1), bottom=True)
        return (top, max(top + 1, bottom))

    def span_extents(self) -> dict[str, tuple[int, int]]:
        """Each span's first and last character (Qt units), as `span_y_range` places it."""
        return {
            annotation_id: (placed.qt_start, max(placed.qt_start, placed.qt_end - 1))
            for annotation_id, placed in self._placed.items()
        }

    def visible_extent(self) -> tuple[int, int]:
        """Where the view starts and ends (Qt units): a span ending before the first is
        above it, one starting after the second below it (as `span_y_range` decides)."""
        viewport = self.viewport()
        last = self.cursorForPosition(QPoint(viewport.width(), viewport.height()))
        return self.firstVisibleBlock().position(), last.position()

    def _y_of(self, position: int, *, bottom: bool) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        return rect.bottom() if bottom else rect.top()


def _mix(base: QColor, colour: QColor, strength: float) -> QColor:
    return QColor(
        round(base.red() + (colour.red() - base.red()) * strength),
        round(base.green() + (colour.green() - base.green()) * strength),
        round(base.blue() + (colour.blue() - base.blue()) * strength),
    )
