"""An article view's text, caret and selection as a screen reader counts them: in characters.

AT-SPI (and Orca) count code points; Qt's own interface for a `QPlainTextEdit` counts
UTF-16 units, so after an emoji its caret, its ranges and the character at an offset were
one off per emoji. This interface answers in code points, converting at the edge through
the view's `OffsetMap`; the five methods PySide6 cannot override from Python are answered
through `text_access_slots`. Where that is unsound (not Linux on x86-64), the view keeps
Qt's interface: consistent with itself, in UTF-16 units, which is also what Windows' and
macOS's screen readers count.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QObject, QPoint, QRect, QSize
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QColor,
    QFont,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QPlainTextEdit
from shiboken6 import VoidPtr

from .offsets import OffsetMap
from .span_placement import HighlightSpan
from .text_access_slots import Answer, Boundary, patch
from .view_accessibility import AnnotationNames

_NONE: Answer = ("", -1, -1)
_served_classes: list[type[QPlainTextEdit]] = []


def expose_text_in_code_points(view_class: type[QPlainTextEdit]) -> None:
    """Views of `view_class` (with `text()`) answer assistive technology in code points."""
    if view_class in _served_classes:
        return
    if not _served_classes:
        QAccessible.installFactory(_factory)
    _served_classes.append(view_class)


def _factory(key: str, watched: QObject) -> QAccessibleInterface | None:
    if not isinstance(watched, tuple(_served_classes)):
        return None
    view = cast(QPlainTextEdit, watched)
    text = ArticleText(view)
    if not patch(text, text):
        return None  # Qt's own interface, in UTF-16 units but true to itself
    return _ArticleAccessible(view, text)


class _ArticleAccessible(QAccessibleWidget):
    """The view as a read-only, multi-line text whose text interface is `ArticleText`."""

    def __init__(self, view: QPlainTextEdit, text: ArticleText):
        super().__init__(view, QAccessible.Role.EditableText)
        self._text = text

    def interface_cast(self, kind: QAccessible.InterfaceType) -> object:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface:
            return self._text
        found = super().interface_cast(kind)
        return found if found is not None else VoidPtr(0)  # None would not reach C++ as null

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = state.multiLine = state.selectableText = True
        return state


class ArticleText(QAccessibleTextInterface):
    """The text interface of one article view, every offset in code points."""

    def __init__(self, view: QPlainTextEdit):
        super().__init__()
        self._view: QPlainTextEdit | None = view
        self._text = ""
        self._map = OffsetMap("")
        view.destroyed.connect(self._release)

    def _release(self) -> None:
        self._view, self._text, self._map = None, "", OffsetMap("")

    def _current(self) -> tuple[QPlainTextEdit, str, OffsetMap]:
        view = self._view
        if view is None:
            raise LookupError("the article view is gone")
        text = view.text()  # type: ignore[attr-defined]
        if text is not self._text:
            self._text, self._map = text, OffsetMap(text)
        return view, self._text, self._map

    def _cursor(self, offset: int) -> QTextCursor:
        view, text, offsets = self._current()
        cursor = QTextCursor(view.document())
        cursor.setPosition(offsets.to_qt(min(max(offset, 0), len(text))))
        return cursor

    def _answer(self, start: int, end: int) -> Answer:
        """Qt positions `start`..`end` as the text between them and its code-point offsets."""
        _, text, offsets = self._current()
        if start < 0 or end < start:
            return _NONE
        first, last = offsets.from_qt(start), offsets.from_qt(end)
        return text[first:last], first, last

    # What QAccessibleTextInterface asks and PySide lets Python answer

    def characterCount(self) -> int:
        return len(self._current()[1])

    def text(self, start: int, end: int) -> str:
        text = self._current()[1]
        return text[max(start, 0) : len(text) if end < 0 else end]

    def cursorPosition(self) -> int:
        view, _, offsets = self._current()
        return offsets.from_qt(view.textCursor().position())

    def setCursorPosition(self, position: int) -> None:
        self._current()[0].setTextCursor(self._cursor(position))

    def selectionCount(self) -> int:
        return 1 if self._current()[0].textCursor().hasSelection() else 0

    def addSelection(self, start: int, end: int) -> None:
        self.setSelection(0, start, end)

    def removeSelection(self, index: int) -> None:
        view = self._current()[0]
        cursor = view.textCursor()
        cursor.clearSelection()
        view.setTextCursor(cursor)

    def setSelection(self, index: int, start: int, end: int) -> None:
        view, text, offsets = self._current()
        cursor = self._cursor(start)
        cursor.setPosition(
            offsets.to_qt(min(max(end, 0), len(text))), QTextCursor.MoveMode.KeepAnchor
        )
        view.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:
        view = self._current()[0]
        cursor = self._cursor(offset)
        here = view.cursorRect(cursor)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        after = view.cursorRect(cursor)
        width = after.x() - here.x() if after.y() == here.y() else 0
        width = width if width > 0 else view.fontMetrics().averageCharWidth()
        return QRect(view.viewport().mapToGlobal(here.topLeft()), QSize(width, here.height()))

    def offsetAtPoint(self, point: QPoint) -> int:
        view, _, offsets = self._current()
        inside = view.viewport().mapFromGlobal(point)
        if not view.viewport().rect().contains(inside):
            return -1
        return offsets.from_qt(view.cursorForPosition(inside).position())

    def scrollToSubstring(self, start: int, end: int) -> None:
        view = self._current()[0]
        cursor = self._cursor(start)
        if not view.viewport().rect().intersects(view.cursorRect(cursor)):
            # A plain text edit's scroll bar counts visual lines from the top.
            view.verticalScrollBar().setValue(cursor.block().firstLineNumber())

    # What `text_access_slots` asks on Qt's behalf

    def selection_range(self, index: int) -> tuple[int, int]:
        cursor = self._current()[0].textCursor()
        if index != 0 or not cursor.hasSelection():
            return -1, -1
        _, first, last = self._answer(cursor.selectionStart(), cursor.selectionEnd())
        return first, last

    def text_at(self, offset: int, boundary: Boundary) -> Answer:
        if not 0 <= offset < len(self._current()[1]):
            return _NONE
        return self._answer(
            *QAccessible.qAccessibleTextBoundaryHelper(self._cursor(offset), boundary)
        )

    def text_before(self, offset: int, boundary: Boundary) -> Answer:
        cursor = self._cursor(offset)
        start, _ = QAccessible.qAccessibleTextBoundaryHelper(cursor, boundary)
        cursor.setPosition(start)
        if not cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter):
            return _NONE
        return self._answer(*QAccessible.qAccessibleTextBoundaryHelper(cursor, boundary))

    def text_after(self, offset: int, boundary: Boundary) -> Answer:
        cursor = self._cursor(offset)
        _, end = QAccessible.qAccessibleTextBoundaryHelper(cursor, boundary)
        cursor.setPosition(end)
        while True:  # the first item starting where this one ends, or after
            start, after = QAccessible.qAccessibleTextBoundaryHelper(cursor, boundary)
            if start >= end and after > start:
                return self._answer(start, after)
            if not cursor.movePosition(QTextCursor.MoveOperation.NextCharacter):
                return _NONE

    def attribute_run(self, offset: int) -> Answer:
        """The attributes at `offset` and the run of characters sharing them (code points;
        -1 is the end, -2 the caret, as IAccessible2 asks), in Qt's "name:value;" form:
        the font, as Qt's own interface said it, then the annotation there: its
        highlight's colour and its tag (Qt's AT-SPI bridge passes on only the names it
        knows, so `tag` reaches this interface alone; the run's extent reaches both)."""
        view, text, offsets = self._current()
        offset = self.cursorPosition() if offset == -2 else offset
        offset = len(text) - 1 if offset in (-1, len(text)) else offset
        if not 0 <= offset < len(text):
            return _NONE
        font, start, end = _fragment_font(self._cursor(offset).block(), offsets.to_qt(offset))
        end = min(end, offsets.to_qt(len(text)))  # the last block's break is not text
        attributes = _font_attributes(font.resolve(view.document().defaultFont()))
        highlighted = cast(_Highlighted, view)
        covering, first, last = _annotation_run(
            highlighted.spans(), offset, offsets.from_qt(start), offsets.from_qt(end)
        )
        if fill := next((span for span in covering if span.style == "fill"), None):
            color = QColor(fill.color)
            attributes["background-color"] = f"rgb({color.red()},{color.green()},{color.blue()})"
        names = highlighted.annotation_names()
        if tags := [named[0] for span in covering if (named := names(span.annotation_id))]:
            attributes["tag"] = ", ".join(dict.fromkeys(tags))
        return "".join(f"{key}:{_value(value)};" for key, value in attributes.items()), first, last


def _annotation_run(
    spans: list[HighlightSpan], offset: int, first: int, last: int
) -> tuple[list[HighlightSpan], int, int]:
    """The spans covering `offset`, shortest (drawn on top) first, and the run within
    `first`..`last` where the same spans cover every character."""
    covering = sorted(
        (span for span in spans if span.start <= offset < span.end),
        key=lambda span: (span.end - span.start, span.start),
    )
    for span in spans:
        if span.start <= offset < span.end:
            first, last = max(first, span.start), min(last, span.end)
        elif span.end <= offset:
            first = max(first, span.end)
        else:
            last = min(last, span.start)
    return covering, first, last


class _Highlighted(Protocol):
    """What an article view tells of its highlights (`ArticleView`)."""

    def spans(self) -> list[HighlightSpan]: ...
    def annotation_names(self) -> AnnotationNames: ...


def _fragment_font(block: QTextBlock, position: int) -> tuple[QFont, int, int]:
    """The font of the block's fragment holding Qt `position`, and the fragment's extent
    within the block (Qt units), as Qt's own interface finds them; the line break ending
    the block belongs to its last fragment's run, not to a run of its own."""
    begin, end = block.position(), block.position() + block.length()
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        stop = min(fragment.position() + fragment.length(), end)
        stop = end if stop == end - 1 else stop  # the block's line break
        if fragment.position() <= position < stop:
            return fragment.charFormat().font(), max(fragment.position(), begin), stop
        fragments += 1
    return block.charFormat().font(), begin, end


def _font_attributes(font: QFont) -> dict[str, str]:
    """Qt's (IAccessible2's) names, which its AT-SPI bridge turns into AT-SPI's."""
    attributes = {}
    if family := (font.families() or [font.family()])[0]:
        attributes["font-family"] = f'"{family}"'
    if (size := round(font.pointSizeF())) > 0:
        attributes["font-size"] = f"{size}pt"
    attributes["font-weight"] = str(font.weight().value)  # numeric, as AT-SPI's weight is
    attributes["font-style"] = {
        QFont.Style.StyleItalic: "italic",
        QFont.Style.StyleOblique: "oblique",
    }.get(font.style(), "normal")
    return attributes


def _value(value: str) -> str:
    """Qt's AT-SPI bridge splits the string at every ';' and ':', and an empty value or a
    stray one breaks it: a name holding either keeps its look, not the character."""
    return value.replace(";", "\uff1b").replace(":", "\uff1a") or "-"
