"""A claim's story over time: its appearances in publication order, each with the figure
it gives and the day it was said, so "56 → 400 → more than 100 → about 50" reads at a glance.

The figure of an appearance is the first exact number in its quote (`analysis.figures`),
shown as written with its qualifier; vague figures ("hundreds") and percentages are shown
but not plotted. A point disagrees when its figure and the earliest plotted one cannot both
be true (`figure_ranges`: "400" agrees with an earlier "more than 100", "56" does not).
The day is read from the statement's sentence ("on Monday"; `analysis.said_on`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from claimdesk.db.analysis.figure_ranges import figures_agree
from claimdesk.db.analysis.figures import Figure, find_figures
from claimdesk.db.analysis.statement_dates import said_on
from claimdesk.db.claims.claim_overview import Appearance, ClaimOverview, claim_overview
from claimdesk.db.claims.claimants import Claimant
from claimdesk.db.storage.store import Store


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
    """Its figure cannot be true with the earliest plotted one (a contradiction to mark)."""
    claimant: str = ""
    """Who made the claim there: the appearance's own claimant, else the claim's own
    (`ClaimOverview.claimant`); "" when neither names one."""
    said_on: str = ""
    """The day the statement refers to, where its sentence says ("on Monday"); else ""."""


def claim_timeline(store: Store, claim_id: str) -> tuple[TimelinePoint, ...]:
    """One claim's timeline, read from the project (the app's Story timeline panel)."""
    overview = claim_overview(store, claim_id)
    texts = {a.article_id: store.article_text(a.article_id) for a in overview.appearances}
    return timeline_points(overview, texts, store.claimants_by_appearance())


def timeline_points(
    overview: ClaimOverview,
    texts: Mapping[str, str],
    named: Mapping[tuple[str, str], Claimant] | None = None,
) -> tuple[TimelinePoint, ...]:
    """One point per appearance, in publication order (undated ones last); `texts` are the
    articles' texts by id, where the day each statement refers to is read; `named` maps
    (claim id, annotation id) to the claimant that appearance names."""
    ordered = sorted(overview.appearances, key=lambda a: (not a.date, a.date))
    points: list[TimelinePoint] = []
    first: Figure | None = None
    for appearance in ordered:
        quote = appearance.annotation.quote
        numbers = [f for f in find_figures(quote, appearance.language) if f.kind == "number"]
        figure = numbers[0] if numbers else None
        shown = " ".join(quote[figure.start : figure.end].split()) if figure else ""
        value = _plottable(figure.value) if figure else None
        plotted = figure if value is not None else None
        first = first or plotted
        points.append(
            TimelinePoint(
                annotation_id=appearance.annotation.id,
                date=appearance.date,
                outlet=appearance.outlet or appearance.article_title,
                figure=shown,
                value=value,
                disagrees=_disagrees(plotted, first),
                said_on=_said_on(appearance, texts),
                claimant=_name(named, overview, appearance.annotation.id),
            )
        )
    return tuple(points)


def _disagrees(figure: Figure | None, first: Figure | None) -> bool:
    return figure is not None and first is not None and not figures_agree(figure, first)


def _name(
    named: Mapping[tuple[str, str], Claimant] | None, overview: ClaimOverview, member: str
) -> str:
    """The appearance's claimant wins; one naming nobody says who the claim names."""
    claimant = (named or {}).get((overview.claim.id, member)) or overview.claimant
    return claimant.name if claimant else ""


def _said_on(appearance: Appearance, texts: Mapping[str, str]) -> str:
    text = texts.get(appearance.article_id, "")
    annotation = appearance.annotation
    return (
        said_on(text, annotation.start, annotation.end, appearance.date, appearance.language) or ""
    )


def _plottable(value: str) -> Decimal | None:
    if value.endswith(("s", "%")):
        return None  # "hundreds", "12%": not on the same axis as a count
    return Decimal(value)
