"""Searching every live article: ranked by BM25, each with where its words are and a snippet.

The index says which articles match and how well; where in each text the words sit is
found here, in the folded text, so a result opens its article with the first hit
selected (offsets in code points, as everywhere).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimdesk.db.storage import search_index
from claimdesk.db.storage.store_base import StoreBase

from .folding import fold
from .query import Clause, Query, parse_query

MAX_RESULTS = 200
MAX_HITS = 100
CONTEXT = 60
"""Characters of text shown on each side of a snippet's first hit."""

Span = tuple[int, int]


@dataclass(frozen=True)
class SearchHit:
    """One matching article: `hits` in its text; `marks` place them in `snippet`."""

    article_id: str
    title: str
    score: float
    hits: tuple[Span, ...]
    snippet: str
    marks: tuple[Span, ...]

    def bracketed(self) -> str:
        """The snippet with each hit in [brackets], for plain-text displays."""
        pieces, last = [], 0
        for start, end in self.marks:
            pieces += [self.snippet[last:start], "[", self.snippet[start:end], "]"]
            last = end
        return "".join([*pieces, self.snippet[last:]])


@dataclass(frozen=True)
class SearchResults:
    """The best matches of `total`; `unindexed` articles (changed in a read-only project
    since its index was last brought up to date) were not searched."""

    total: int
    hits: tuple[SearchHit, ...]
    unindexed: int


def search_articles(
    store: StoreBase, text: str, limit: int = 20, *, catch_up: bool = True
) -> SearchResults:
    """The live articles matching `text`, best first (SearchQueryError if not understood).

    The index first catches up with changed articles, unless `catch_up` is False (a window
    that brings it up to date in the background meanwhile)."""
    query = parse_query(text)
    if catch_up:
        update_index(store)
    total, found = search_index.matching(store, query.fts(), min(limit, MAX_RESULTS))
    pattern = hit_pattern(query)
    hits = tuple(_hit(row.article_id, row.title, row.score, row.text, pattern) for row in found)
    return SearchResults(total, hits, search_index.pending(store))


def update_index(
    store: StoreBase,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Index the articles changed since the last search (all, after an upgrade)."""
    return search_index.catch_up(store, progress, cancelled)


def articles_to_index(store: StoreBase) -> int:
    """How many changed articles a search would index first."""
    return search_index.pending(store)


def hit_pattern(query: Query) -> re.Pattern[str]:
    """Where a clause to find may sit in folded text: a phrase's words in order, each whole
    at its end (its start is checked by `_hits`: a leading literal keeps the scan fast)."""
    clauses = sorted(query.clauses(), key=lambda clause: -len(" ".join(clause.tokens)))
    return re.compile("|".join(_clause_pattern(clause) for clause in clauses))


def _clause_pattern(clause: Clause) -> str:
    words = r"[\W_]+".join(re.escape(token) for token in clause.tokens)
    return words + (r"[^\W_]*" if clause.prefix else r"(?![^\W_])")


def _hit(
    article_id: str, title: str, score: float, text: str, pattern: re.Pattern[str]
) -> SearchHit:
    hits: list[Span] = []
    folded = fold(text)
    position = 0
    while len(hits) < MAX_HITS:
        match = pattern.search(folded, position)
        if match is None:
            break
        start = match.start()
        if start == 0 or not folded[start - 1].isalnum():
            hits.append(match.span())
            position = match.end()
        else:  # inside a longer word: look again one character on
            position = start + 1
    snippet, marks = _snippet(text, hits)
    return SearchHit(article_id, title, score, tuple(hits), snippet, marks)


def _snippet(text: str, hits: list[Span]) -> tuple[str, tuple[Span, ...]]:
    """About CONTEXT characters each side of the first hit, cut at spaces, on one line."""
    first = hits[0] if hits else (0, 0)
    start = max(0, first[0] - CONTEXT)
    end = min(len(text), first[1] + CONTEXT)
    if start > 0:
        space = text.find(" ", start, first[0])
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", first[1], end)
        end = space if space != -1 else end
    lead, tail = ("…" if start > 0 else ""), ("…" if end < len(text) else "")
    shown = lead + re.sub(r"\s", " ", text[start:end]) + tail
    marks = tuple(
        (a - start + len(lead), b - start + len(lead)) for a, b in hits if a >= start and b <= end
    )
    return shown, marks
