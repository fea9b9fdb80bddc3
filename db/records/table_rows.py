"""The columns the annotation table lists, read as light tuples instead of `Annotation`s.

Listing the 20,000 annotations of two long articles needs neither the stored context
(prefix, suffix) nor evidence lists; building full dataclasses for them and sorting in
SQL took five times as long as reading these few columns and sorting them in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from claimdesk.db.storage import annotation_rows
from claimdesk.db.storage.store import Store


class TableRow(NamedTuple):
    """One annotation as the table lists it. The first three fields are its position:
    rows compare (and sort) by article, then offset, then id."""

    article_id: str
    start: int
    annotation_id: str
    quote: str
    tag_id: str
    annotator_id: str
    verdict_id: str | None
    note: str
    created: str


def table_rows(store: Store, article_ids: Iterable[str]) -> list[TableRow]:
    """Live annotations of these articles, in no particular order."""
    rows: list[TableRow] = []
    make = TableRow._make
    for article_id in dict.fromkeys(article_ids):
        rows.extend(map(make, annotation_rows.live_table_rows(store, article_id)))
    return rows


def table_row(store: Store, annotation_id: str) -> TableRow | None:
    """One annotation's row, or None when it is deleted or unknown."""
    row = annotation_rows.live_table_row(store, annotation_id)
    return None if row is None else TableRow._make(row)
