"""Annotations read as light tuples: the few columns a view, a table or agreement needs.

Reading plain tuples, unordered (the caller sorts its own index), is several times
quicker than building full `Annotation`s and sorting in SQL; each query is a range of the
`annotations_article_live` index (article_id, deleted) where it names an article.
"""

from __future__ import annotations

from collections.abc import Iterator

from .table import Db, Row, connection

TABLE_COLUMNS = "article_id, start, id, quote, tag_id, annotator_id, verdict_id, note, created"
"""What the annotation table lists, in `records.table_rows.TableRow`'s order."""


def live_spans(db: Db, article_id: str, annotator_id: str = "") -> list[Row]:
    """(id, start, end, tag_id) of the article's live annotations (only `annotator_id`'s,
    if given)."""
    conn = connection(db)
    if annotator_id:
        return conn.execute(
            "SELECT id, start, end, tag_id FROM annotations"
            " WHERE article_id = ? AND deleted = 0 AND annotator_id = ?",
            (article_id, annotator_id),
        ).fetchall()
    return conn.execute(
        "SELECT id, start, end, tag_id FROM annotations WHERE article_id = ? AND deleted = 0",
        (article_id,),
    ).fetchall()


def live_table_rows(db: Db, article_id: str) -> list[Row]:
    """`TABLE_COLUMNS` of the article's live annotations, in no particular order."""
    conn = connection(db)
    return conn.execute(
        f"SELECT {TABLE_COLUMNS} FROM annotations WHERE article_id = ? AND deleted = 0",
        (article_id,),
    ).fetchall()


def live_table_row(db: Db, annotation_id: str) -> Row | None:
    """`TABLE_COLUMNS` of one live annotation, or None when it is deleted or unknown."""
    conn = connection(db)
    row: Row | None = conn.execute(
        f"SELECT {TABLE_COLUMNS} FROM annotations WHERE id = ? AND deleted = 0", (annotation_id,)
    ).fetchone()
    return row


def spans_of_live_articles(db: Db) -> Iterator[Row]:
    """(article_id, annotator_id, tag_id, start, end) of every live annotation of a live
    article, read as they are used: what agreement compares."""
    conn = connection(db)
    return conn.execute(
        "SELECT n.article_id, n.annotator_id, n.tag_id, n.start, n.end FROM annotations n"
        " JOIN articles a ON a.id = n.article_id WHERE n.deleted = 0 AND a.deleted = 0"
    )


def all_tags(db: Db) -> list[Row]:
    """(id, name, position, deleted) of every tag, live ones first, then by id."""
    conn = connection(db)
    return conn.execute(
        "SELECT id, name, position, deleted FROM tags ORDER BY deleted, id"
    ).fetchall()
