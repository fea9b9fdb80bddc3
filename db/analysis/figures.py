"""Numbers and dates in a passage, normalised so that two reports' figures can be compared.

"about 50", "four Americans", "1,000", "1.5 million", "January 14" and "2026-01-14" become
"50", "4", "1000", "1500000", "--01-14" and "2026-01-14"; so do "alrededor de 50",
"cuatro", "1.000", "1,5 millones" and "14 de enero" in a Spanish report (Portuguese and
French alike: `number_words` has their words). A qualifier just before a number ("about",
"más de"...) is kept for display and never changes the value; `figure_ranges` reads it as
the range the figure allows ("more than 100").
"""

from __future__ import annotations

from dataclasses import dataclass

from .figure_reader import FigureReader, reader_for
from .language import detect_language

__all__ = ["Figure", "figures_in", "find_figures"]


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


def figures_in(text: str, language: str | None = "en") -> tuple[str, ...]:
    """The distinct normalised figures of `text`, in order of appearance."""
    return tuple(dict.fromkeys(figure.value for figure in find_figures(text, language)))


def find_figures(text: str, language: str | None = "en") -> list[Figure]:
    """Every date and number in `text` as `language` writes them (None: the language the
    text itself is in); dates are claimed first, so "January 14" is no number."""
    reader = reader_for(language or detect_language(text))
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for start, end, value in reader.dates(text):
        figures.append(Figure(value, "date", start, end, ""))
        taken.append((start, end))
    for start, end, value in reader.numbers(text):
        if not any(s < end and start < e for s, e in taken):
            figures.append(_qualified(reader, text, start, end, value))
    return sorted(figures, key=lambda figure: figure.start)


def _qualified(reader: FigureReader, text: str, start: int, end: int, value: str) -> Figure:
    qualifier = reader.qualifier.search(text, max(0, start - 24), start)
    words = " ".join(qualifier.group().split()).lower() if qualifier else ""
    return Figure(value, "number", qualifier.start() if qualifier else start, end, words)
