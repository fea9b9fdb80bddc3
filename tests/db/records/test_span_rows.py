"""Reading just what a pane draws: live annotations' id, span and tag."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.records.span_rows import span_rows


def test_span_rows_are_the_live_annotations_of_one_article(store: Store, ana):
    tag = store.tags()[0].id
    article = store.add_article("Officials said 50 people were freed.", title="A")
    other = store.add_article("Another text entirely.", title="B")
    kept = store.add_annotation(article.id, 15, 17, tag, ana.id)
    gone = store.add_annotation(article.id, 0, 9, tag, ana.id)
    store.add_annotation(other.id, 0, 7, tag, ana.id)
    store.delete_annotation(gone.id)
    assert span_rows(store, article.id) == [(kept.id, 15, 17, tag)]


def test_an_article_without_annotations_has_no_span_rows(store: Store):
    article = store.add_article("Nothing tagged here.", title="A")
    assert span_rows(store, article.id) == []
