"""`AnnotationMargin`: the strip left of an article's text with one bar per annotation.

Its own widget so that it repaints without the text: the view updates it after every
scroll, caret move and highlight change, and it paints only the spans in view, in the
lanes `span_placement` gave them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from .painting import fill
from .span_placement import MARGIN_MAX_LANES

if TYPE_CHECKING:
    from .article_view import ArticleView

MARGIN_LANE_WIDTH = 5


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
