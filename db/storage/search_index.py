"""The full-text index over live articles (`article_search`, FTS5): its SQL, and no more.

Triggers on `articles` queue changed rowids in `article_search_queue` (a trigger may not
write an FTS5 table while `trusted_schema` is OFF); `catch_up` brings the index in step,
a chunk per transaction, before a search answers. Queries take an FTS5 expression that
`db/search/query.py` builds from the user's words, never the user's text itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimdesk.db.messages import message

from .errors import ValidationError
from .store_base import StoreBase

CHUNK = 500
"""Articles indexed per transaction: a cancel or another program waits at most one chunk."""

# Title words weigh more than body words (bm25 takes one weight per column, id included).
_RANK = "bm25(article_search, 0.0, 4.0, 1.0)"


@dataclass(frozen=True)
class IndexedArticle:
    """One article the index matched: its id, title, text and BM25 score (lower is better)."""

    article_id: str
    title: str
    text: str
    score: float


def pending(store: StoreBase) -> int:
    """How many changed articles the index has not caught up with yet."""
    return store._count("SELECT count(*) FROM article_search_queue")


def catch_up(
    store: StoreBase,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Index every queued article (or drop it, if deleted); returns how many were done.

    A read-only project is searched as its index stands (see `pending`)."""
    if store.readonly:
        return 0
    total, done = pending(store), 0
    while done < total and not (cancelled and cancelled()):
        with store.transaction():
            rowids = [row[0] for row in store._rows(
                "SELECT article_rowid FROM article_search_queue LIMIT ?", (CHUNK,))]  # fmt: skip
            if not rowids:
                break
            marks = ", ".join("?" * len(rowids))
            store.conn.execute(f"DELETE FROM article_search WHERE rowid IN ({marks})", rowids)
            store.conn.execute(
                "INSERT INTO article_search (rowid, article_id, title, text)"
                f" SELECT rowid, id, title, text FROM articles WHERE rowid IN ({marks})"
                " AND deleted = 0",
                rowids,
            )
            store.conn.execute(
                f"DELETE FROM article_search_queue WHERE article_rowid IN ({marks})", rowids
            )
        done += len(rowids)
        if progress:
            progress(min(done, total), total)
    return done


def matching(store: StoreBase, expression: str, limit: int) -> tuple[int, list[IndexedArticle]]:
    """(how many articles match, the best `limit` of them) for an FTS5 expression.

    Caught up, the index holds exactly the live articles, so it ranks alone (joining each
    match to `articles` would cost more than the ranking). Articles still queued (a
    read-only project) are left out rather than shown stale; the best rows are checked
    against `articles`, so a doctored index cannot name an article that is not there."""
    behind = pending(store) > 0
    skip = " AND rowid NOT IN (SELECT article_rowid FROM article_search_queue)" if behind else ""
    matches = f"FROM article_search WHERE article_search MATCH ?{skip}"
    try:
        total = store._count(f"SELECT count(*) {matches}", (expression,))
        rows = store._rows(
            "SELECT s.article_id, s.title, s.text, best.score"
            f" FROM (SELECT rowid, {_RANK} AS score {matches} ORDER BY score LIMIT ?) best"
            " JOIN article_search s ON s.rowid = best.rowid"
            " WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id AND a.deleted = 0)"
            " ORDER BY best.score",
            (expression, limit),
        )
    except sqlite3.DatabaseError as error:  # a damaged or doctored index
        raise ValidationError(
            message(
                "{path}: the search index cannot answer ({error})", path=store.path, error=error
            )
        ) from error
    return total, [IndexedArticle(*row) for row in rows]


def ranked_rows(
    store: StoreBase, expression: str, skip: int = 0, limit: int = -1
) -> list[tuple[int, float]]:
    """The articles matching an FTS5 expression as (index rowid, score), best first (ties
    by rowid), from the `skip`th, at most `limit` (-1: all): Exact (`db/search`) then
    reads only the texts it needs (`written`, which leaves out any article not live).
    Ranking with the texts aboard sorted megabytes, and checking each candidate against
    `articles` cost more than the ranking (see `matching`)."""
    behind = pending(store) > 0
    queued = " AND rowid NOT IN (SELECT article_rowid FROM article_search_queue)" if behind else ""
    try:
        return store._rows(
            f"SELECT rowid, {_RANK} AS score FROM article_search"
            f" WHERE article_search MATCH ?{queued}"
            " ORDER BY score, rowid LIMIT ? OFFSET ?",
            (expression, limit, skip),
        )
    except sqlite3.DatabaseError as error:  # a damaged or doctored index
        raise ValidationError(
            message(
                "{path}: the search index cannot answer ({error})", path=store.path, error=error
            )
        ) from error


def written(
    store: StoreBase, rowids: Sequence[int], holding: Sequence[Sequence[Sequence[str]]]
) -> dict[int, tuple[str, str, str]]:
    """(article id, title, text) of those index rows of live articles whose title or text
    holds, for every group in `holding`, all the strings of one of its alternatives,
    exactly as written (instr: case and accents count): a cheap first sieve for Exact."""
    marks = ", ".join("?" * len(rowids))
    wheres, values = [], list[object](rowids)
    for group in holding:
        either = []
        for strings in group:
            either.append(
                " AND ".join(["(instr(s.text, ?) > 0 OR instr(s.title, ?) > 0)"] * len(strings))
            )
            values += [value for string in strings for value in (string, string)]
        wheres.append("(" + " OR ".join(f"({one})" for one in either) + ")")
    sieve = "".join(f" AND {where}" for where in wheres)
    try:
        rows = store._rows(
            "SELECT s.rowid, s.article_id, s.title, s.text FROM article_search s"
            f" WHERE s.rowid IN ({marks}){sieve}"
            " AND EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id AND a.deleted = 0)",
            values,
        )
    except sqlite3.DatabaseError as error:  # a damaged or doctored index
        raise ValidationError(
            message(
                "{path}: the search index cannot answer ({error})", path=store.path, error=error
            )
        ) from error
    return {row[0]: (row[1], row[2], row[3]) for row in rows}
