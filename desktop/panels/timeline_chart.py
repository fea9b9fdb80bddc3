"""The Story timeline panel's chart: a claim's figures in publication order, drawn in the
window's own font at whatever size the panel has.

The published report draws the same figures as an SVG (`report.chart`) laid out for a
640-unit page; scaled down into a panel under the panes its labels were 5 px high. Here the
chart is laid out for its pixels instead: the text keeps the window's font size and only the
plot between the labels grows or shrinks. Contradicting figures are red, as in the report.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from claimdesk.db.report.timeline import TimelinePoint
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.locale_format import decimal, short_date

AGREES, DISAGREES = QColor("#1f4e79"), QColor("#c62828")
PLOT_MINIMUM = 36
"""The plot's least height, in pixels, between the figures above it and the labels under."""


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: tuple[TimelinePoint, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: tuple[TimelinePoint, ...]) -> bool:
        """Show the appearances that give a number; False (nothing to draw) under two."""
        self.points = tuple(point for point in points if point.value is not None)
        self.update()
        return len(self.points) >= 2

    def label_font(self) -> QFont:
        """Every label's font: the window's (the figures in bold)."""
        return self.font()

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(12 * line, 3 * line + PLOT_MINIMUM + 12)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(30 * line, 3 * line + 3 * PLOT_MINIMUM)

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self.points) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        top = max(float(point.value or 0) for point in self.points) * 1.15 or 1.0
        ticks = [decimal(top / 1.15 * share, 0) for share in (0.0, 0.5, 1.0)]
        left = max(metrics.horizontalAdvance(tick) for tick in ticks) + 8
        plot = QRectF(left, line + 6, self.width() - left - 6, self.height() - 3 * line - 12)
        text, axis = self.palette().color(QPalette.ColorRole.WindowText), QColor("#888")
        painter.setPen(QPen(axis))
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        painter.setPen(text)
        for share, tick in zip((0.0, 0.5, 1.0), ticks, strict=True):
            box = QRectF(0, y_of(top / 1.15 * share) - line / 2, left - 6, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tick)
        step = plot.width() / len(self.points)  # each point centred in its own column
        spots = [
            QPointF(plot.left() + step * (n + 0.5), y_of(float(point.value or 0)))
            for n, point in enumerate(self.points)
        ]
        painter.setPen(QPen(axis, 1.5, Qt.PenStyle.DashLine))
        painter.drawPolyline(spots)
        bold = QFont(self.font())
        bold.setBold(True)
        for spot, point in zip(spots, self.points, strict=True):
            color = DISAGREES if point.disagrees else AGREES
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(spot, 4, 4)
            if point.disagrees:
                painter.setPen(QPen(color))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(spot, 7, 7)
            column = QRectF(spot.x() - step / 2 + 2, 0, step - 4, line)
            painter.setFont(bold)
            painter.setPen(color)
            self._label(painter, column.translated(0, spot.y() - line - 6), point.figure)
            painter.setFont(self.font())
            painter.setPen(text)
            self._label(painter, column.translated(0, plot.bottom() + 4), point.outlet)
            date = short_date(point.date) or translate("TimelinePanel", "undated")
            self._label(painter, column.translated(0, plot.bottom() + 4 + line), date)
        painter.end()

    def _label(self, painter: QPainter, box: QRectF, text: str) -> None:
        """`text` centred in `box`, cut with "…" where the column is narrower."""
        shown = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, int(box.width())
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
