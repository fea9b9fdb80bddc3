"""What an annotation import asks of the project: which ids it already holds and which
article a file's record means, so `interchange.import_records` places records without
running SQL. Rows are added through `bulk_insert`.
"""

from __future__ import annotations

import sqlite3

from .store_base import StoreBase

ROW_RULE_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
"""What SQLite raises when an inserted row breaks a constraint the import's own checks
missed: the import's one transaction is rolled back and the file refused in one line."""


def annotation_ids(store: StoreBase) -> set[str]:
    """Every annotation id the project holds, deleted ones too (an id is never reused)."""
    return {row[0] for row in store.conn.execute("SELECT id FROM annotations")}


def link_ids(store: StoreBase) -> set[str]:
    """Every link id the project holds, deleted ones too."""
    return {row[0] for row in store.conn.execute("SELECT id FROM links")}


def claim_ids(store: StoreBase) -> set[str]:
    """Every claim id the project holds, deleted ones too."""
    return {row[0] for row in store.conn.execute("SELECT id FROM claims")}


def live_link_pairs(store: StoreBase) -> set[tuple[str, str, str]]:
    """(source, target, relation) of every live link: the same link is not added twice."""
    return {
        (source, target, relation)
        for source, target, relation in store.conn.execute(
            "SELECT source_id, target_id, relation FROM links WHERE deleted = 0"
        )
    }


def has_article(store: StoreBase, article_id: str) -> bool:
    """Whether an article with this id exists, deleted or not."""
    return store._row("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None


def article_with_url(store: StoreBase, url: str) -> str | None:
    """The id of the one live article with this URL; None when none or several have it
    (a W3C annotation's `source` is a URL: only an unambiguous one names an article)."""
    found = store.conn.execute(
        "SELECT id FROM articles WHERE url = ? AND deleted = 0 LIMIT 2", (url,)
    ).fetchall()
    return str(found[0][0]) if len(found) == 1 else None


def is_live_annotation(store: StoreBase, annotation_id: str) -> bool:
    """Whether the project holds this annotation, not deleted."""
    row = store._row("SELECT 1 FROM annotations WHERE id = ? AND deleted = 0", (annotation_id,))
    return row is not None
