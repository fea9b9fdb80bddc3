"""Searching every live article: ranked by BM25, each with where its words are and a snippet.

The index says which articles match and how well; where in each text the words sit is
found here, in the folded text, so a result opens its article with the first hit
selected (offsets in code points, as everywhere). Exact (case and accents as typed, as the
find bar's and the filters' Exact) takes the index's matches as candidates and keeps
those whose title or text holds the words as written, its hits found in the text itself;
for a common word it reads only so many candidates and says its total is "at least".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from claimdesk.db.storage import search_index
from claimdesk.db.storage.store_base import StoreBase

from .folding import fold
from .query import Clause, Query, parse_query

MAX_RESULTS = 200
MAX_HITS = 100
EXACT_CHUNK = 100
"""Candidates whose texts Exact reads at once."""
EXACT_COUNTED = 500
"""Candidates Exact reads at least before it stops at a full page with a total "at least"."""
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
    since its index was last brought up to date) were not searched; `more`: Exact stopped
    reading candidates, so `total` is only a lower bound."""

    total: int
    hits: tuple[SearchHit, ...]
    unindexed: int
    more: bool = False


def search_articles(
    store: StoreBase, text: str, limit: int = 20, *, catch_up: bool = True, exact: bool = False
) -> SearchResults:
    """The live articles matching `text`, best first (SearchQueryError if not understood);
    `exact`: only those holding the words with their case and accents as typed.

    The index first catches up with changed articles, unless `catch_up` is False (a window
    that brings it up to date in the background meanwhile)."""
    query = parse_query(text)
    if catch_up:
        update_index(store)
    limit = min(limit, MAX_RESULTS)
    if exact:
        return _exact_results(store, query, limit)
    total, found = search_index.matching(store, query.fts(), limit)
    pattern = hit_pattern(query.clauses())
    hits = tuple(_hit(row.article_id, row.title, row.score, row.text, pattern) for row in found)
    return SearchResults(total, hits, search_index.pending(store))


def _exact_results(store: StoreBase, query: Query, limit: int) -> SearchResults:
    """The index's candidates (folded), best first, that hold every group's words as
    written and none of the words left out. Texts are read a chunk at a time, those not
    holding the words as substrings sieved out in SQL; once the page is full and
    EXACT_COUNTED candidates are read, the total counts those read (`more`)."""
    groups = [hit_pattern(group, exact=True) for group in query.groups]
    left_out = hit_pattern(query.excluded, exact=True) if query.excluded else None
    pattern = hit_pattern(query.clauses(), exact=True)
    holding = [[clause.written for clause in group] for group in query.groups]
    total, hits, read = 0, list[SearchHit](), 0
    for chunk in _ranked_chunks(store, query.fts(leave_out=False), EXACT_COUNTED + limit):
        if len(hits) >= limit and read >= EXACT_COUNTED:
            return SearchResults(total, tuple(hits), search_index.pending(store), more=True)
        read += len(chunk)
        rows = search_index.written(store, [rowid for rowid, _ in chunk], holding)
        for rowid, score in chunk:
            if (row := rows.get(rowid)) is None:
                continue
            article_id, title, text = row
            if not all(_holds((title, text), group) for group in groups):
                continue
            if left_out is not None and _holds((title, text), left_out):
                continue
            total += 1
            if len(hits) < limit:
                hits.append(_hit(article_id, title, score, text, pattern, exact=True))
    return SearchResults(total, tuple(hits), search_index.pending(store))


def _ranked_chunks(
    store: StoreBase, expression: str, first: int
) -> Iterator[list[tuple[int, float]]]:
    """Exact's candidates best first, EXACT_CHUNK at a time; only the `first` are ranked
    until more are wanted (most searches stop within them; ranking a few costs less)."""
    ranked = search_index.ranked_rows(store, expression, limit=first)
    yield from _chunks(ranked)
    if len(ranked) == first:
        yield from _chunks(search_index.ranked_rows(store, expression, skip=first))


def _chunks(rows: list[tuple[int, float]]) -> Iterator[list[tuple[int, float]]]:
    return (rows[at : at + EXACT_CHUNK] for at in range(0, len(rows), EXACT_CHUNK))


def _holds(texts: Sequence[str], pattern: re.Pattern[str]) -> bool:
    return any(_next_hit(text, pattern, 0, exact=True) is not None for text in texts)


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


def hit_pattern(clauses: Sequence[Clause], *, exact: bool = False) -> re.Pattern[str]:
    """Where a clause may sit in folded text (`exact`: in the text as written): a phrase's
    words in order, each whole at its end (its start is checked by `_next_hit`: a leading
    literal keeps the scan fast)."""
    ordered = sorted(clauses, key=lambda clause: -len(" ".join(clause.tokens)))
    return re.compile("|".join(_clause_pattern(clause, exact) for clause in ordered))


def _clause_pattern(clause: Clause, exact: bool) -> str:
    tokens = clause.written if exact else clause.tokens
    words = r"[\W_]+".join(re.escape(token) for token in tokens)
    return words + (r"[^\W_]*" if clause.prefix else r"(?![^\W_])")


def _next_hit(
    seen: str, pattern: re.Pattern[str], position: int, *, exact: bool = False
) -> Span | None:
    """The next whole-word match of `pattern` in `seen` (a text, folded or as written) from
    `position`: a match inside a longer word is looked for again one character on. As
    written, an accent that follows as a combining mark is part of the word ("cafe" is not
    "cafe" + ◌́)."""
    while (match := pattern.search(seen, position)) is not None:
        start, end = match.span()
        inside = start > 0 and seen[start - 1].isalnum()
        if exact and end < len(seen) and unicodedata.combining(seen[end]):
            inside = True
        if not inside:
            return start, end
        position = start + 1
    return None


def _hit(
    article_id: str,
    title: str,
    score: float,
    text: str,
    pattern: re.Pattern[str],
    *,
    exact: bool = False,
) -> SearchHit:
    hits: list[Span] = []
    seen = text if exact else fold(text)  # fold keeps every character's place
    position = 0
    while len(hits) < MAX_HITS and (span := _next_hit(seen, pattern, position, exact=exact)):
        hits.append(span)
        position = span[1]
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
