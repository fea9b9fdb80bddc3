"""The few columns an article view draws, read without building full annotations.

Showing a pane needs only (id, start, end, tag) of its live annotations; reading them as
plain tuples, unordered (the view sorts its own index), is several times quicker than
`Store.annotations`, which builds every field and sorts in SQL.
"""

from __future__ import annotations

from claimdesk.db.storage.store import Store

SpanRow = tuple[str, int, int, str]


def span_rows(store: Store, article_id: str, annotator_id: str = "") -> list[SpanRow]:
    """(id, start, end, tag_id) of the article's live annotations (only `annotator_id`'s,
    if given: blind annotation), in no particular order.

    SQLite finds them through the `annotations_article_live` index (article_id, deleted).
    """
    if annotator_id:
        return store.conn.execute(
            "SELECT id, start, end, tag_id FROM annotations"
            " WHERE article_id = ? AND deleted = 0 AND annotator_id = ?",
            (article_id, annotator_id),
        ).fetchall()
    return store.conn.execute(
        "SELECT id, start, end, tag_id FROM annotations WHERE article_id = ? AND deleted = 0",
        (article_id,),
    ).fetchall()
