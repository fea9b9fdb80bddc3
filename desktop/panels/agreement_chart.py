"""A small grouped bar chart of agreement figures, painted directly (no chart library).

Cohen's kappa and Krippendorff's alpha can be negative, so the value axis runs from -1
when any figure is below zero, and a zero line is always drawn. An undefined figure
(None) gets no bar but a small "n/a" where it would stand, never a bar of height 0.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.locale_format import decimal

SERIES_COLORS = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2")
AXIS_WIDTH = 34
LEGEND_HEIGHT = 18
LABEL_HEIGHT = 18


def figure_text(value: float, places: int) -> str:
    """A figure as read, in the language's digits ("0,82" in Spanish): one that rounds to
    zero is "0.00", never "-0.00" (a kappa of -0.0004, or the -0.0 a subtraction can give,
    is no disagreement)."""
    rounded = round(value, places) + 0.0  # + 0.0 turns -0.0 into 0.0
    return decimal(rounded, places)  # in the language's digits and decimal sign


class AgreementChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.groups: list[str] = []
        self.series: list[tuple[str, list[float | None]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_data(self, groups: list[str], series: list[tuple[str, list[float | None]]]) -> None:
        """`groups` along the x axis (tags); `series` one bar per group each (pairs)."""
        self.groups, self.series = groups, series
        self.update()

    def low(self) -> float:
        values = [v for _, values in self.series for v in values if v is not None]
        return -1.0 if any(v < 0 for v in values) else 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text = palette.text().color()
        if not self.groups or not self.series:
            painter.setPen(text)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("AgreementChart", "No figures yet"),
            )
            painter.end()
            return
        plot = QRectF(
            AXIS_WIDTH,
            LEGEND_HEIGHT + 6,
            self.width() - AXIS_WIDTH - 8,
            self.height() - LEGEND_HEIGHT - LABEL_HEIGHT - 12,
        )
        low, high = self.low(), 1.0

        def y(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        self._draw_axis(painter, plot, low, y, text)
        group_width = plot.width() / len(self.groups)
        bar_width = max(2.0, group_width * 0.8 / len(self.series))
        for g, group in enumerate(self.groups):
            left = plot.left() + g * group_width + group_width * 0.1
            for s, (_, values) in enumerate(self.series):
                value = values[g] if g < len(values) else None
                x = left + s * bar_width
                if value is None:
                    painter.setPen(palette.placeholderText().color())
                    painter.drawText(
                        QRectF(x, y(0) - 16, bar_width, 14),
                        Qt.AlignmentFlag.AlignCenter,
                        translate("AgreementChart", "n/a"),
                    )
                    continue
                top, bottom = sorted((y(value), y(0)))
                colour = QColor(SERIES_COLORS[s % len(SERIES_COLORS)])
                painter.fillRect(QRectF(x, top, bar_width - 1, max(1.0, bottom - top)), colour)
                label = figure_text(value, 2)
                if painter.fontMetrics().horizontalAdvance(label) < bar_width:
                    above = y(value) - 15 if value >= 0 else y(value) + 1
                    painter.setPen(text)
                    painter.drawText(
                        QRectF(x, above, bar_width, 14), Qt.AlignmentFlag.AlignCenter, label
                    )
            painter.setPen(text)
            painter.drawText(
                QRectF(left - group_width * 0.1, plot.bottom() + 2, group_width, LABEL_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                painter.fontMetrics().elidedText(
                    group, Qt.TextElideMode.ElideRight, int(group_width) - 4
                ),
            )
        self._draw_legend(painter, text)
        painter.end()

    def _draw_axis(self, painter: QPainter, plot: QRectF, low: float, y, text: QColor) -> None:
        grid = QPen(QColor(text))
        grid.setWidthF(0.5)
        grid.setStyle(Qt.PenStyle.DotLine)
        ticks = (-1.0, -0.5, 0.0, 0.5, 1.0) if low < 0 else (0.0, 0.25, 0.5, 0.75, 1.0)
        for tick in ticks:
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y(tick)), QPointF(plot.right(), y(tick)))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y(tick) - 8, AXIS_WIDTH - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{tick:g}",
            )
        zero = QPen(text)
        zero.setWidthF(1.5)
        painter.setPen(zero)
        painter.drawLine(QPointF(plot.left(), y(0)), QPointF(plot.right(), y(0)))

    def _draw_legend(self, painter: QPainter, text: QColor) -> None:
        x = float(AXIS_WIDTH)
        metrics = painter.fontMetrics()
        for s, (name, _) in enumerate(self.series):
            painter.fillRect(QRectF(x, 5, 10, 10), QColor(SERIES_COLORS[s % len(SERIES_COLORS)]))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, 14), name)
            x += 14 + metrics.horizontalAdvance(name) + 16
