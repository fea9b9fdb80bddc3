"""A claim's story over time: its appearances in publication order, each with the figure
it gives, so "56 → 400 → more than 100 → about 50" reads at a glance.

The figure of an appearance is the first exact number in its quote (`analysis.figures`),
shown as written with its qualifier; vague figures ("hundreds") and percentages are shown
but not plotted. A point disagrees when its value differs from the earliest plotted one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claimdesk.db.analysis.figures import find_figures
from claimdesk.db.claims.claim_overview import ClaimOverview


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    annotation_id: str
    date: str
    outlet: str
    figure: str
    """As the quote writes it, qualifier included ("more than 100"); "" for none."""
    value: Decimal | None
    """The number to plot; None when the quote gives no exact number."""
    disagrees: bool
    """Its value differs from the earliest plotted value (a contradiction to mark)."""
    claimant: str = ""
    """Who made the claim there, if the appearance names them."""


def timeline_points(overview: ClaimOverview) -> tuple[TimelinePoint, ...]:
    """One point per appearance, in publication order (undated ones last)."""
    ordered = sorted(overview.appearances, key=lambda a: (not a.date, a.date))
    points: list[TimelinePoint] = []
    first: Decimal | None = None
    for appearance in ordered:
        quote = appearance.annotation.quote
        numbers = [f for f in find_figures(quote) if f.kind == "number"]
        figure = numbers[0] if numbers else None
        shown = " ".join(quote[figure.start : figure.end].split()) if figure else ""
        value = _plottable(figure.value) if figure else None
        if first is None and value is not None:
            first = value
        points.append(
            TimelinePoint(
                annotation_id=appearance.annotation.id,
                date=appearance.date,
                outlet=appearance.outlet or appearance.article_title,
                figure=shown,
                value=value,
                disagrees=value is not None and first is not None and value != first,
            )
        )
    return tuple(points)


def _plottable(value: str) -> Decimal | None:
    if value.endswith(("s", "%")):
        return None  # "hundreds", "12%": not on the same axis as a count
    return Decimal(value)
