"""Painting helpers shared by the widgets that draw their own highlights and bands."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath


def fill(painter: QPainter, shape: QRect | QPainterPath, colour: QColor) -> None:
    """Fill a rectangle or path with a colour, no outline.

    Not `fillRect` / `fillPath`: PySide resolves those overloads by building the QGradient
    type, 1.5 ms of the window's first frame. A pen-less brush draws the same pixels."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if isinstance(shape, QPainterPath):
        painter.drawPath(shape)
    else:
        painter.drawRect(shape)
