"""`ArticleView`: one article's text, read-only but with a caret, and its highlights.

Highlights are character formats set on each text block's layout from the spans indexed
under that block, and only for blocks that come into view: opening a 1 MB article formats
the screenful shown, not the whole document (a `QSyntaxHighlighter` would run over every
block first). Adding or removing one annotation reformats only the blocks it covers.
Shorter spans are set last, so they stay visible on top of longer ones; the margin
(`AnnotationMargin`) draws one bar per annotation beside the text.

Positions cross the Qt boundary through `OffsetMap` only: everything this widget emits
or accepts is in code points.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from operator import attrgetter
from typing import NamedTuple, cast

from PySide6.QtCore import QEvent, QKeyCombination, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.desktop.actions.actions import Scope, action, in_scope
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .offsets import OffsetMap
from .painting import fill

BASE_POINT_SIZE = 11
_NEWLINE = re.compile("\n")
MARGIN_LANE_WIDTH = 5
MARGIN_MAX_LANES = 6
_SHARED_LANE = MARGIN_MAX_LANES - 1
"""The margin's last lane: where a span goes when every lane before it is taken."""
_PANE_KEYS = in_scope(Scope.PANE)
"""The single keys a pane handles itself: portable key text → action id."""
_TAG_KEYS = action("pane.tag").keys


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


class _Placed:
    """A span in Qt units. Plain slots: one is built per annotation each time a pane opens."""

    __slots__ = ("lane", "qt_end", "qt_start", "span")

    def __init__(self, span: HighlightSpan, qt_start: int, qt_end: int, lane: int = 0):
        self.span = span
        self.qt_start = qt_start
        self.qt_end = qt_end
        self.lane = lane


def _longest_first(placed: _Placed) -> int:
    return placed.qt_start - placed.qt_end


_START = attrgetter("start")
_END = attrgetter("end")
_ID = attrgetter("annotation_id")
_BEYOND = 1 << 62
"""A position past the end of any text."""


class ArticleView(QPlainTextEdit):
    tag_key_pressed = Signal(int)  # 0-based index of the digit pressed (1 → 0)
    delete_requested = Signal(str)
    open_requested = Signal(str)
    link_key_pressed = Signal()
    current_annotation_changed = Signal(str)  # "" when the caret leaves every annotation
    scrolled = Signal()
    tag_menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        viewport = _python_made_viewport(self)
        self.setViewport(viewport)
        self.document().documentLayout().setPaintDevice(viewport)  # it kept Qt's, now gone
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self.setCenterOnScroll(False)
        self.setMouseTracking(True)
        self.document().setDocumentMargin(10)
        self._text = ""
        self._block_starts = [0]
        self._offsets = OffsetMap("")
        self._placed: dict[str, _Placed] = {}
        self._by_block: dict[int, list[_Placed]] = {}
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
        self._current = ""
        self._cycle_index = 0
        self._zoom = 0
        self._hover_text: Callable[[str], str] = lambda annotation_id: ""
        self._apply_font()
        self.margin = AnnotationMargin(self)
        self.setViewportMargins(self.margin.width_hint(), 0, 0, 0)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # Content

    def set_text(self, text: str, spans: list[HighlightSpan]) -> None:
        """Show plain text (never interpreted as markup) with its highlights, caret at the start."""
        self._text = text
        self._offsets = OffsetMap(text)
        self._current = ""
        self.setPlainText(text)
        self._formats_left = False  # a new layout carries no earlier highlights
        # Where each text block (paragraph) starts, in Qt units: block lookups by bisection.
        self._block_starts = [0] + [
            self._offsets.to_qt(match.end()) for match in _NEWLINE.finditer(text)
        ]
        self._replace_spans(spans)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._format_visible_blocks()
        self.margin.update()

    def set_spans(self, spans: list[HighlightSpan]) -> None:
        """Replace every highlight of the text shown, keeping the reader's place.

        The text is not laid out again: redrawing a 1 MB article after a colour change or
        an undo costs its highlights, not another 17 ms of layout and a jump to the top."""
        self._formats_left = self._formats_left or bool(self._by_block)
        self._replace_spans(spans)
        self._format_visible_blocks()
        if self._current in self._placed:
            self._show_current_outline()  # its colour or its extent may have changed
        else:
            self._on_cursor_moved()  # it is gone: the annotation under the caret, if any
        self.margin.update()

    def _replace_spans(self, spans: list[HighlightSpan]) -> None:
        """Place `spans`; blocks get their formats when next seen."""
        self.spans_version += 1
        self._placed = {}
        self._by_block = {}
        self._formatted = set()
        self._formatted_place = ()
        self._visible_blocks = range(0)
        with cyclic_gc_paused():  # 100,000 placements would set off collection passes
            self._place_all(spans)

    def set_hover_text(self, describe: Callable[[str], str]) -> None:
        """Where hover text comes from (the workspace's mode); asked only when hovered."""
        self._hover_text = describe

    def describe(self, annotation_id: str) -> str:
        """The hover text of an annotation's span."""
        return self._hover_text(annotation_id)

    def text(self) -> str:
        return self._text

    def spans(self) -> list[HighlightSpan]:
        return [placed.span for placed in self._placed.values()]

    def has_span(self, annotation_id: str) -> bool:
        return annotation_id in self._placed

    def add_span(self, span: HighlightSpan) -> None:
        placed = self._place(span)
        placed.lane = self._free_lane(placed)
        self._rehighlight(placed)
        self.margin.update()
        cursor = self.textCursor()
        if _covers_selection(cursor, placed):
            # Just tagged: drop the selection so the new highlight shows in its colour.
            cursor.setPosition(placed.qt_start)
            self.setTextCursor(cursor)
            self._set_current(span.annotation_id)

    def remove_span(self, annotation_id: str) -> None:
        placed = self._placed.pop(annotation_id, None)
        if placed is None:
            return
        self.spans_version += 1
        for number in self._blocks_of(placed):
            items = self._by_block.get(number, [])
            if placed in items:
                items.remove(placed)
        if self._current == annotation_id:
            self._set_current("")
        self._rehighlight(placed)
        self.margin.update()

    def update_span(self, span: HighlightSpan) -> None:
        old = self._placed.get(span.annotation_id)
        if old is not None and (old.span.start, old.span.end) == (span.start, span.end):
            old.span = span  # same place: only the look changed
            self._rehighlight(old)
            self.margin.update()
            return
        self.remove_span(span.annotation_id)
        self.add_span(span)

    # Selection and caret, in code points

    def selected_range(self) -> tuple[int, int] | None:
        """The selection without white space at its edges, or None when nothing is left."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        if end > start and self._offsets.to_qt(end) < cursor.selectionEnd():
            end += 1  # the selection ends inside a surrogate pair: take the whole character
        text = self._text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def caret_offset(self) -> int:
        return self._offsets.from_qt(self.textCursor().position())

    def set_caret(self, offset: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(offset))
        self.setTextCursor(cursor)

    def annotations_at(self, offset: int) -> list[HighlightSpan]:
        """Spans covering the character at `offset` (or ending right before the caret)."""
        position = self._offsets.to_qt(offset)
        block = self.document().findBlock(position).blockNumber()
        found = [
            p.span
            for p in self._by_block.get(block, [])
            if p.qt_start <= position < p.qt_end or p.qt_end == position > p.qt_start
        ]
        return sorted(found, key=lambda s: (s.end - s.start, s.start))

    def current_annotation(self) -> str:
        return self._current

    def set_current_annotation(self, annotation_id: str) -> None:
        placed = self._placed.get(annotation_id)
        if placed is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(placed.qt_start)
        self.setTextCursor(cursor)
        self.centerCursor()
        self._set_current(annotation_id)

    def step_annotation(self, step: int) -> None:
        """Move to the next (step 1) or previous (-1) annotation, wrapping at the ends."""
        if not self._placed:
            return
        ordered = sorted(self._placed.values(), key=_order_key)
        keys = [_order_key(placed) for placed in ordered]
        current = self._placed.get(self._current)
        here = _order_key(current) if current else (self.textCursor().position(), -1, "")
        index = bisect_right(keys, here) % len(keys) if step > 0 else bisect_left(keys, here) - 1
        self.set_current_annotation(ordered[index].span.annotation_id)

    def cycle_annotations_at_caret(self) -> None:
        under = self.annotations_at(self.caret_offset())
        if not under:
            return
        ids = [span.annotation_id for span in under]
        index = (ids.index(self._current) + 1) % len(ids) if self._current in ids else 0
        self._set_current(ids[index])

    # Zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = steps
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(6.0, BASE_POINT_SIZE + self._zoom))
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self.document().setDefaultFont(font)
        if hasattr(self, "margin"):
            self._format_visible_blocks()  # smaller text: more blocks in view
            self.margin.update()

    # Events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The pane's single keys, as the action registry declares them (`actions`)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key()))).toString(
            QKeySequence.SequenceFormat.PortableText
        )
        action_id = _PANE_KEYS.get(pressed, "")
        if action_id == "pane.tag":
            self.tag_key_pressed.emit(_TAG_KEYS.index(pressed))
        elif action_id == "pane.next":
            self.step_annotation(1)
        elif action_id == "pane.previous":
            self.step_annotation(-1)
        elif action_id == "pane.cycle":
            self.cycle_annotations_at_caret()
        elif action_id == "pane.link":
            self.link_key_pressed.emit()
        elif action_id == "pane.delete":
            if self._current:
                self.delete_requested.emit(self._current)
        elif action_id == "pane.open":
            self.open_requested.emit(self._current)
        elif action_id == "pane.escape" and self.textCursor().hasSelection():
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            event = cast(QHelpEvent, event)  # what Qt sends for a ToolTip event
            cursor = self.cursorForPosition(event.pos() - QPoint(self.viewportMargins().left(), 0))
            under = self.annotations_at(self._offsets.from_qt(cursor.position()))
            if under:
                QToolTip.showText(
                    event.globalPos(),
                    plain_tooltip("\n\n".join(self.describe(span.annotation_id) for span in under)),
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.tag_menu_requested.emit(event.globalPos())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.margin.setGeometry(
            QRect(rect.left(), rect.top(), self.margin.width_hint(), rect.height())
        )
        self._format_visible_blocks()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Scrolling, resizing and zooming format the blocks coming into view before the
        # paint; this catches any other way a block gets shown (one extra repaint then).
        self._format_visible_blocks(unless_unmoved=True)
        super().paintEvent(event)
        self.margin.update()

    # Internals

    def _on_scrolled(self) -> None:
        self._format_visible_blocks()
        self.margin.update()
        self.scrolled.emit()

    def _on_cursor_moved(self) -> None:
        if self._current:
            placed = self._placed.get(self._current)
            position = self.textCursor().position()
            if placed is not None and placed.qt_start <= position <= placed.qt_end:
                return
        under = self.annotations_at(self.caret_offset())
        self._set_current(under[0].annotation_id if under else "")

    def _set_current(self, annotation_id: str) -> None:
        if annotation_id == self._current:
            return
        self._current = annotation_id
        self._show_current_outline()  # an extra selection: block formats stay as they are
        self.current_annotation_changed.emit(annotation_id)

    def _show_current_outline(self) -> None:
        placed = self._placed.get(self._current)
        selections = []
        if placed is not None:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(placed.qt_start)
            cursor.setPosition(placed.qt_end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            char_format = QTextCharFormat(self._format_for(placed, current=True))
            selection.format = char_format
            selections.append(selection)
        self.setExtraSelections(selections)

    def _place(self, span: HighlightSpan) -> _Placed:
        length = self._offsets.length
        start, end = max(0, min(span.start, length)), max(0, min(span.end, length))
        placed = _Placed(span, self._offsets.to_qt(start), self._offsets.to_qt(end))
        self._placed[span.annotation_id] = placed
        for number in self._blocks_of(placed):
            self._by_block.setdefault(number, []).append(placed)
        return placed

    def _place_all(self, spans: list[HighlightSpan]) -> None:
        """`_place` for a whole article at once, the loop every pane opening runs: spans
        in text order (longest first at a start), each given the lowest margin lane free
        at its start (greedy interval colouring) and filed under the blocks it covers.

        Only the lanes the margin draws apart are tracked; a span finding them all taken
        goes to the last, which every deeper overlap shares. Lanes past it would be drawn
        there anyway, and tracking them made each placement cost grow with the overlap
        depth: 14 lanes to search with 100,000 highlights on one 1 MB article. Spans come
        in text order, so the paragraph each starts in is found by stepping forward, and
        the lookups by id are built in one pass at the end."""
        if not spans:
            return
        offsets = self._offsets
        length, to_qt, wide = offsets.length, offsets.to_qt, offsets.utf16_length != offsets.length
        block_starts = self._block_starts
        next_starts = [*block_starts[1:], _BEYOND]  # where the block after each one starts
        by_block: dict[int, list[_Placed]] = {}
        placed_in_order: list[_Placed] = []
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
                if lane < _SHARED_LANE:
                    lane_ends.append(end)
            placed = _Placed(span, start, end, lane)
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
        self._placed = dict(zip(map(_ID, ordered), placed_in_order, strict=True))
        self._by_block = by_block

    def _blocks_of(self, placed: _Placed) -> range:
        first = bisect_right(self._block_starts, placed.qt_start) - 1
        last = bisect_right(self._block_starts, max(placed.qt_start, placed.qt_end - 1)) - 1
        return range(first, last + 1)

    def _rehighlight(self, placed: _Placed) -> None:
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

    def _format_block(self, block) -> None:
        """Set the block's formats from its spans (longest first, so shorter ones win)."""
        placed = sorted(self._by_block.get(block.blockNumber(), ()), key=_longest_first)
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

    def _free_lane(self, new: _Placed) -> int:
        taken = {
            p.lane
            for number in self._blocks_of(new)
            for p in self._by_block.get(number, [])
            if p is not new and p.qt_start < new.qt_end and new.qt_start < p.qt_end
        }
        free = next(lane for lane in range(len(taken) + 1) if lane not in taken)
        return min(free, _SHARED_LANE)

    def _format_for(self, placed: _Placed, *, current: bool = False) -> QTextCharFormat:
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

    def visible_spans(self) -> list[tuple[_Placed, int, int]]:
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


class AnnotationMargin(QWidget):
    """A strip left of the text with one coloured bar per annotation, in lanes."""

    def __init__(self, view: ArticleView):
        super().__init__(view)
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def width_hint(self) -> int:
        return 4 + MARGIN_LANE_WIDTH * MARGIN_MAX_LANES

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fill(painter, event.rect(), self.palette().color(QPalette.ColorRole.Window))
        current = self._view.current_annotation()
        for placed, top, bottom in self._view.visible_spans():
            x = 2 + placed.lane * MARGIN_LANE_WIDTH
            colour = QColor(placed.span.color)
            if placed.span.annotation_id == current:
                colour = colour.darker(150)
            fill(painter, QRect(x, top, MARGIN_LANE_WIDTH - 1, max(2, bottom - top)), colour)
        painter.end()


def _mix(base: QColor, colour: QColor, strength: float) -> QColor:
    return QColor(
        round(base.red() + (colour.red() - base.red()) * strength),
        round(base.green() + (colour.green() - base.green()) * strength),
        round(base.blue() + (colour.blue() - base.blue()) * strength),
    )


def _covers_selection(cursor: QTextCursor, placed: _Placed) -> bool:
    """The selection is the new span plus, at most, the white space trimmed from its edges."""
    if not cursor.hasSelection():
        return False
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    return (
        start <= placed.qt_start
        and placed.qt_end <= end
        and (end - start) - (placed.qt_end - placed.qt_start)
        <= len(cursor.selectedText()) - len(cursor.selectedText().strip())
    )


def _order_key(placed: _Placed) -> tuple[int, int, str]:
    return (placed.qt_start, placed.qt_end, placed.span.annotation_id)


def _python_made_viewport(parent: QWidget) -> QWidget:
    """A viewport made the way Qt makes its own, but from Python.

    PySide wraps the first C++-made `QWidget` it is handed by walking, and building, every
    QtWidgets subclass to find its type: about 10 ms, which `viewport()` on Qt's own
    viewport paid at start-up. A widget made here already has its wrapper."""
    viewport = QWidget(parent)  # the parent owns it
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    viewport.setCursor(Qt.CursorShape.IBeamCursor)
    return viewport
