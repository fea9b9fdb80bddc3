"""The rows an export reads: every live record of a kind in one query each, in the order
the formats write them, so `interchange.export` builds its slice without running SQL.

Each function returns rows in its record module's column order (`records.*_COLUMNS`;
annotations: `EXPORTED_ANNOTATION_COLUMNS`), as a cursor read lazily where it can be.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from claimdesk.db.claims.claims import CLAIM_COLUMNS, ClaimRow
from claimdesk.db.records.articles import ARTICLE_COLUMNS, ArticleRow
from claimdesk.db.records.links import LINK_COLUMNS, LinkRow
from claimdesk.db.records.reviews import REVIEW_COLUMNS, ReviewRow

from .store_base import StoreBase

EXPORT_WRITE_ERRORS: tuple[type[Exception], ...] = (OSError, sqlite3.OperationalError)
"""What writing an export can fail with (a full disk, no permission: a file, or a SQLite
copy), told as one line, never as a traceback."""


def live_articles(store: StoreBase) -> list[ArticleRow]:
    """Live articles in the order they were added."""
    return store.conn.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE deleted = 0 ORDER BY created, rowid"
    ).fetchall()


EXPORTED_ANNOTATION_COLUMNS = (
    "id, article_id, annotator_id, start, end, quote, tag_id, verdict_id, confidence, note,"
    " evidence, created, modified"
)
"""What the formats write of an annotation: not the stored context (`prefix`/`suffix`, which
W3C takes from the text) nor `deleted`; reading fewer columns is most of an export's time."""

ExportedAnnotationRow = tuple[
    str, str, str, int, int, str, str, str | None, float | None, str, str, str, str
]


def live_annotations(store: StoreBase) -> Iterator[ExportedAnnotationRow]:
    """Live annotations by article, then by start: the order of the (article_id, start)
    index, so SQLite sorts nothing (sorting 100,000 rows on more columns took a quarter of
    the read); callers order spans starting at one place themselves."""
    return store.conn.execute(
        f"SELECT {EXPORTED_ANNOTATION_COLUMNS} FROM annotations INDEXED BY annotations_article"
        " WHERE deleted = 0 ORDER BY article_id, start"
    )


def live_links(store: StoreBase) -> Iterator[LinkRow]:
    """Live links, oldest first."""
    return store.conn.execute(
        f"SELECT {LINK_COLUMNS} FROM links WHERE deleted = 0 ORDER BY created, id"
    )


def live_claim_members(store: StoreBase) -> Iterator[tuple[str, str]]:
    """(claim id, annotation id) of every live appearance of a claim."""
    return store.conn.execute("SELECT claim_id, annotation_id FROM claim_members WHERE deleted = 0")


def live_claims(store: StoreBase) -> Iterator[ClaimRow]:
    """Live claims, oldest first."""
    return store.conn.execute(
        f"SELECT {CLAIM_COLUMNS} FROM claims WHERE deleted = 0 ORDER BY created, id"
    )


def live_reviews(store: StoreBase) -> Iterator[ReviewRow]:
    """Live reviews, oldest change first (so the last one read per annotation is its latest)."""
    return store.conn.execute(
        f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE deleted = 0 ORDER BY modified"
    )
