"""Icons drawn with QPainter, in the palette's text colour.

An emoji or symbol as a button's "icon" is a missing-glyph box wherever the font lacks
it (the Link button showed "▯ Link" on a stock Linux), and an SVG costs the image plugin
at start; two rounded strokes cost nothing and follow the light or dark palette.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

SIZE = 32
"""Drawn at this size; Qt scales it to the toolbar's icon size."""


def drawn_icon(name: str, colour: QColor) -> QIcon:
    """The icon called `name` ("link")."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    {"link": _chain_link}[name](painter, colour)
    painter.end()
    return QIcon(pixmap)


def _chain_link(painter: QPainter, colour: QColor) -> None:
    """Two interlocking links of a chain, on the diagonal."""
    pen = QPen(colour, 3.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.translate(SIZE / 2, SIZE / 2)
    painter.rotate(-45)
    for left in (-13.0, -1.0):
        painter.drawRoundedRect(QRectF(left, -5.5, 14.0, 11.0), 5.5, 5.5)
