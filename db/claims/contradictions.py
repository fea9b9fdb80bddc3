"""Why a claim looks contradicted, kept as what it is rather than as a sentence: which
figures its appearances give and where, or who marked which appearance as contradicting
which. The window and the report word it in their own language from these fields; `str()`
is the English `claimdesk claims` prints and a figures note keeps (`figure_notes`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

FIGURES: Final = "figures"
DATES: Final = "dates"
MARKED: Final = "marked"


@dataclass(frozen=True, slots=True)
class FigureSide:
    """One account of a disputed figure: the words giving it, and where they appeared."""

    phrases: tuple[str, ...]
    """As the quote writes them ("about 50")."""
    outlet: str
    title: str
    """The article's title, cut short after a few words."""
    date: str
    """The article's date, ISO ("" when undated)."""

    @property
    def where(self) -> tuple[str, ...]:
        return tuple(part for part in (self.outlet, self.title, self.date) if part)

    def __str__(self) -> str:
        return f"{', '.join(self.phrases)} ({', '.join(self.where)})"


@dataclass(frozen=True, slots=True)
class Contradiction:
    """`kind` FIGURES or DATES: the appearances give figures (or dates) that cannot all be
    true, one `side` per distinct set; MARKED: `name` linked the appearance quoting `first`
    as contradicting the one quoting `second` (both cut short)."""

    kind: str
    sides: tuple[FigureSide, ...] = ()
    name: str = ""
    first: str = ""
    second: str = ""

    def __str__(self) -> str:
        if self.kind == MARKED:
            return f"{self.name} marked “{self.first}” as contradicting “{self.second}”"
        return f"{self.kind} differ: " + " vs ".join(str(side) for side in self.sides)
