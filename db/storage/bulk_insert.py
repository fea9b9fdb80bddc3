"""Many rows in one `executemany` per table, for imports of tens of thousands of records.

The store's per-record methods read each row back as a dataclass, which is right for one
edit and ruinous for 100,000. Callers validate every row first (these functions check
nothing) and call them inside their own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .store import Store
from .store_base import Row

ANNOTATION_ROW = (
    "id, article_id, annotator_id, start, end, quote, prefix, suffix, tag_id, verdict_id,"
    " confidence, note, evidence, created, modified, deleted"
)
LINK_ROW = "id, source_id, target_id, relation, annotator_id, note, created, modified, deleted"
REVIEW_ROW = "id, annotation_id, reviewer_id, decision, comment, created, modified, deleted"


def insert_rows(store: Store, table: str, columns: str, rows: Iterable[Row]) -> None:
    """Insert `rows` (tuples in the order of `columns`) into `table` in the open transaction.

    A constraint the caller's checks missed raises sqlite3.IntegrityError, which rolls
    back the caller's whole transaction.
    """
    if not store.conn.in_transaction:
        raise RuntimeError("insert_rows needs an open transaction")
    marks = ", ".join("?" * len(columns.split(",")))
    store.conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


@contextmanager
def larger_page_cache(store: Store, kib: int = 131072) -> Iterator[None]:
    """A bigger SQLite page cache for the duration: inserting 100,000 rows into tables
    with several indexes touches far more pages than the default 2 MiB holds."""
    cache = store.conn.execute("PRAGMA main.cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA main.cache_size = {-abs(int(kib))}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA main.cache_size = {cache}")
