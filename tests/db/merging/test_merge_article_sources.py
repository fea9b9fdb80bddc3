"""Merging a colleague's file brings the pages and provenance of the articles it adds."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.records.article_sources import article_source, update_provenance

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"


def test_an_article_a_colleague_imported_from_a_pdf_arrives_with_its_pages_and_provenance(
    store: Store, tmp_path: Path
):
    theirs = tmp_path / "bo.claimdesk"
    with Store.open(theirs) as colleague:
        (article,) = import_articles(colleague, [FIXTURES / "budget.pdf"]).added
        expected = article_source(colleague, article.id)
    merge_project(store, theirs)
    (merged,) = store.articles()
    assert article_source(store, merged.id) == expected
    assert [segment.page for segment in expected.segments] == [1, 2, 3]


def test_a_source_already_here_is_kept_when_the_same_article_is_merged(
    store: Store, tmp_path: Path
):
    (mine,) = import_articles(store, [FIXTURES / "speech.srt"]).added
    update_provenance(store, mine.id, original_url="https://tv.example/mine")
    theirs = tmp_path / "bo.claimdesk"
    with Store.open(theirs) as colleague:
        (article,) = import_articles(colleague, [FIXTURES / "speech.srt"]).added
        update_provenance(colleague, article.id, original_url="https://tv.example/theirs")
    merge_project(store, theirs)
    assert article_source(store, mine.id).provenance.original_url == "https://tv.example/mine"
