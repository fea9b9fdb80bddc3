"""Suggested links between articles: found offline, never made silently, dismissible for good."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.analysis import suggestions
from claimdesk.db.analysis.search_budget import Budget
from claimdesk.db.analysis.suggestions import (
    dismiss_suggestion,
    dismissed_keys,
    find_suggestions,
    suggest_links,
    undismiss_suggestion,
)
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.storage.schema import SCHEMA_VERSION, migrate

STATE_DEPARTMENT = "an important step in the right direction by the interim authorities"
SENTENCE = "The bridge over the river was closed on Friday after engineers found deep cracks."


def seeds(store: Store, seed_paths: list[Path]) -> dict[str, str]:
    assert not import_articles(store, seed_paths).failed
    return {summary.date: summary.id for summary in store.articles()}


def of_kind(suggestions, kind: str):
    return [s for s in suggestions if s.kind == kind]


def test_the_seeds_share_the_state_department_quotation(store, seed_paths):
    by_date = seeds(store, seed_paths)
    quotations = of_kind(suggest_links(store), "quotation")
    assert len(quotations) == 1
    (quotation,) = quotations
    assert quotation.relation == "same_claim" and 0 < quotation.score <= 1
    assert quotation.source.article_id == by_date["2026-01-14"]  # the earlier report
    assert quotation.target.article_id == by_date["2026-01-17"]
    for span in (quotation.source, quotation.target):
        assert STATE_DEPARTMENT in span.text
        assert store.article_text(span.article_id)[span.start : span.end] == span.text
        assert span.annotation_id is None
    assert quotation.reason.startswith("Both quote “an important step")
    assert store.links() == []  # nothing is linked silently


def test_the_seeds_disagree_on_how_many_americans_were_freed(store, seed_paths):
    seeds(store, seed_paths)
    figures = of_kind(suggest_links(store), "figure")
    americans = [s for s in figures if "“Americans”" in s.reason]
    assert [(s.source.text, s.target.text) for s in americans] == [
        ("four Americans", "At least three Americans")
    ]
    assert americans[0].reason == "Both give a figure for “Americans”: 4 vs 3"
    prisoners = [s for s in figures if "“prisoners”" in s.reason]
    assert prisoners and all(s.source.text == "56 prisoners" for s in prisoners)


def test_every_pair_of_reports_giving_a_figure_for_the_same_thing_is_proposed(store):
    made = [
        store.add_article(f"Officials said {count} prisoners were freed.", date=date)
        for count, date in (("56", "2026-01-03"), ("100", "2026-01-01"), ("400", "2026-01-02"))
    ]
    figures = of_kind(suggest_links(store), "figure")
    assert sorted(s.reason for s in figures) == [
        "Both give a figure for “prisoners”: 100 vs 400",
        "Both give a figure for “prisoners”: 100 vs 56",
        "Both give a figure for “prisoners”: 400 vs 56",
    ]
    assert all(s.source.article_id != made[0].id for s in figures)  # the latest is never first


def test_suggestions_are_sorted_best_first_with_stable_keys(store, seed_paths):
    seeds(store, seed_paths)
    first = suggest_links(store)
    assert [s.score for s in first] == sorted((s.score for s in first), reverse=True)
    assert len({s.key for s in first}) == len(first)
    assert suggest_links(store) == first
    assert suggest_links(store, limit=2) == first[:2]


def test_near_identical_sentences_in_two_articles_are_proposed(store):
    one = store.add_article(f"Local news. {SENTENCE} Traffic was diverted.", title="One")
    other = store.add_article(
        f"Weather today. {SENTENCE.replace('deep', 'some deep')} More soon.", title="Two"
    )
    store.add_article(f"{SENTENCE} Nothing else.", title="Three")
    pairs = of_kind(suggest_links(store, [one.id, other.id]), "sentence")
    assert {frozenset((s.source.article_id, s.target.article_id)) for s in pairs} >= {
        frozenset((one.id, other.id))
    }
    assert all(s.source.article_id != s.target.article_id for s in pairs)
    assert all(s.source.text.startswith("The bridge") for s in pairs)


def test_a_repeated_sentence_within_one_article_is_not_a_suggestion(store):
    store.add_article(f"{SENTENCE} Then again: {SENTENCE}")
    assert suggest_links(store) == []


def test_scope_limits_suggestions_to_pairs_touching_the_chosen_articles(store):
    one = store.add_article(f"A. {SENTENCE}", title="One")
    two = store.add_article(f"B. {SENTENCE}", title="Two")
    three = store.add_article(f"C. {SENTENCE}", title="Three")
    pairs = {
        frozenset((s.source.article_id, s.target.article_id))
        for s in suggest_links(store, [three.id])
    }
    assert pairs == {frozenset((one.id, three.id)), frozenset((two.id, three.id))}


def test_an_existing_annotation_is_proposed_instead_of_the_bare_span(store, ana, seed_paths):
    by_date = seeds(store, seed_paths)
    text = store.article_text(by_date["2026-01-14"])
    start = text.index("“We welcome")
    end = text.index("interim authorities.”") + len("interim authorities.”")
    quote = store.add_annotation(
        by_date["2026-01-14"], start, end, store.tag_by_name("Quote").id, ana.id
    )
    (quotation,) = of_kind(suggest_links(store), "quotation")
    assert quotation.source.annotation_id == quote.id
    assert (quotation.source.start, quotation.source.end) == (start, end)
    assert quotation.source.text == quote.quote


def test_a_pair_already_linked_is_not_proposed_again(store, ana, seed_paths):
    by_date = seeds(store, seed_paths)
    (quotation,) = of_kind(suggest_links(store), "quotation")
    ends = []
    for span in (quotation.source, quotation.target):
        ends.append(
            store.add_annotation(
                span.article_id, span.start, span.end, store.tag_by_name("Quote").id, ana.id
            ).id
        )
    store.add_link(*ends, "related", ana.id)
    assert of_kind(suggest_links(store, [by_date["2026-01-17"]]), "quotation") == []


def test_a_dismissed_suggestion_stays_away_after_reopening_until_undone(
    project_path, store, ana, seed_paths
):
    seeds(store, seed_paths)
    (quotation,) = of_kind(suggest_links(store), "quotation")
    dismiss_suggestion(store, quotation.key, ana.id)
    dismiss_suggestion(store, quotation.key, ana.id)  # twice is harmless
    store.close()
    with Store.open(project_path) as reopened:
        assert dismissed_keys(reopened) == {quotation.key}
        assert of_kind(suggest_links(reopened), "quotation") == []
        undismiss_suggestion(reopened, quotation.key, ana.id)
        assert of_kind(suggest_links(reopened), "quotation") == [quotation]


def test_a_version_2_project_gains_the_dismissals_table_when_opened(tmp_path):
    path = tmp_path / "old.claimdesk"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, 2)
    conn.close()
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert dismissed_keys(store) == set()


def test_merging_a_colleagues_file_brings_their_dismissals(store, tmp_path, seed_paths):
    seeds(store, seed_paths)
    keys = [s.key for s in suggest_links(store)[:2]]
    with Store.open(tmp_path / "colleague.claimdesk") as colleague:
        bea = colleague.ensure_annotator("Bea")
        for key in keys:
            dismiss_suggestion(colleague, key, bea.id)
    ana = store.ensure_annotator("Ana")
    dismiss_suggestion(store, keys[0], ana.id)
    merge_project(store, tmp_path / "colleague.claimdesk")
    assert dismissed_keys(store) == set(keys)
    bea = next(annotator for annotator in store.annotators() if annotator.name == "Bea")
    assert dismissed_keys(store, ana.id) == {keys[0]}  # each keeps their own
    assert dismissed_keys(store, bea.id) == set(keys)


def test_a_cancelled_search_stops_and_says_what_it_found_before(store):
    store.add_article(f"A. {SENTENCE}", title="One")
    store.add_article(f"B. {SENTENCE}", title="Two")
    search = find_suggestions(store, budget=Budget(cancelled=lambda: True))
    assert search.stopped == "cancelled" and not search.complete
    assert search.note() == "Search cancelled; these are the suggestions found before."


def test_a_search_out_of_time_stops_and_says_so(store):
    store.add_article(f"A. {SENTENCE}", title="One")
    store.add_article(f"B. {SENTENCE}", title="Two")
    search = find_suggestions(store, budget=Budget(seconds=0))
    assert search.stopped == "time" and not search.complete
    assert search.note().startswith("Stopped after 0 s (the articles are long)")


def test_a_very_long_article_is_compared_on_its_beginning_and_the_search_says_so(
    store, monkeypatch
):
    monkeypatch.setattr(suggestions, "MAX_ARTICLE_CHARS", 200)
    tail = "The flood reached the old town hall at noon and the mayor ordered everyone out."
    padding = "\n".join(f"Line {n} of the transcript." for n in range(12))
    long = store.add_article(f"{SENTENCE}\n{padding}\n{tail}", title="Transcript")
    short = store.add_article(f"Earlier. {SENTENCE} Then: {tail}", title="Report")
    search = find_suggestions(store, [long.id, short.id])
    assert search.shortened == ("Transcript",) and not search.complete
    assert "“Transcript” is long: only its first 200 characters were compared." in search.note()
    found = {s.source.text for s in search.suggestions} | {
        s.target.text for s in search.suggestions
    }
    assert SENTENCE in found and tail not in found
    assert all(s.source.end <= 200 for s in search.suggestions if s.source.article_id == long.id)
