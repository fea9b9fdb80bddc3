"""A deleted article (say an undone import) takes no new work: the store refuses it."""

import json

import pytest

from claimdesk.db import NotFoundError, Store
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.rules.check import check_project

TEXT = "Officials said 56 prisoners were freed on Friday, not 400."


@pytest.fixture
def article(store: Store):
    return store.add_article(TEXT, title="Freed prisoners")


def test_tagging_an_article_whose_import_was_undone_is_refused(store, ana, article):
    store.delete_article(article.id)  # what undoing "Import article" does
    with pytest.raises(NotFoundError, match="“Freed prisoners” is deleted"):
        store.add_annotation(article.id, 0, 9, store.tags()[0].id, ana.id)
    assert store.annotations(include_deleted=True) == []
    assert check_project(store) == []


def test_annotations_of_a_deleted_article_cannot_be_linked_or_brought_back(store, ana, article):
    tag = store.tags()[0].id
    first = store.add_annotation(article.id, 0, 9, tag, ana.id)
    second = store.add_annotation(article.id, 15, 27, tag, ana.id)
    removal = store.delete_annotation(first.id)
    store.conn.execute("UPDATE articles SET deleted = 1 WHERE id = ?", (article.id,))
    with pytest.raises(NotFoundError, match="is deleted"):
        store.restore_annotation(removal)
    store.conn.execute("UPDATE annotations SET deleted = 0 WHERE id = ?", (first.id,))
    with pytest.raises(NotFoundError, match="is deleted"):
        store.add_link(first.id, second.id, "supports", ana.id)
    assert store.links(include_deleted=True) == []


def test_importing_annotations_onto_a_deleted_article_lists_them_as_orphans(
    store, article, tmp_path
):
    store.delete_article(article.id)
    path = tmp_path / "back.jsonl"
    record = {
        "id": article.id,
        "text": TEXT,
        "annotations": [{"id": "a1", "start": 15, "end": 27, "tag": "Statistic"}],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = import_annotations(store, path)
    assert report.added == 0
    [orphan] = report.orphans
    assert orphan.record_id == "a1" and "“Freed prisoners” is deleted" in orphan.reason
    assert store.annotations(include_deleted=True) == []
    assert check_project(store) == []
