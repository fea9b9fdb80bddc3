"""The rows of `claim_figure_notes`: a claim's "figures differ" warning judged no
contradiction (`claims.figure_notes` holds the rules)."""

from __future__ import annotations

from .table import Db, Row, connection

_INSERT = (
    " INTO claim_figure_notes (claim_id, warning, reason, annotator_id, created)"
    " VALUES (?, ?, ?, ?, ?)"
)


def all_notes(db: Db) -> list[Row]:
    """(claim_id, warning, reason, annotator_id, created) of every note."""
    conn = connection(db)
    return conn.execute(
        "SELECT claim_id, warning, reason, annotator_id, created FROM claim_figure_notes"
    ).fetchall()


def put_note(db: Db, values: Row, *, replace: bool = False) -> None:
    """Store a note; `replace` overwrites the claim's note, if it has one."""
    connection(db).execute(("INSERT OR REPLACE" if replace else "INSERT") + _INSERT, values)


def remove_note(db: Db, claim_id: str) -> None:
    connection(db).execute("DELETE FROM claim_figure_notes WHERE claim_id = ?", (claim_id,))
