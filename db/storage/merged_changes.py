"""The `merged_changes` table: the review queue's rows in and out (`merging.merge_queue`
says what a row means and decides; this reads and writes them)."""

from __future__ import annotations

from typing import Any

from .table import Db, Row, connection

COLUMNS = (
    "id, merged, decision, decided, record_table, record_id, field, label, mine, theirs,"
    " mine_text, theirs_text, colleague, yours, conflict, annotation_id, taken_along"
)
"""What `pending`, `one` read of a row, in this order."""

NEW_ROW = (
    "annotator_id",
    "merged",
    "colleague",
    "record_table",
    "record_id",
    "field",
    "label",
    "mine",
    "theirs",
    "mine_text",
    "theirs_text",
    "yours",
    "conflict",
    "annotation_id",
    "taken_along",
)
"""What `add` writes, in this order."""


def pending_one(
    db: Db, annotator_id: str, table: str, record_id: str, field: str
) -> tuple[int, Any, str] | None:
    """(id, mine, mine_text) of the pending row about this field of this record, if any."""
    conn = connection(db)
    row = conn.execute(
        "SELECT id, mine, mine_text FROM merged_changes WHERE annotator_id = ?"
        " AND record_table = ? AND record_id = ? AND field = ? AND decision = 'pending'",
        (annotator_id, table, record_id, field),
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def remove(db: Db, change_id: int) -> None:
    conn = connection(db)
    conn.execute("DELETE FROM merged_changes WHERE id = ?", (change_id,))


def add(db: Db, values: Row) -> None:
    """A new pending row: `values` in the order of NEW_ROW."""
    conn = connection(db)
    marks = ", ".join("?" * len(NEW_ROW))
    conn.execute(f"INSERT INTO merged_changes ({', '.join(NEW_ROW)}) VALUES ({marks})", values)


def pending(db: Db, annotator_id: str) -> list[Row]:
    """The rows this annotator has still to decide on, oldest merge first."""
    conn = connection(db)
    return conn.execute(
        f"SELECT {COLUMNS} FROM merged_changes WHERE annotator_id = ?"
        " AND decision = 'pending' ORDER BY id",
        (annotator_id,),
    ).fetchall()


def pending_counts(db: Db) -> list[tuple[str, int]]:
    """(annotator name, rows waiting for them), for whoever has any."""
    conn = connection(db)
    return conn.execute(
        "SELECT n.name, count(*) FROM merged_changes c JOIN annotators n"
        " ON n.id = c.annotator_id WHERE c.decision = 'pending' GROUP BY n.name ORDER BY n.name"
    ).fetchall()


def one(db: Db, change_id: int) -> Row | None:
    conn = connection(db)
    found: Row | None = conn.execute(
        f"SELECT {COLUMNS} FROM merged_changes WHERE id = ?", (change_id,)
    ).fetchone()
    return found


def set_decision(db: Db, change_id: int, decision: str, decided: str | None) -> None:
    conn = connection(db)
    conn.execute(
        "UPDATE merged_changes SET decision = ?, decided = ? WHERE id = ?",
        (decision, decided, change_id),
    )
