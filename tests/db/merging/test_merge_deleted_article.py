"""An article deleted on one side takes along what arrives on it from the other.

The store keeps no live annotation on a deleted article (deleting one takes its
annotations, their reviews, links and claim appearances along); a merge holds the same
rule: a colleague's annotation made on an article you deleted arrives deleted, with what
it carries, whichever way round the files are merged, and `check` passes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.rules.check import check_project

TEXT = "The minister said unemployment fell by 12% last year, and crime doubled."
OTHER = "Police data disagree with the mayor's claim that crime doubled."


def shared_project(store: Store, tmp_path: Path) -> tuple[Store, str, str]:
    """Ana's project with two articles, and Ben's copy of it."""
    ana = store.ensure_annotator("Ana")
    article = store.add_article(TEXT, title="Minister")
    other = store.add_article(OTHER, title="Police")
    store.add_annotation(other.id, 0, 11, store.tags()[0].id, ana.id, annotation_id="kept")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "ben.claimdesk"
    shutil.copyfile(store.path, path)
    return Store.open(path), article.id, other.id


def bens_work_on_the_article(ben: Store, article_id: str, other_id: str) -> None:
    """Ben annotates the article, links it, reviews it and makes a claim of it."""
    bo = ben.ensure_annotator("Ben")
    tag = ben.tags()[0].id
    ben.add_annotation(article_id, 18, 30, tag, bo.id, annotation_id="bens")
    ben.add_link("bens", "kept", "supports", bo.id)
    ben.set_review("bens", bo.id, "accepted")
    ben.add_claim(bo.id, ["bens", "kept"], wording="Unemployment fell")


def test_a_colleagues_annotation_on_an_article_you_deleted_arrives_deleted(
    store: Store, tmp_path: Path
):
    ben, article_id, other_id = shared_project(store, tmp_path)
    with ben:
        bens_work_on_the_article(ben, article_id, other_id)
    store.delete_article_and_contents(article_id)

    merge_project(store, ben.path)

    assert check_project(store) == []
    assert store.annotation("bens").deleted
    assert store.links() == [] and store.reviews() == []
    assert [annotation.id for annotation in store.annotations()] == ["kept"]


def test_deleting_an_article_your_colleague_annotated_holds_after_they_merge_yours(
    store: Store, tmp_path: Path
):
    ben, article_id, other_id = shared_project(store, tmp_path)
    with ben:
        bens_work_on_the_article(ben, article_id, other_id)
        store.delete_article_and_contents(article_id)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

        merge_project(ben, store.path)

        assert check_project(ben) == []
        assert ben.annotation("bens").deleted
        assert ben.links() == [] and ben.reviews() == []
