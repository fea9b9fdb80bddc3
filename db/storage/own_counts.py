"""Annotation counts of one annotator: what the article list shows under blind annotation,
where a colleague's work must not show even as a number."""

from __future__ import annotations

from collections.abc import Iterable

from .table import Db, connection


def own_counts(db: Db, annotator_id: str, article_ids: Iterable[str]) -> dict[str, int]:
    """Live annotations per article made by `annotator_id` (0 for an article with none);
    each a range of the (article_id, deleted) index."""
    conn = connection(db)
    return {
        article_id: conn.execute(
            "SELECT count(*) FROM annotations"
            " WHERE article_id = ? AND deleted = 0 AND annotator_id = ?",
            (article_id, annotator_id),
        ).fetchone()[0]
        for article_id in dict.fromkeys(article_ids)
    }


def own_total(db: Db, annotator_id: str) -> int:
    """Live annotations made by `annotator_id`, in the whole project."""
    conn = connection(db)
    count: int = conn.execute(
        "SELECT count(*) FROM annotations WHERE annotator_id = ? AND deleted = 0",
        (annotator_id,),
    ).fetchone()[0]
    return count


def seen_count(db: Db, annotator_ids: list[str], since: str, until: str) -> int:
    """Live annotations of these annotators made where the others could see them: all
    when blind annotation was never on (`since` empty), else those made before `since`,
    or made or changed after `until` (when it ended)."""
    conn = connection(db)
    marks = ", ".join("?" * len(annotator_ids))
    row = conn.execute(
        "SELECT COUNT(*) FROM annotations WHERE deleted = 0"
        f" AND annotator_id IN ({marks})"
        " AND (? = '' OR created < ? OR (? <> '' AND modified >= ?))",
        (*annotator_ids, since, since, until, until),
    ).fetchone()
    return int(row[0])
