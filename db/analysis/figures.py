"""Numbers and dates in a passage, normalised so that two reports' figures can be compared.

"about 50", "four Americans", "1,000", "1.5 million", "January 14" and "2026-01-14" become
"50", "4", "1000", "1500000", "--01-14" and "2026-01-14". A qualifier just before a number
("about", "more than", "at least"...) is kept for display but never changes the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
WORD_VALUES: dict[str, int] = (
    {word: value for value, word in enumerate(_UNITS.split())} | _TENS | {"ninety": 90}
)
SCALES: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
}
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
QUALIFIERS = (
    "about|around|approximately|roughly|nearly|almost|over|under|more than|fewer than"
    "|less than|at least|at most|up to|some|only|just|as many as|as few as"
)

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORD = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_SCALE = "|".join(SCALES)
_DATE = re.compile(
    r"\b(?P<iso>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))\b"
    rf"|\b(?P<month>{_MONTH})\.?\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(?P<year>\d{{4}})\b)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<month2>{_MONTH})\b(?:,?\s(?P<year2>\d{{4}})\b)?",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?"
    rf"(?![\w]|,\d)(?:\s?(?P<percent>%|per\s?cent\b)|\s(?P<dscale>{_SCALE})\b)?"
    rf"|(?<!\bno\s)\b(?P<word>{_WORD})(?:[\s-](?P<word2>{_WORD}))?(?:\s(?P<wscale>{_SCALE})s?\b)?\b"
    rf"|\ban?\s(?P<ascale>{_SCALE})\b"
    rf"|\b(?P<plural>{_SCALE})s\b",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(rf"\b(?:{QUALIFIERS})\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure in a text: its normalised value, kind and where it is (qualifier included)."""

    value: str
    kind: str  # "number" or "date"
    start: int
    end: int
    qualifier: str

    @property
    def compared(self) -> str:
        """What two figures of one kind are compared on: a date's month and day."""
        return self.value[-5:] if self.kind == "date" else self.value


def figures_in(text: str) -> tuple[str, ...]:
    """The distinct normalised figures of `text`, in order of appearance."""
    return tuple(dict.fromkeys(figure.value for figure in find_figures(text)))


def find_figures(text: str) -> list[Figure]:
    """Every date and number in `text`, dates first claimed so "January 14" is no number."""
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        value: str | None = _date_value(match)
        if value:
            figures.append(Figure(value, "date", match.start(), match.end(), ""))
            taken.append(match.span())
    for match in _NUMBER.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        value = _number_value(match)
        if value is None:
            continue
        qualifier = _QUALIFIER.search(text, max(0, match.start() - 24), match.start())
        start = qualifier.start() if qualifier else match.start()
        words = " ".join(qualifier.group().split()).lower() if qualifier else ""
        figures.append(Figure(value, "number", start, match.end(), words))
    return sorted(figures, key=lambda figure: figure.start)


def _date_value(match: re.Match[str]) -> str:
    if match["iso"]:
        month, day = int(match["m"]), int(match["d"])
        year = match["y"]
    elif match["month2"] == "may":
        return ""  # "3 may have died": a verb, not a date
    else:
        name = (match["month"] or match["month2"]).lower()
        month, day = MONTHS[name], int(match["day"] or match["day2"])
        year = match["year"] or match["year2"] or "-"
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year}-{month:02d}-{day:02d}"


def _number_value(match: re.Match[str]) -> str | None:
    if match["digits"]:
        number = Decimal(match["digits"].replace(",", "") + "." + (match["fraction"] or "0"))
        if match["dscale"]:
            number *= SCALES[match["dscale"].lower()]
        return _plain(number) + ("%" if match["percent"] else "")
    if match["ascale"]:
        return str(SCALES[match["ascale"].lower()])
    if match["plural"]:
        return match["plural"].lower() + "s"
    value = WORD_VALUES[match["word"].lower()]
    if match["word2"]:
        second = WORD_VALUES[match["word2"].lower()]
        if value < 20 or second >= 10:
            return None  # "one two": a list, not "twenty-two"
        value += second
    if match["wscale"]:
        value *= SCALES[match["wscale"].lower()]
    return str(value)


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")
