"""The Story timeline's chart in the dark palette and in high contrast: its points read on
the background (they were a fixed dark blue), contradicted figures stay red, and who said
each figure is shown (the report's chart names the claimant; the panel's did not)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPalette

from claimdesk.db.report.timeline import TimelinePoint
from claimdesk.desktop.high_contrast import high_contrast_palette
from claimdesk.desktop.panels.timeline_chart import TimelineChart
from claimdesk.desktop.widgets.readable_colours import contrast

Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#e8e8e8",
        Role.Base: "#1e1e1e",
        Role.Text: "#e8e8e8",
        Role.Link: "#7fb2ff",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


POINTS = (
    TimelinePoint("a1", "2026-03-03", "Harbour Gazette", "around 1,200", Decimal(1200), False,
                  claimant="Town council"),
    TimelinePoint("a2", "2026-03-04", "Coastline Daily", "more than 3,000", Decimal(3000), True,
                  claimant="Volunteer groups"),
)  # fmt: skip


def painted(qtbot, palette: QPalette) -> tuple[TimelineChart, QImage]:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    chart.resize(600, 160)
    chart.set_points(POINTS)
    return chart, chart.grab().toImage()


def point_colours(chart: TimelineChart, image: QImage) -> list[QColor]:
    """Each point's colour: the commonest coloured (not grey) pixel in its column, where
    its dot and figure are drawn."""
    colours = []
    for column in chart.columns:
        x = int(column.center().x())
        pixels = [image.pixelColor(x, y) for y in range(image.height())]
        coloured = Counter(c.rgb() for c in pixels if c.hsvSaturationF() > 0.3)
        colours.append(QColor.fromRgb(coloured.most_common(1)[0][0]))
    return colours


@pytest.mark.parametrize("palette", [dark_palette, high_contrast_palette])
def test_the_charts_points_read_on_a_dark_or_high_contrast_background(qtbot, palette):
    chart, image = painted(qtbot, palette())
    background = chart.palette().color(Role.Window)
    agrees, disagrees = point_colours(chart, image)
    assert contrast(agrees, background) >= 3
    assert contrast(disagrees, background) >= 4.5
    assert disagrees.hsvHue() < 15 or disagrees.hsvHue() > 345  # still red
    assert agrees.hsvHue() != disagrees.hsvHue()


def test_a_contradicted_figure_is_the_reports_red_in_the_light_palette(qtbot):
    light = QPalette()
    light.setColor(Role.Window, QColor("#efefef"))
    chart, image = painted(qtbot, light)
    assert point_colours(chart, image)[1] == QColor("#c62828")


def test_pointing_at_a_figure_says_who_said_it_where_and_when(qtbot):
    chart, _image = painted(qtbot, dark_palette())
    tip = chart.tooltip_at(QPointF(chart.columns[1].center().x(), 10))
    assert "more than 3,000" in tip
    assert "Volunteer groups" in tip
    assert "Coastline Daily" in tip


def test_the_chart_names_the_claimant_under_each_point_where_it_has_the_height(qtbot):
    chart, _image = painted(qtbot, dark_palette())
    assert chart.labels_under(chart.points[1])[:2] == ("Volunteer groups", "Coastline Daily")
    chart.resize(600, 4 * chart.fontMetrics().height() + 20)  # the plot would be squeezed
    assert chart.labels_under(chart.points[1])[0] == "Coastline Daily"
