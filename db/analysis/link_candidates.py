"""What the link matchers share: a candidate pair of spans, which pairs are worth proposing,
and the caps that keep a search's memory bounded. Kept apart from the matchers so each of
them (repeated wording, figures) reads on its own."""

from __future__ import annotations

from dataclasses import dataclass

MAX_BUCKET = 400
"""Figures per counted noun (and sentences per indexed word and article) considered, so a
word like "people" cannot explode the pairs."""
CANDIDATE_CAP = 4000
"""Candidates of one kind kept while searching (the best by score): memory stays bounded
on long, repetitive articles, where pairs could otherwise number in the millions."""
_SHORT = 60

Span = tuple[str, int, int]  # article id, start, end


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    reason: str
    score: float
    first: Span
    second: Span


class InScope:
    def __init__(self, scope: set[str]):
        self.scope = scope

    def __call__(self, first: str, second: str) -> bool:
        """A pair worth proposing: two articles, at least one of them asked about."""
        return first != second and (first in self.scope or second in self.scope)


def short_quote(text: str) -> str:
    """The text on one line, cut at a word to fit a suggestion's reason."""
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[:_SHORT].rsplit(" ", 1)[0] + "…"
