"""`ArticleView`: one article's text, read-only but with a caret, and its highlights.

The public widget a pane shows, assembled from parts with one job each: placing the
highlights (`span_placement`), formatting the blocks in view and locating spans there
(`highlighted_text`, its base class), the margin of bars (`annotation_margin`), the pane's
single keys (`view_keys`) and hover text (`view_hover`). This module keeps what a caller
does with the view: set its text and spans, select, move the caret between annotations,
zoom, and the signals it emits.

Positions cross the Qt boundary through `OffsetMap` only: everything this widget emits
or accepts is in code points.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from .annotation_margin import AnnotationMargin
from .highlighted_text import HighlightedText
from .offsets import OffsetMap
from .span_placement import HighlightSpan, Placed, order_key
from .view_accessibility import AnnotationNames, describe_caret, no_names
from .view_hover import show_hover
from .view_keys import handle_pane_key
from .view_text_access import expose_text_in_code_points

__all__ = ["BASE_POINT_SIZE", "ArticleView", "HighlightSpan"]

BASE_POINT_SIZE = 11
_NEWLINE = re.compile("\n")


class ArticleView(HighlightedText):
    tag_key_pressed = Signal(int)  # 0-based index of the digit pressed (1 → 0)
    delete_requested = Signal(str)
    open_requested = Signal(str)
    link_key_pressed = Signal()
    other_end_requested = Signal()  # O: follow a link of the current annotation
    title_edit_requested = Signal()  # F2: edit the article's title in place
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
        self._current = ""
        self._zoom = 0
        self._hover_text: Callable[[str], str] = lambda annotation_id: ""
        self._names: AnnotationNames = no_names
        self._inner_links: list[tuple[str, str, str]] = []
        self._apply_font()
        self.margin = AnnotationMargin(self)
        self.setViewportMargins(self.margin.width_hint(), 0, 0, 0)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        expose_text_in_code_points(ArticleView)  # a screen reader counts characters

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
        self._describe_caret()

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

    def set_hover_text(self, describe: Callable[[str], str]) -> None:
        """Where hover text comes from (the workspace's mode); asked only when hovered."""
        self._hover_text = describe

    def set_annotation_names(self, names: AnnotationNames) -> None:
        """Who made an annotation and with which tag, for the screen reader's description
        of the annotation under the caret (`view_accessibility`)."""
        if names is not self._names:
            self._names = names
            self._describe_caret()

    def annotation_names(self) -> AnnotationNames:
        """Tag and annotator by annotation id (the screen reader's text attributes ask)."""
        return self._names

    def set_inner_links(self, links: list[tuple[str, str, str]]) -> None:
        """Links between two annotations of this article: (one end, other end, colour),
        drawn in the margin."""
        self._inner_links = links
        self.margin.update()

    def inner_links(self) -> list[tuple[str, str, str]]:
        return self._inner_links

    def describe(self, annotation_id: str) -> str:
        """The hover text of an annotation's span."""
        return self._hover_text(annotation_id)

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
            if span.annotation_id == self._current:
                self._describe_caret()  # its tag may have changed
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
        ordered = sorted(self._placed.values(), key=order_key)
        keys = [order_key(placed) for placed in ordered]
        current = self._placed.get(self._current)
        here = order_key(current) if current else (self.textCursor().position(), -1, "")
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
        """The pane's single keys, as the action registry declares them (`view_keys`)."""
        if not handle_pane_key(self, event):
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)  # what Qt sends for a ToolTip event
            cursor = self.cursorForPosition(
                help_event.pos() - QPoint(self.viewportMargins().left(), 0)
            )
            under = self.annotations_at(self._offsets.from_qt(cursor.position()))
            show_hover(self, help_event.globalPos(), under, self.describe)
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
        self._describe_caret()

    def _describe_caret(self) -> None:
        span = placed.span if (placed := self._placed.get(self._current)) else None
        if span is None and self._placed:  # just opened: the caret may rest on one
            under = self.annotations_at(self.caret_offset())
            span = under[0] if under else None
        describe_caret(self, self._names, span, self._text)


def _covers_selection(cursor: QTextCursor, placed: Placed) -> bool:
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
