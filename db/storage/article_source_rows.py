"""The rows of `article_sources`: where an article came from and its pages or cues
(`records.article_sources` holds the rules and the values' meaning)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .table import Db, Row, connection

_CHUNK = 500
"""Ids bound per `IN (...)` query: far below SQLite's limit on bound values."""

_STAMP = "strftime('%Y-%m-%dT%H:%M:%fZ')"


def insert_source(db: Db, article_id: str, provenance: Sequence[str], segments: str) -> None:
    """A new article's source: its provenance fields in `PROVENANCE_FIELDS` order and its
    segments as JSON."""
    connection(db).execute(
        "INSERT INTO article_sources (article_id, file_name, file_sha256, original_url,"
        f" retrieved, archive_url, segments, modified) VALUES (?, ?, ?, ?, ?, ?, ?, {_STAMP})",
        (article_id, *provenance, segments),
    )


def put_provenance(db: Db, article_id: str, provenance: Sequence[str]) -> None:
    """Set the article's provenance fields, keeping its segments (a new row has none)."""
    connection(db).execute(
        "INSERT INTO article_sources (article_id, file_name, file_sha256, original_url,"
        f" retrieved, archive_url, modified) VALUES (?, ?, ?, ?, ?, ?, {_STAMP})"
        " ON CONFLICT (article_id) DO UPDATE SET"
        " file_name = excluded.file_name, file_sha256 = excluded.file_sha256,"
        " original_url = excluded.original_url, retrieved = excluded.retrieved,"
        " archive_url = excluded.archive_url, modified = excluded.modified",
        (article_id, *provenance),
    )


def sources_of(db: Db, article_ids: Sequence[str]) -> Iterator[Row]:
    """(article_id, five provenance fields, segments) of these articles' sources."""
    conn = connection(db)
    for start in range(0, len(article_ids), _CHUNK):
        chunk = article_ids[start : start + _CHUNK]
        yield from conn.execute(
            "SELECT article_id, file_name, file_sha256, original_url, retrieved, archive_url,"
            f" segments FROM article_sources WHERE article_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()


def sources_to_carry(db: Db, other: str) -> list[Row]:
    """Merge: (local article id, five provenance fields, segments) of the attached project
    `other`'s sources for articles held here (matched by text hash) with no source here."""
    conn = connection(db)
    return conn.execute(
        "SELECT a.id, o.file_name, o.file_sha256, o.original_url, o.retrieved, o.archive_url,"
        f" o.segments FROM [{other}].article_sources o"
        f" JOIN [{other}].articles theirs ON theirs.id = o.article_id"
        " JOIN main.articles a ON a.sha256 = theirs.sha256"
        " WHERE a.id NOT IN (SELECT article_id FROM main.article_sources)"
        " GROUP BY a.id"
    ).fetchall()


def segments_with_lengths(db: Db) -> Iterator[Row]:
    """(article_id, segments as stored, length of the article's text) of every source."""
    conn = connection(db)
    return conn.execute(
        "SELECT s.article_id, s.segments, length(a.text) FROM article_sources s"
        " JOIN articles a ON a.id = s.article_id"
    )
