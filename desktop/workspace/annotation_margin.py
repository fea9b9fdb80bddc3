"""`AnnotationMargin`: the strip left of an article's text with one bar per annotation,
and, at its right edge, the links between two annotations of the same article.

Its own widget so that it repaints without the text: the view updates it after every
scroll, caret move and highlight change, and it paints only the spans in view, in the
lanes `span_placement` gave them. A link inside the article is a bracket in its
relation's colour from one end to the other (leaving the strip towards an end scrolled
away): the gutters between panes draw only links between articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from .painting import fill
from .span_placement import MARGIN_MAX_LANES

if TYPE_CHECKING:
    from .article_view import ArticleView

MARGIN_LANE_WIDTH = 5
LINK_STRIP = 6
"""The margin's right edge, where links inside the article are drawn."""


class AnnotationMargin(QWidget):
    """A strip left of the text with one coloured bar per annotation, in lanes."""

    def __init__(self, view: ArticleView):
        super().__init__(view)
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def width_hint(self) -> int:
        return 4 + MARGIN_LANE_WIDTH * MARGIN_MAX_LANES + LINK_STRIP

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fill(painter, event.rect(), self.palette().color(QPalette.ColorRole.Window))
        current = self._view.current_annotation()
        visible = self._view.visible_spans()
        for placed, top, bottom in visible:
            x = 2 + placed.lane * MARGIN_LANE_WIDTH
            colour = QColor(placed.span.color)
            if placed.span.annotation_id == current:
                colour = colour.darker(150)
            fill(painter, QRect(x, top, MARGIN_LANE_WIDTH - 1, max(2, bottom - top)), colour)
        self._paint_inner_links(painter, {placed.span.annotation_id for placed, *_ in visible})
        painter.end()

    def _paint_inner_links(self, painter: QPainter, in_view: set[str]) -> None:
        view = self._view
        x = self.width() - LINK_STRIP // 2
        for source_id, target_id, colour in view.inner_links():
            if source_id not in in_view and target_id not in in_view:
                continue
            first, second = view.span_y_range(source_id), view.span_y_range(target_id)
            if first is None or second is None:
                continue  # an end this view does not draw (blind annotation, review)
            middles = sorted((sum(first) // 2, sum(second) // 2))
            pen = QPen(QColor(colour), 2)
            painter.setPen(pen)
            painter.drawLine(x, middles[0], x, middles[1])
            for y in middles:
                painter.drawLine(x - LINK_STRIP // 2, y, x, y)
