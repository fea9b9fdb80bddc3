"""Many rows in one `executemany` per table, for imports of tens of thousands of records.

The store's per-record methods read each row back as a dataclass, which is right for one
edit and ruinous for 100,000. Callers validate every row first (these functions check
nothing) and call them inside their own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from claimdesk.db.records.annotations import ANNOTATION_COLUMNS
from claimdesk.db.records.links import LINK_COLUMNS
from claimdesk.db.records.reviews import REVIEW_COLUMNS

from .store import Store
from .store_base import Row

# A row's columns are the ones the store reads its records by: one list per table.
ANNOTATION_ROW = ANNOTATION_COLUMNS
LINK_ROW = LINK_COLUMNS
REVIEW_ROW = REVIEW_COLUMNS


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
