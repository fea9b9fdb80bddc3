"""Connectors between side-by-side panes, as visual diff tools join matching chunks.

Each splitter handle between two panes draws a band from every linked highlight in view
on its left to the highlight it is linked with on its right, and back, coloured by
relation; contradictions are drawn heavier, in red, with a ≠ badge. Bands follow
scrolling because the handle is repainted whenever either pane scrolls. Clicking a band
selects that link; elsewhere the handle still resizes the panes. Which bands to draw comes
from `link_bands`, so a frame costs the links in view, not all the links.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QToolTip, QWidget

from claimdesk.desktop.commands.relation_names import relation_name
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .link_bands import Connector, ConnectorIndex
from .painting import fill

if TYPE_CHECKING:
    from .article_pane import ArticlePane

RELATION_COLOURS: dict[str, str] = {
    "same_claim": "#2f6fb3",
    "supports": "#2e8b57",
    "contradicts": "#d0312d",
    "related": "#8a8a8a",
}
RELATION_BADGES: dict[str, str] = {"same_claim": "=", "contradicts": "≠"}
GUTTER_WIDTH = 40


class LinkSplitter(QSplitter):
    """A splitter whose handles draw the links between the panes on either side."""

    link_clicked = Signal(str)  # link id

    def __init__(
        self,
        connectors: Callable[[QWidget, QWidget], list[Connector]],
        parent: QWidget | None = None,
    ):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.connectors = connectors
        """Given the panes left and right of a handle, the links to draw between them.
        While it returns the same list, the handle keeps its index of that list."""
        self.emphasised: set[str] = set()
        """Links touching the current annotation: drawn stronger."""
        self.selected_link = ""
        self.setHandleWidth(GUTTER_WIDTH)

    def createHandle(self) -> QSplitterHandle:
        return LinkHandle(self.orientation(), self)

    def update_connectors(self) -> None:
        for index in range(1, self.count()):
            self.handle(index).update()


class LinkHandle(QSplitterHandle):
    def __init__(self, orientation: Qt.Orientation, splitter: LinkSplitter):
        super().__init__(orientation, splitter)
        self.setMouseTracking(True)
        self._bands: list[tuple[QPainterPath, Connector]] = []
        self._indexed: tuple[list[Connector], ConnectorIndex] | None = None

    def panes(self) -> tuple[ArticlePane, ArticlePane] | None:
        splitter = self.splitter()
        index = splitter.indexOf(self)
        if index < 1 or index >= splitter.count():
            return None
        # The workspace puts an article pane on each side of every handle.
        left, right = splitter.widget(index - 1), splitter.widget(index)
        return cast("ArticlePane", left), cast("ArticlePane", right)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill(painter, self.rect(), self.palette().color(QPalette.ColorRole.Window))
        self._bands = self._layout_bands()
        splitter = cast(LinkSplitter, self.splitter())
        # Quiet relations first, so contradictions and the selection end up on top.
        order = {"related": 0, "supports": 1, "same_claim": 2, "contradicts": 3}
        for path, connector in sorted(
            self._bands,
            key=lambda band: (
                band[1].link.id == splitter.selected_link,
                band[1].link.id in splitter.emphasised,
                order.get(band[1].link.relation, 0),
            ),
        ):
            self._paint_band(painter, path, connector, splitter)
        painter.end()

    def _paint_band(
        self, painter: QPainter, path: QPainterPath, connector: Connector, splitter: LinkSplitter
    ) -> None:
        relation = connector.link.relation
        colour = QColor(RELATION_COLOURS.get(relation, "#8a8a8a"))
        strong = (
            connector.link.id == splitter.selected_link or connector.link.id in splitter.emphasised
        )
        contradiction = relation == "contradicts"
        tint = QColor(colour)
        tint.setAlpha(150 if strong else 95 if contradiction else 55)
        fill(painter, path, tint)
        pen = QPen(colour.darker(115), 2.4 if strong or contradiction else 1.2)
        if connector.link.id == splitter.selected_link:
            pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidthF(2.6)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        badge = RELATION_BADGES.get(relation)
        if badge and path.boundingRect().height() < self.height() * 3:
            centre = path.pointAtPercent(0.25)
            centre = QPointF(self.width() / 2, (centre.y() + path.pointAtPercent(0.75).y()) / 2)
            radius = 7.5
            painter.setBrush(colour)
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.drawEllipse(centre, radius, radius)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                badge,
            )

    def drawn_bands(self) -> list[tuple[QPainterPath, Connector]]:
        """The bands the gutter draws now, each with the link it shows."""
        return self._layout_bands()

    def _layout_bands(self) -> list[tuple[QPainterPath, Connector]]:
        panes = self.panes()
        if panes is None:
            return []
        left, right = panes
        splitter = cast(LinkSplitter, self.splitter())
        bands = []
        width = float(self.width())
        drawn: set[tuple] = set()
        connectors = self._connectors_to_draw(left, right)
        # Each end placed once: a highlight may have 1,000 links.
        left_ranges = {end: self._y_range(left, end) for end in {c.left_id for c in connectors}}
        right_ranges = {end: self._y_range(right, end) for end in {c.right_id for c in connectors}}
        for connector in connectors:
            left_range = left_ranges[connector.left_id]
            right_range = right_ranges[connector.right_id]
            if left_range is None or right_range is None:
                continue
            # Ends out of view sit just past the edge: a highlight with 1,000 links to text
            # below the other pane would draw 1,000 bands of one shape (0.9 s a frame).
            link_id = connector.link.id
            look = (link_id == splitter.selected_link, link_id in splitter.emphasised)
            shape = (left_range, right_range, connector.link.relation, look)
            if shape in drawn:
                continue
            drawn.add(shape)
            bands.append((_band(width, left_range, right_range), connector))
        return bands

    def _connectors_to_draw(self, left: ArticlePane, right: ArticlePane) -> list[Connector]:
        """The links of the highlights in view, those drawn stronger, and the crossings."""
        splitter = cast(LinkSplitter, self.splitter())
        connectors = splitter.connectors(left, right)
        if self._indexed is None or self._indexed[0] is not connectors:
            self._indexed = (connectors, ConnectorIndex(connectors, left.view, right.view))
        index = self._indexed[1]
        in_view = [
            placed.span.annotation_id
            for pane in (left, right)
            for placed, _top, _bottom in pane.view.visible_spans()
        ]
        chosen = {connector.link.id: connector for connector in index.touching(in_view)}
        for link_id in (*splitter.emphasised, splitter.selected_link):
            if link_id in index.by_link:
                chosen[link_id] = index.by_link[link_id]
        for connector in index.crossing(left.view, right.view):
            chosen.setdefault(connector.link.id, connector)
        return list(chosen.values())

    def _y_range(self, pane: ArticlePane, annotation_id: str) -> tuple[float, float] | None:
        view = pane.view
        span = view.span_y_range(annotation_id)
        if span is None:
            return None
        viewport = view.viewport()
        top = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, span[0]))).y()
        bottom = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, span[1]))).y()
        return float(top), float(bottom)

    def _band_at(self, position: QPointF) -> Connector | None:
        self._bands = self._layout_bands()  # links may have changed since the last paint
        for path, connector in reversed(self._bands):
            if path.contains(position):
                return connector
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        connector = self._band_at(event.position())
        if connector is not None and event.button() == Qt.MouseButton.LeftButton:
            splitter = cast(LinkSplitter, self.splitter())
            splitter.link_clicked.emit(connector.link.id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() == Qt.MouseButton.NoButton:
            connector = self._band_at(event.position())
            if connector is not None:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
                relation = relation_name(connector.link.relation)
                text = translate("LinkGutter", "{relation} — click to select").format(
                    relation=relation
                )
                if connector.link.note:
                    text += f"\n{connector.link.note}"
                QToolTip.showText(event.globalPosition().toPoint(), plain_tooltip(text), self)
            else:
                self.setCursor(Qt.CursorShape.SplitHCursor)
                QToolTip.hideText()
        super().mouseMoveEvent(event)


def _band(width: float, left: tuple[float, float], right: tuple[float, float]) -> QPainterPath:
    """A ribbon from a y range on the left edge to one on the right, with eased sides."""
    half = width / 2
    path = QPainterPath(QPointF(0, left[0]))
    path.cubicTo(QPointF(half, left[0]), QPointF(half, right[0]), QPointF(width, right[0]))
    path.lineTo(QPointF(width, right[1]))
    path.cubicTo(QPointF(half, right[1]), QPointF(half, left[1]), QPointF(0, left[1]))
    path.closeSubpath()
    return path
