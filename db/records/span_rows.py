"""The few columns an article view draws, read without building full annotations.

Showing a pane needs only (id, start, end, tag) of its live annotations; reading them as
plain tuples, unordered (the view sorts its own index), is several times quicker than
`Store.annotations`, which builds every field and sorts in SQL.
"""

from __future__ import annotations

from claimdesk.db.storage import annotation_rows
from claimdesk.db.storage.store import Store

SpanRow = tuple[str, int, int, str]


def span_rows(store: Store, article_id: str, annotator_id: str = "") -> list[SpanRow]:
    """(id, start, end, tag_id) of the article's live annotations (only `annotator_id`'s,
    if given: blind annotation), in no particular order.

    SQLite finds them through the `annotations_article_live` index (article_id, deleted).
    """
    return annotation_rows.live_spans(store, article_id, annotator_id)
