"""The fact-check archive's SQL: adding checks (with their full-text rows) and BM25 lookups."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable

from claimdesk.db.factchecks.records import FactCheck
from claimdesk.db.messages import message

from .clock import new_id, now
from .errors import ValidationError
from .store_base import StoreBase

_COLUMNS = "id, claim, claimant, rating, publisher, url, date, language"


def add_fact_checks(
    store: StoreBase, checks: Iterable[FactCheck], words_of: Callable[[FactCheck], set[str]]
) -> int:
    """Add the checks not already in the archive (same URL and claim), counting the words
    each holds (`words_of`); one transaction. Returns how many were added."""
    added = 0
    stamp = now()
    counts: Counter[str] = Counter()
    with store.transaction():
        for check in checks:
            identifier = check.id or new_id()  # a published check's id keeps its origin
            cursor = store.conn.execute(
                f"INSERT OR IGNORE INTO fact_checks ({_COLUMNS}, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (identifier, check.claim, check.claimant, check.rating, check.publisher,
                 check.url, check.date, check.language, stamp),
            )  # fmt: skip
            if cursor.rowcount:
                store.conn.execute(
                    "INSERT INTO fact_check_search (fact_check_id, claim, claimant)"
                    " VALUES (?, ?, ?)",
                    (identifier, check.claim, check.claimant),
                )
                counts.update(words_of(check))
                added += 1
        store.conn.executemany(
            "INSERT INTO fact_check_words (word, checks) VALUES (?, ?)"
            " ON CONFLICT (word) DO UPDATE SET checks = checks + excluded.checks",
            counts.items(),
        )
    return added


def fact_check_count(store: StoreBase) -> int:
    """How many checks the archive holds. None is ever removed, so the last rowid counts
    them without a scan (matching asks once per claim)."""
    return store._count("SELECT coalesce(max(rowid), 0) FROM fact_checks")


def archive_frequencies(store: StoreBase, words: list[str]) -> dict[str, int]:
    """How many checks in the archive hold each (folded) word; 0 for words none holds."""
    marks = ", ".join("?" * len(words))
    rows = store._rows(f"SELECT word, checks FROM fact_check_words WHERE word IN ({marks})", words)
    found: dict[str, int] = dict(rows)
    return {word: found.get(word, 0) for word in words}


def best_fact_checks(
    store: StoreBase, expression: str, limit: int
) -> list[tuple[FactCheck, float]]:
    """The archive's best `limit` checks for an FTS5 expression, with their BM25 score."""
    try:
        rows = store._rows(
            f"SELECT {', '.join('f.' + c for c in _COLUMNS.split(', '))}, best.score FROM"
            " (SELECT fact_check_id, bm25(fact_check_search, 0.0, 1.0, 0.5) AS score"
            " FROM fact_check_search WHERE fact_check_search MATCH ? ORDER BY score LIMIT ?)"
            " best JOIN fact_checks f ON f.id = best.fact_check_id ORDER BY best.score",
            (expression, limit),
        )
    except sqlite3.DatabaseError as error:
        raise ValidationError(
            message(
                "{path}: the fact-check index cannot answer ({error})", path=store.path, error=error
            )
        ) from error
    return [
        (FactCheck(row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[0]), row[8])
        for row in rows
    ]
