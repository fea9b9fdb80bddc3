"""What a claim's overview reads beyond its own record (`claims.claim_overview` holds the
rules): its members' annotations, their articles, and the contradictions marked on them.

Each reads by id, through the indexes, `_CHUNK` ids per query: a project may hold 100,000
links, and reading every contradiction delayed the claims panel by 0.2 s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .table import Db, Row, connection

_CHUNK = 500
"""Ids bound per `IN (...)` query: far below SQLite's limit on bound values."""


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for offset in range(0, len(values), _CHUNK):
        yield values[offset : offset + _CHUNK]


def live_annotations(db: Db, columns: str, ids: Sequence[str]) -> Iterator[Row]:
    """`columns` of the live annotations with these ids."""
    conn = connection(db)
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        yield from conn.execute(
            f"SELECT {columns} FROM annotations WHERE deleted = 0 AND id IN ({marks})", chunk
        ).fetchall()


def live_article_headers(db: Db, ids: Sequence[str]) -> Iterator[Row]:
    """(id, title, outlet, date) of the live articles with these ids."""
    conn = connection(db)
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        yield from conn.execute(
            f"SELECT id, title, outlet, date FROM articles WHERE deleted = 0 AND id IN ({marks})",
            chunk,
        ).fetchall()


def contradictions_touching(db: Db, annotation_ids: Sequence[str]) -> Iterator[Row]:
    """(rowid, created, source_id, source quote, target_id, target quote, annotator name)
    of live `contradicts` links between live annotations with an end among these ids (a
    link with both ends among them comes twice)."""
    conn = connection(db)
    for chunk in _chunks(annotation_ids):
        marks = ", ".join("?" * len(chunk))
        for end in ("source_id", "target_id"):
            yield from conn.execute(
                "SELECT l.rowid, l.created, l.source_id, s.quote, l.target_id, t.quote, p.name"
                " FROM links l JOIN annotations s ON s.id = l.source_id"
                " JOIN annotations t ON t.id = l.target_id"
                " JOIN annotators p ON p.id = l.annotator_id"
                f" WHERE l.{end} IN ({marks}) AND l.deleted = 0 AND l.relation = 'contradicts'"
                " AND s.deleted = 0 AND t.deleted = 0",
                chunk,
            ).fetchall()
