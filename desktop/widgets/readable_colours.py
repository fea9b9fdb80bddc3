"""Colours that read on the window's background, light, dark or high contrast: chosen
from the palette rather than fixed, so a red meant for a white page (WCAG 2.5:1 on a dark
one) becomes a lighter red there."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

REDS = ("#c62828", "#ff6b6b", "#ff8a80")
"""Contradicting figures: the report's red on a light background, lighter ones on dark."""


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def disagreeing_colour(palette: QPalette) -> QColor:
    """The first red that reads (4.5:1) on the palette's window background."""
    background = palette.color(QPalette.ColorRole.Window)
    reds = [QColor(red) for red in REDS]
    return next((red for red in reds if contrast(red, background) >= 4.5), reds[-1])


def agreeing_colour(palette: QPalette) -> QColor:
    """The palette's link colour where it reads (3:1, as a graphic) on the background,
    else its text colour."""
    background = palette.color(QPalette.ColorRole.Window)
    link = palette.color(QPalette.ColorRole.Link)
    return link if contrast(link, background) >= 3 else palette.color(QPalette.ColorRole.WindowText)
