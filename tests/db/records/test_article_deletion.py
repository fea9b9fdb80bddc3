"""Deleting an article: it goes with everything it carries, as tombstones, and undo is exact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimdesk.db import NotFoundError, Store
from claimdesk.db.claims.claim_links import claim_for_annotations
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.records.article_deletion import ArticleLoad
from claimdesk.db.rules.check import check_project

REPORT = "The minister said 56 prisoners were freed. Foro Penal counts 400. Nobody agrees."
OTHER = "Officials said more than 100 were freed on Friday."


@pytest.fixture
def project(store: Store, ana):
    """A report with three annotations (one reviewed), linked inside it and to another
    article, and one of them an appearance of a claim."""
    report = store.add_article(REPORT, title="Minister’s count")
    other = store.add_article(OTHER, title="Officials")
    tag = store.tags()[0].id

    def tag_phrase(article, text, phrase):
        start = text.index(phrase)
        return store.add_annotation(article.id, start, start + len(phrase), tag, ana.id).id

    said = tag_phrase(report, REPORT, "56 prisoners")
    counts = tag_phrase(report, REPORT, "400")
    agrees = tag_phrase(report, REPORT, "Nobody agrees")
    hundred = tag_phrase(other, OTHER, "more than 100")
    inside = store.add_link(said, counts, "contradicts", ana.id)
    across = store.add_link(hundred, said, "related", ana.id)
    claim, _ = claim_for_annotations(store, [counts, hundred], ana.id)
    store.set_review(said, store.ensure_annotator("Bo").id, "accepted")
    return {
        "report": report.id,
        "other": other.id,
        "annotations": {said, counts, agrees},
        "hundred": hundred,
        "links": {inside.id, across.id},
        "claim": claim.id,
    }


def live(store: Store, table: str) -> set[str]:
    return {row[0] for row in store.conn.execute(f"SELECT id FROM [{table}] WHERE deleted = 0")}


def test_the_question_before_deleting_counts_what_the_article_carries(store, project):
    assert store.article_load(project["report"]) == ArticleLoad(
        "Minister’s count", annotations=3, links=2, claim_appearances=1
    )
    assert store.article_load(project["other"]) == ArticleLoad(
        "Officials", annotations=1, links=1, claim_appearances=1
    )


def test_deleting_an_article_tombstones_its_annotations_links_appearances_and_reviews(
    store, project
):
    removal = store.delete_article_and_contents(project["report"])
    assert set(removal.annotation_ids) == project["annotations"]
    assert set(removal.link_ids) == project["links"]
    assert len(removal.member_ids) == 1 and len(removal.review_ids) == 1
    assert [a.id for a in store.articles()] == [project["other"]]
    assert store.article(project["report"]).deleted  # a tombstone, not gone
    assert {a.id for a in store.annotations()} == {project["hundred"]}
    assert store.links() == [] and store.reviews() == []
    assert store.claims()[0].annotation_ids == (project["hundred"],)
    assert check_project(store) == []


def test_a_claim_made_only_in_the_deleted_article_goes_with_it_and_comes_back(store, ana, project):
    said, counts = sorted(project["annotations"])[:2]
    own = claim_for_annotations(store, [said, counts], ana.id)[0].id
    removal = store.delete_article_and_contents(project["report"])
    assert removal.claim_ids == (own,)
    assert [claim.id for claim in store.claims()] == [project["claim"]]
    store.restore_article_and_contents(removal)
    assert {claim.id for claim in store.claims()} == {project["claim"], own}
    assert check_project(store) == []


def test_undo_brings_back_exactly_what_the_deletion_took(store, ana, project):
    said = next(a for a in store.annotations(project["report"]) if a.quote == "56 prisoners")
    earlier = store.delete_annotation(said.id)  # deleted before the article, with its links
    reviews = store.reviews(include_deleted=True)
    removal = store.delete_article_and_contents(project["report"])
    assert said.id not in removal.annotation_ids
    assert not removal.link_ids and not removal.review_ids
    store.restore_article_and_contents(removal)
    assert live(store, "annotations") == project["annotations"] - {said.id} | {project["hundred"]}
    assert store.annotation(said.id).deleted
    assert all(store.link(link_id).deleted for link_id in earlier.link_ids)
    assert store.reviews(include_deleted=True) == reviews  # not its to take, nor to bring back
    assert check_project(store) == []


def test_delete_undo_and_redo_each_leave_a_sound_project(store, project):
    before = {table: live(store, table) for table in ("annotations", "links", "claim_members")}
    removal = store.delete_article_and_contents(project["report"])
    assert check_project(store) == []
    store.restore_article_and_contents(removal)
    assert check_project(store) == []
    assert {table: live(store, table) for table in before} == before
    again = store.delete_article_and_contents(project["report"])
    assert again == removal  # redo takes the same records
    assert check_project(store) == []


def test_an_article_already_deleted_cannot_be_deleted_again(store, project):
    store.delete_article_and_contents(project["report"])
    with pytest.raises(NotFoundError, match="is deleted"):
        store.delete_article_and_contents(project["report"])


def copy_of(store: Store, path: Path) -> Path:
    """A colleague's copy, taken through SQLite (never by copying the open file)."""
    target = sqlite3.connect(path)
    store.conn.backup(target)
    target.close()
    return path


def test_a_colleague_merging_my_file_receives_the_deletion_and_later_its_undo(
    store, project, tmp_path
):
    colleague_path = copy_of(store, tmp_path / "colleague.claimdesk")
    removal = store.delete_article_and_contents(project["report"])
    with Store.open(colleague_path) as colleague:
        merge_project(colleague, store.path)
        assert [a.id for a in colleague.articles()] == [project["other"]]
        assert live(colleague, "annotations") == {project["hundred"]}
        assert colleague.links() == [] and colleague.reviews() == []
        assert check_project(colleague) == []
        store.restore_article_and_contents(removal)
        merge_project(colleague, store.path)
        assert live(colleague, "annotations") == project["annotations"] | {project["hundred"]}
        assert live(colleague, "links") == project["links"]
        assert check_project(colleague) == []
