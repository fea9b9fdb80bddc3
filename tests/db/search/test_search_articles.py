"""Searching every article: accents and case fold, phrases, prefixes, ranking, the index in step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.search.query import SearchQueryError
from claimdesk.db.search.search import search_articles
from claimdesk.db.storage.schema import MIGRATIONS
from tests.older_schema import as_written_by

SPANISH = "La presidenta Delcy Rodríguez anunció la liberación de 400 presos políticos."
ENGLISH = "Interim President Delcy Rodriguez said 400 prisoners were freed on Tuesday."
OTHER = "Rights groups counted 56 releases; the UN said about 50 people were released."


@pytest.fixture
def three(store: Store) -> dict[str, str]:
    return {
        "es": store.add_article(SPANISH, title="Liberaciones").id,
        "en": store.add_article(ENGLISH, title="Releases").id,
        "other": store.add_article(OTHER, title="Counts").id,
    }


def found(store: Store, text: str) -> set[str]:
    return {hit.article_id for hit in search_articles(store, text).hits}


def test_a_search_ignores_case_and_accents_both_ways(store, three):
    assert found(store, "rodriguez") == {three["es"], three["en"]}
    assert found(store, "RODRÍGUEZ") == {three["es"], three["en"]}
    assert found(store, "liberacion") == {three["es"]}


def test_a_hit_is_placed_in_code_points_on_the_original_text(store, three):
    [hit] = search_articles(store, "politicos").hits
    start, end = hit.hits[0]
    assert SPANISH[start:end] == "políticos"
    mark_start, mark_end = hit.marks[0]
    assert hit.snippet[mark_start:mark_end] == "políticos"


def test_a_quoted_phrase_needs_its_words_together_and_in_order(store, three):
    assert found(store, '"400 prisoners"') == {three["en"]}
    assert found(store, '"prisoners 400"') == set()


def test_a_trailing_star_finds_words_that_begin_so(store, three):
    assert found(store, "releas*") == {three["en"], three["other"]}  # a title counts too
    assert found(store, "releas") == set()


def test_or_and_minus_widen_and_narrow_a_search(store, three):
    assert found(store, "presos OR prisoners") == {three["es"], three["en"]}
    assert found(store, "400 -presos") == {three["en"]}


def test_the_best_match_comes_first_and_a_title_weighs_more(store, three):
    titled = store.add_article("Nothing about it here, only prisoners once.", title="Rodriguez")
    hits = search_articles(store, "rodriguez").hits
    assert hits[0].article_id == titled.id
    assert len(hits) == 3


@pytest.mark.parametrize(
    "query, reason",
    [
        ('"unclosed', "unclosed quote"),
        ("OR 400", "OR needs something"),
        ("-400", "nothing to find"),
        ("¿?", "nothing to find"),
    ],
)
def test_a_search_that_cannot_be_understood_says_why_in_one_line(store, three, query, reason):
    with pytest.raises(SearchQueryError, match=reason) as raised:
        search_articles(store, query)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "query", ["NEAR(rodriguez", "title:rodriguez", "^rodriguez", "(rodriguez) OR (x", "{rodriguez}"]
)
def test_fts_syntax_a_user_types_is_read_as_plain_words(store, three, query):
    article = store.add_article("They met near Rodríguez's title: Rodríguez, as ever.")
    assert article.id in found(store, query)


def test_a_deleted_article_leaves_the_results_and_returns_on_undo(store, three, ana):
    removal = store.delete_article_and_contents(three["es"])
    assert found(store, "rodriguez") == {three["en"]}
    store.restore_article_and_contents(removal)
    assert found(store, "rodriguez") == {three["es"], three["en"]}


def test_a_renamed_article_is_found_by_its_new_title(store, three):
    store.update_article(three["other"], title="Tallies by Rodríguez's critics")
    assert three["other"] in found(store, "critics rodriguez")


def test_articles_a_merge_brings_are_found(store, three, tmp_path: Path):
    with Store.open(tmp_path / "colleague.claimdesk") as colleague:
        theirs = colleague.add_article("Caracas confirmed the releases of Americans.").id
    merge_project(store, tmp_path / "colleague.claimdesk")
    assert found(store, "americans") == {theirs}


def test_a_project_from_before_the_index_is_searchable_once_opened(tmp_path: Path):
    path = tmp_path / "old.claimdesk"
    with Store.open(path) as store:
        article = store.add_article(ENGLISH, title="Releases")
    conn = sqlite3.connect(path, isolation_level=None)
    as_written_by(conn, len(MIGRATIONS) - 1)  # the file as the release before the index
    conn.close()
    with Store.open(path) as reopened:
        assert found(reopened, "rodriguez") == {article.id}


def test_a_read_only_project_is_searched_as_its_index_stands(tmp_path: Path):
    path = tmp_path / "shared.claimdesk"
    with Store.open(path) as store:
        first = store.add_article(ENGLISH).id
        search_articles(store, "rodriguez")
        store.add_article(SPANISH)
    with Store.open(path, readonly=True) as readonly:
        results = search_articles(readonly, "rodriguez")
    assert [hit.article_id for hit in results.hits] == [first]
    assert results.unindexed == 1


def test_an_article_a_colleague_retitled_is_found_by_its_new_title_after_a_merge(
    store, three, tmp_path: Path
):
    search_articles(store, "counts")  # the index holds the old title
    theirs = store.save_copy(tmp_path / "colleague.claimdesk")
    with Store.open(theirs) as colleague:
        colleague.update_article(three["other"], title="Tallies")
    merge_project(store, theirs)
    assert found(store, "tallies") == {three["other"]}
    assert found(store, "counts") == set()
