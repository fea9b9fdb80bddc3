"""Whether two figures can both be true: a hedged figure is a range, not a point.

"more than 100" allows anything above 100, so the government's "400" agrees with it while
Foro Penal's "56" does not; "at least three", "up to 200" and "fewer than 10" are bounds
alike; "about 50" and "nearly 60" are a band of `BAND` around (or just below) the number,
so "about 50" still disagrees with "56". Unhedged numbers and dates must be equal. This is
the one rule the claims panel's "figures differ" and the story timeline share.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .figures import Figure
from .number_words import ABOUT, ABOVE, AT_LEAST, AT_MOST, BELOW, HEDGES, NEARLY, strip_accents

__all__ = ["BAND", "FigureRange", "figure_range", "figures_agree"]

BAND = Decimal("0.1")
"""How far "about N" reaches either side of N (and "nearly N" below it), as a share of N."""


@dataclass(frozen=True, slots=True)
class FigureRange:
    """The values a figure allows; None for no bound on that side."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False
    unit: str = ""  # "%" for a percentage: never compared with a count


def figure_range(figure: Figure) -> FigureRange | None:
    """The range a number allows ("more than 100": above 100); None for a date or a vague
    plural ("hundreds"), which are no range."""
    return _range(figure.kind, figure.value, figure.qualifier)


@lru_cache(maxsize=4096)
def _range(kind: str, value: str, qualifier: str) -> FigureRange | None:
    """`figure_range` by what decides it: read once per figure, not once per pair of the
    suggestions' figure candidates (`figures_agree`)."""
    if kind != "number" or value.endswith("s"):
        return None
    unit = "%" if value.endswith("%") else ""
    n = Decimal(value.rstrip("%"))
    bound = HEDGES.get(strip_accents(qualifier), "")
    if bound == ABOVE:
        return FigureRange(n, None, low_open=True, unit=unit)
    if bound == AT_LEAST:
        return FigureRange(n, None, unit=unit)
    if bound == BELOW:
        return FigureRange(None, n, high_open=True, unit=unit)
    if bound == AT_MOST:
        return FigureRange(None, n, unit=unit)
    if bound == ABOUT:
        return FigureRange(n - n * BAND, n + n * BAND, unit=unit)
    if bound == NEARLY:
        return FigureRange(n - n * BAND, n, unit=unit)
    return FigureRange(n, n, unit=unit)


def figures_agree(one: Figure, other: Figure) -> bool:
    """Whether both can be true: dates on the same day, numbers whose ranges overlap."""
    if one.kind != other.kind:
        return False
    first, second = figure_range(one), figure_range(other)
    if first is None or second is None:
        return one.compared == other.compared
    return first.unit == second.unit and _overlap(first, second)


def _overlap(first: FigureRange, second: FigureRange) -> bool:
    lows = [(r.low, r.low_open) for r in (first, second) if r.low is not None]
    highs = [(r.high, r.high_open) for r in (first, second) if r.high is not None]
    if not lows or not highs:
        return True
    low = max(value for value, _ in lows)
    high = min(value for value, _ in highs)
    if low != high:
        return low < high
    open_at = any(o for v, o in lows if v == low) or any(o for v, o in highs if v == high)
    return not open_at
