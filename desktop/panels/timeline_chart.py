"""The Story timeline panel's chart: a claim's figures in publication order, drawn in the
window's own font at whatever size the panel has.

The published report draws the same figures as an SVG (`report.chart`) laid out for a
640-unit page; scaled down into a panel under the panes its labels were 5 px high. Here the
chart is laid out for its pixels instead: the text keeps the window's font size and only the
plot between the labels grows or shrinks. Contradicting figures are red, as in the report.

Its colours come from the window's palette (light, dark or high contrast): the agreeing
points in the palette's link colour, the contradicting ones in the first red that reads on
the background. Who said each figure is a line under the outlet where the plot keeps its
least height, and always in the point's tooltip.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from claimdesk.db.report.timeline import TimelinePoint
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.locale_format import decimal, short_date
from claimdesk.desktop.widgets.plain_text import plain_tooltip
from claimdesk.desktop.widgets.readable_colours import agreeing_colour, disagreeing_colour

PLOT_MINIMUM = 36
"""The plot's least height, in pixels, between the figures above it and the labels under."""


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: tuple[TimelinePoint, ...] = ()
        self._said = False  # whether any point names who said it
        self.columns: list[QRectF] = []
        """Each point's column, as last painted: where its tooltip is asked for."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: tuple[TimelinePoint, ...]) -> bool:
        """Show the appearances that give a number; False (nothing to draw) under two."""
        self.points = tuple(point for point in points if point.value is not None)
        self._said = any(point.claimant for point in self.points)
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
        under = len(self.labels_under(self.points[0]))
        plot = QRectF(
            left, line + 6, self.width() - left - 6, self.height() - (under + 1) * line - 12
        )
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        axis = QColor(text)
        axis.setAlphaF(0.55)  # grey on any background
        agrees, disagrees = agreeing_colour(palette), disagreeing_colour(palette)
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
        self.columns = []
        for spot, point in zip(spots, self.points, strict=True):
            color = disagrees if point.disagrees else agrees
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(spot, 4, 4)
            if point.disagrees:
                painter.setPen(QPen(color))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(spot, 7, 7)
            column = QRectF(spot.x() - step / 2 + 2, 0, step - 4, line)
            self.columns.append(QRectF(column.left(), 0, column.width(), self.height()))
            painter.setFont(bold)
            painter.setPen(color)
            self._label(painter, column.translated(0, spot.y() - line - 6), point.figure)
            painter.setFont(self.font())
            painter.setPen(text)
            for n, label in enumerate(self.labels_under(point)):
                self._label(painter, column.translated(0, plot.bottom() + 4 + n * line), label)
        painter.end()

    def labels_under(self, point: TimelinePoint) -> tuple[str, ...]:
        """The lines under a point at the chart's height: who said it (where any point
        names someone and the plot keeps its least height), the outlet, the date."""
        date = short_date(point.date) or translate("TimelinePanel", "undated")
        room = self.height() - 4 * self.fontMetrics().height() - 12 >= PLOT_MINIMUM
        said = self._said and room
        return (point.claimant or "—", point.outlet, date) if said else (point.outlet, date)

    def tooltip_at(self, position: QPointF) -> str:
        """The figure under `position` in full: who said it, where and when."""
        for column, point in zip(self.columns, self.points, strict=False):
            if column.contains(position):
                said = translate("TimelinePanel", "Said by {claimant}").format(
                    claimant=point.claimant
                )
                date = short_date(point.date) or translate("TimelinePanel", "undated")
                lines = (point.figure, said if point.claimant else "", point.outlet, date)
                return "\n".join(line for line in lines if line)
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            tip = self.tooltip_at(QPointF(help_event.pos()))
            if tip:
                QToolTip.showText(help_event.globalPos(), plain_tooltip(tip), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _label(self, painter: QPainter, box: QRectF, text: str) -> None:
        """`text` centred in `box`, cut with "…" where the column is narrower."""
        shown = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, int(box.width())
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
