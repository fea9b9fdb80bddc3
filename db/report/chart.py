"""The timeline as an inline SVG chart: no script, no file, no font to fetch, so the page
stays self-contained and prints as it shows. Every label is escaped (markupsafe), as the
outlet names and figures come from the project."""

from __future__ import annotations

from markupsafe import Markup

from claimdesk.db.report.labels import labels, written_date, written_number
from claimdesk.db.report.timeline import TimelinePoint

WIDTH, HEIGHT = 640, 240
_LEFT, _RIGHT, _TOP, _BOTTOM = 56, 24, 28, 72
_INSET = 60
"""Space between the axis and the first and last points, for their labels."""
_AGREE, _DISAGREE = "#1f4e79", "#c62828"
_CHAR_WIDTH = 0.62
"""A character's width, as a share of the font size, on average (for keeping labels in)."""


def chart_svg(points: tuple[TimelinePoint, ...], title: str, language: str = "") -> Markup:
    """The figures over time (publication order), contradicting ones in red, labelled in
    `language` (none: ISO dates, as the app's table beside it shows them); empty Markup
    when fewer than two appearances give a number."""
    plotted = [point for point in points if point.value is not None]
    if len(plotted) < 2:
        return Markup("")
    top = max(float(point.value or 0) for point in plotted) * 1.15 or 1.0
    inner_w, inner_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM
    step = (inner_w - 2 * _INSET) / (len(plotted) - 1)

    def y_of(value: float) -> float:
        return _TOP + inner_h - inner_h * value / top

    undated = labels(language or "en")["undated"]
    parts = [
        Markup(
            '<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" role="img"'
            ' viewBox="0 0 {w} {h}" width="{w}" height="{h}"><title>{t}</title>'
        ).format(w=WIDTH, h=HEIGHT, t=title),
        Markup('<line x1="{x}" y1="{y1}" x2="{x}" y2="{y2}" stroke="#888"/>').format(
            x=_LEFT, y1=_TOP, y2=_TOP + inner_h
        ),
        Markup('<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="#888"/>').format(
            x1=_LEFT, x2=_LEFT + inner_w, y=_TOP + inner_h
        ),
    ]
    for fraction in (0.0, 0.5, 1.0):
        value = top / 1.15 * fraction
        parts.append(
            Markup(
                '<text x="{x}" y="{y:.1f}" font-size="11" text-anchor="end" fill="#555">{v}</text>'
            ).format(x=_LEFT - 6, y=y_of(value) + 4, v=written_number(value, language or "en"))
        )
    coords = [(_LEFT + _INSET + step * i, y_of(float(p.value or 0))) for i, p in enumerate(plotted)]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    parts.append(
        Markup(
            '<polyline points="{p}" fill="none" stroke="#999" stroke-width="1.5"'
            ' stroke-dasharray="4 3"/>'
        ).format(p=path)
    )
    for (x, y), point in zip(coords, plotted, strict=True):
        color = _DISAGREE if point.disagrees else _AGREE
        parts.append(
            Markup('<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{c}"/>').format(x=x, y=y, c=color)
        )
        if point.disagrees:
            parts.append(
                Markup(
                    '<circle cx="{x:.1f}" cy="{y:.1f}" r="10" fill="none" stroke="{c}"/>'
                ).format(x=x, y=y, c=_DISAGREE)
            )
        parts.append(
            Markup(
                '<text x="{x:.1f}" y="{y:.1f}" font-size="13" font-weight="bold"'
                ' text-anchor="middle" fill="{c}">{f}</text>'
            ).format(x=_inside(x, point.figure, 13), y=y - 14, c=color, f=point.figure)
        )
        date = (written_date(point.date, language) if language else point.date) or undated
        lines = (point.claimant[:28], point.outlet[:28], date)
        for line, text in enumerate(label for label in lines if label):
            parts.append(
                Markup(
                    '<text x="{x:.1f}" y="{y}" font-size="11" text-anchor="middle"'
                    ' fill="#333">{t}</text>'
                ).format(x=_inside(x, text, 11), y=_TOP + inner_h + 18 + 14 * line, t=text)
            )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _inside(x: float, text: str, size: int) -> float:
    """Where to centre a label over its point: at the point, moved in as far as it takes for
    a long one ("Three hundred thousand") to stay inside the chart. Moved rather than
    anchored at an end, as "end" means the left edge in a right-to-left page."""
    half = len(text) * size * _CHAR_WIDTH / 2
    return min(max(x, half + 2), WIDTH - half - 2)
