"""The day a statement refers to, where its sentence says it: "on Monday", "Tuesday
afternoon", "yesterday", "January 13", resolved against the article's publication date.

A story's figures move as much by when they were said as by who said them: the AP report of
14 January quotes the government's 400 "Tuesday" (the 13th), the report of the 17th its
"more than 100" "on Monday" (the 12th). A weekday is the latest such day on or before the
article's date; a date without a year takes the article's year (the year before when that
would put it after the article). Nothing found, or no article date, is None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimdesk.db.analysis.figures import find_figures

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(yesterday|today)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_REACH = 300


def said_on(text: str, start: int, end: int, published: str) -> str | None:
    """The ISO date the statement `text[start:end]` refers to, if its sentence says one."""
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    sentence = _sentence(text, start, end)
    for figure in find_figures(sentence):
        if figure.kind == "date":
            return _dated(figure.value, day)
    if weekday := _WEEKDAY.search(sentence):
        back = (day.weekday() - WEEKDAYS.index(weekday.group(1).lower())) % 7
        return (day - timedelta(days=back)).isoformat()
    if relative := _RELATIVE.search(sentence):
        return (day - timedelta(days=relative.group(1).lower() == "yesterday")).isoformat()
    return None


def _sentence(text: str, start: int, end: int) -> str:
    """The span with the rest of its sentence on either side (at most 300 code points)."""
    prefix, suffix = text[max(0, start - _REACH) : start], text[end : end + _REACH]
    starts = list(_SENTENCE_END.finditer(prefix))
    before = prefix[starts[-1].end() :] if starts else prefix
    stop = _SENTENCE_END.search(suffix)
    after = suffix[: stop.start() + 1] if stop else suffix
    return f"{before}{text[start:end]}{after}"


def _dated(value: str, published: date) -> str | None:
    year, month, day = (
        value.split("-") if not value.startswith("--") else ("", *value[2:].split("-"))
    )
    try:
        if year and year != "-":
            return date(int(year), int(month), int(day)).isoformat()
        found = date(published.year, int(month), int(day))
        return (found if found <= published else found.replace(year=found.year - 1)).isoformat()
    except ValueError:
        return None
