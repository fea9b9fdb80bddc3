"""The day a statement refers to, from its own sentence and the report's date.

Reports date events relative to themselves: "on Monday" in a report of Wednesday
14 January means Monday 12 January; "ayer" in one of 17 January means the 16th; "14 de
enero" takes the report's year. A story's figures move as much by when they were said as
by who said them (the AP report of 14 January quotes the government's 400 "Tuesday", the
report of the 17th its "more than 100" "on Monday"), so the timeline places each
statement on that day rather than on the day the report appeared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .figure_reader import reader_for
from .figures import find_figures

_SENTENCE_END = re.compile(r"[.!?\n]\s")
_REACH = 300
"""How far around a statement its sentence is looked for, in code points."""


def said_on(text: str, start: int, end: int, published: str, language: str = "en") -> str | None:
    """The ISO day the statement `text[start:end]` refers to, if its own sentence names
    one (another sentence's "on Monday" is another statement's)."""
    if _iso_date(published) is None:
        return None
    found = referred_date(_sentence(text, start, end), published, language)
    return found.day if found else None


def _sentence(text: str, start: int, end: int) -> str:
    """The span with the rest of its sentence on either side (at most `_REACH` each way)."""
    prefix, suffix = text[max(0, start - _REACH) : start], text[end : end + _REACH]
    starts = list(_SENTENCE_END.finditer(prefix))
    before = prefix[starts[-1].end() :] if starts else prefix
    stop = _SENTENCE_END.search(suffix)
    after = suffix[: stop.start() + 1] if stop else suffix
    return f"{before}{text[start:end]}{after}"


@dataclass(frozen=True, slots=True)
class ReferredDate:
    """An ISO date a passage refers to, and the words that say so."""

    day: str
    start: int
    end: int


def referred_date(text: str, published: str, language: str = "en") -> ReferredDate | None:
    """The first day `text` names, resolved against the report's `published` date (ISO);
    None when it names none (or only a weekday and the report has no date)."""
    anchor = _iso_date(published)
    explicit = (
        _explicit(figure.value, anchor, figure.start, figure.end)
        for figure in find_figures(text, language)
        if figure.kind == "date"
    )
    found = [item for item in explicit if item is not None]
    if anchor is not None:
        found.extend(_relative(text, anchor, language))
    return min(found, key=lambda item: item.start, default=None)


def _explicit(value: str, anchor: date | None, start: int, end: int) -> ReferredDate | None:
    """A date as written; one with no year takes the report's (or the year before, when
    that would put it months after the report: "28 December" in a January report)."""
    if not value.startswith("-"):
        return ReferredDate(value, start, end)
    if anchor is None:
        return None
    month, day = int(value[2:4]), int(value[5:7])
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None  # 30 February
        if candidate <= anchor + timedelta(days=31):
            return ReferredDate(candidate.isoformat(), start, end)
    return None


def _relative(text: str, anchor: date, language: str) -> list[ReferredDate]:
    pattern, weekdays, days_back = _relative_words(language)
    found = []
    for match in pattern.finditer(text):
        word = " ".join(match.group().lower().split())
        weekday = weekdays.get(word)
        back = days_back[word] if weekday is None else (anchor.weekday() - weekday) % 7
        found.append(ReferredDate((anchor - timedelta(days=back)).isoformat(), *match.span()))
    return found


@cache
def _relative_words(language: str) -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    words = reader_for(language).words
    weekdays = {
        spelling: number
        for number, spellings in enumerate(words.weekdays)
        for spelling in spellings.split()
    }
    alternatives = sorted([*weekdays, *words.days_back], key=len, reverse=True)
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, alternatives))})\b", re.IGNORECASE)
    return pattern, weekdays, dict(words.days_back)


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
