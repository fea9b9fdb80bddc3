"""Find in all articles with Exact (issue 20): the words as typed, case and accents
included, as the find bar's and the filters' Exact; hits and snippets in code points."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.search import search
from claimdesk.db.search.search import search_articles

SPANISH = "😀 La presidenta Delcy Rodríguez anunció la liberación de 400 presos políticos."
ENGLISH = "Interim President Delcy Rodriguez said 400 prisoners were freed on Tuesday."
LOWER = "A note on delcy rodríguez, written in lower case; she said little."


def three(store: Store) -> dict[str, str]:
    return {
        "es": store.add_article(SPANISH, title="Liberaciones").id,
        "en": store.add_article(ENGLISH, title="Releases").id,
        "lower": store.add_article(LOWER, title="Notes").id,
    }


def exact(store: Store, text: str) -> set[str]:
    return {hit.article_id for hit in search_articles(store, text, exact=True).hits}


def test_searching_a_name_with_its_accent_exactly_finds_only_it_written_so(store):
    ids = three(store)
    assert exact(store, "Rodríguez") == {ids["es"]}
    assert exact(store, "Rodriguez") == {ids["en"]}
    assert exact(store, "rodríguez") == {ids["lower"]}  # case counts
    loose = search_articles(store, "rodriguez")
    assert {hit.article_id for hit in loose.hits} == set(ids.values())


def test_an_exact_hit_and_its_snippet_are_in_code_points_past_an_emoji(store):
    ids = three(store)
    results = search_articles(store, "políticos", exact=True)
    assert results.total == 1
    [hit] = results.hits
    assert hit.article_id == ids["es"]
    start, end = hit.hits[0]
    assert SPANISH[start:end] == "políticos"
    mark_start, mark_end = hit.marks[0]
    assert hit.snippet[mark_start:mark_end] == "políticos"
    assert hit.bracketed().endswith("[políticos].")


def test_exact_phrases_or_and_left_out_words_count_only_as_written(store):
    ids = three(store)
    assert exact(store, '"Delcy Rodríguez"') == {ids["es"]}
    assert exact(store, '"delcy rodríguez"') == {ids["lower"]}
    assert exact(store, "Rodríguez OR Rodriguez") == {ids["es"], ids["en"]}
    # Leaving out "Rodríguez" as written keeps the article that has "Rodriguez" only.
    assert exact(store, "Delcy -Rodríguez") == {ids["en"]}
    assert exact(store, "Liberaciones") == {ids["es"]}  # a title counts
    assert exact(store, "liberaciones") == set()
    assert exact(store, "Presiden*") == {ids["en"]} and exact(store, "presiden*") == {ids["es"]}


def test_the_exact_total_counts_only_the_articles_kept(store):
    for number in range(5):
        store.add_article(f"Report {number}: Rodríguez spoke.", title=f"R{number}")
    for number in range(3):
        store.add_article(f"Report {number}: Rodriguez spoke.", title=f"S{number}")
    results = search_articles(store, "Rodríguez", limit=2, exact=True)
    assert results.total == 5 and len(results.hits) == 2


def test_an_exact_search_of_a_common_word_stops_at_a_full_page_saying_at_least(store, monkeypatch):
    monkeypatch.setattr(search, "EXACT_CHUNK", 2)
    monkeypatch.setattr(search, "EXACT_COUNTED", 4)
    for number in range(12):
        store.add_article(f"Report {number}: Rodríguez spoke.", title=f"R{number}")
    page = search_articles(store, "Rodríguez", limit=2, exact=True)
    assert page.more and len(page.hits) == 2
    assert 4 <= page.total < 12  # "at least": the candidates read, not all twelve
    whole = search_articles(store, "Rodríguez", limit=20, exact=True)
    assert not whole.more and whole.total == 12
    assert [hit.article_id for hit in whole.hits[:2]] == [hit.article_id for hit in page.hits]


def test_an_exact_search_reads_past_the_first_candidates_when_its_page_is_not_full(
    store, monkeypatch
):
    monkeypatch.setattr(search, "EXACT_CHUNK", 2)
    monkeypatch.setattr(search, "EXACT_COUNTED", 4)
    for number in range(10):
        store.add_article(f"Report {number}: Rodriguez spoke.", title=f"S{number}")
    kept = {store.add_article(f"Report {n}: Rodríguez spoke.", title=f"R{n}").id for n in range(3)}
    results = search_articles(store, "Rodríguez", limit=5, exact=True)
    assert not results.more and results.total == 3
    assert {hit.article_id for hit in results.hits} == kept
