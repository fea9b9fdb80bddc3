"""The rows an export reads: every live record of a kind in one query each, in the order
the formats write them, so `interchange.export` builds its slice without running SQL.

Each function returns a cursor over rows in its record module's column order (see
`records.*_COLUMNS`), read lazily: 100,000 annotations are never held twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from claimdesk.db.claims.claims import CLAIM_COLUMNS, ClaimRow
from claimdesk.db.records.annotations import ANNOTATION_COLUMNS, AnnotationRow
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


def live_annotations(store: StoreBase) -> Iterator[AnnotationRow]:
    """Live annotations by article, then in text order, then oldest first."""
    return store.conn.execute(
        f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE deleted = 0"
        " ORDER BY article_id, start, end, created"
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
