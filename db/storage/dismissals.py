"""The rows of `dismissed_suggestions`: suggestions an annotator asked never to see again
(`analysis.suggestions` holds the rules)."""

from __future__ import annotations

from .table import Db, connection


def dismiss(db: Db, key: str, annotator_id: str, created: str) -> None:
    """Record the dismissal; one already recorded stays as it was."""
    connection(db).execute(
        "INSERT OR IGNORE INTO dismissed_suggestions (key, annotator_id, created) VALUES (?, ?, ?)",
        (key, annotator_id, created),
    )


def undismiss(db: Db, key: str, annotator_id: str) -> None:
    connection(db).execute(
        "DELETE FROM dismissed_suggestions WHERE key = ? AND annotator_id = ?",
        (key, annotator_id),
    )


def dismissed_keys(db: Db, annotator_id: str = "") -> set[str]:
    """The keys anyone dismissed, or only `annotator_id`."""
    if not annotator_id:
        rows = connection(db).execute("SELECT key FROM dismissed_suggestions")
    else:
        rows = connection(db).execute(
            "SELECT key FROM dismissed_suggestions WHERE annotator_id = ?", (annotator_id,)
        )
    return {row[0] for row in rows}
