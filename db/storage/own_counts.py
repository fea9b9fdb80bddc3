"""Annotation counts of one annotator: what the article list shows under blind annotation,
where a colleague's work must not show even as a number."""

from __future__ import annotations

from collections.abc import Iterable

from .table import Connection


def own_counts(conn: Connection, annotator_id: str, article_ids: Iterable[str]) -> dict[str, int]:
    """Live annotations per article made by `annotator_id` (0 for an article with none);
    each a range of the (article_id, deleted) index."""
    return {
        article_id: conn.execute(
            "SELECT count(*) FROM annotations"
            " WHERE article_id = ? AND deleted = 0 AND annotator_id = ?",
            (article_id, annotator_id),
        ).fetchone()[0]
        for article_id in dict.fromkeys(article_ids)
    }


def own_total(conn: Connection, annotator_id: str) -> int:
    """Live annotations made by `annotator_id`, in the whole project."""
    count: int = conn.execute(
        "SELECT count(*) FROM annotations WHERE annotator_id = ? AND deleted = 0",
        (annotator_id,),
    ).fetchone()[0]
    return count
