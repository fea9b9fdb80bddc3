"""Which live articles came from a given place: the queries behind reading a W3C
target's `source` back (`interchange.sources.source_iri`)."""

from __future__ import annotations

from .store_base import StoreBase

_COLUMNS = ("original_url", "file_sha256")


def articles_from(store: StoreBase, column: str, value: str) -> list[str]:
    """The ids of live articles whose provenance `column` (original URL or file SHA-256)
    is `value`, oldest first."""
    assert column in _COLUMNS, column
    rows = store.conn.execute(
        f"SELECT s.article_id FROM article_sources s JOIN articles a ON a.id = s.article_id"
        f" WHERE s.[{column}] = ? AND a.deleted = 0 ORDER BY a.rowid",
        (value,),
    ).fetchall()
    return [str(row[0]) for row in rows]
