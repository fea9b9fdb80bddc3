"""The claims panel's data: where each claim appears and why it looks contradicted."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.claims.claim_links import claim_for_annotations, join_claim
from claimdesk.db.claims.claim_overview import claim_overview, claim_overviews, figures_in
from claimdesk.db.interchange.article_import import import_articles


def annotate(store: Store, ana, article_id: str, phrase: str, tag: str = "Statistic"):
    text = store.article_text(article_id)
    start = text.index(phrase)
    return store.add_annotation(
        article_id, start, start + len(phrase), store.tag_by_name(tag).id, ana.id
    )


def seed_articles(store: Store, seed_paths: list[Path]) -> dict[str, str]:
    """The two seed reports' ids, by date."""
    assert not import_articles(store, seed_paths).failed
    return {summary.date: summary.id for summary in store.articles()}


def test_the_un_and_foro_penal_figures_form_one_contradicted_claim(store, ana, seed_paths):
    by_date = seed_articles(store, seed_paths)
    un = annotate(store, ana, by_date["2026-01-17"], "about 50")
    foro_penal = annotate(store, ana, by_date["2026-01-14"], "56")
    join_claim(store, store.add_link(un.id, foro_penal.id, "same_claim", ana.id), ana.id)

    (overview,) = claim_overviews(store)
    assert [a.date for a in overview.appearances] == ["2026-01-14", "2026-01-17"]
    assert [a.annotation.quote for a in overview.appearances] == ["56", "about 50"]
    assert overview.appearances[0].article_title.startswith("WASHINGTON — Multiple Americans")
    assert overview.appearances[1].article_title.startswith("Venezuela has started releasing")
    assert [a.figures for a in overview.appearances] == [("56",), ("50",)]
    assert overview.has_contradiction
    (reason,) = map(str, overview.contradictions)
    assert "figures differ" in reason and "about 50" in reason and "56" in reason
    assert overview.verdict_name == ""
    assert claim_overviews(store, contradicted_only=True) == [overview]


def test_at_least_three_and_one_american_disagree_but_the_same_figure_twice_does_not(
    store, ana, seed_paths
):
    by_date = seed_articles(store, seed_paths)
    three = annotate(store, ana, by_date["2026-01-17"], "At least three Americans")
    one = annotate(store, ana, by_date["2026-01-14"], "one was quietly released Monday")
    claim, _ = claim_for_annotations(store, [three.id, one.id], ana.id)
    assert claim_overview(store, claim.id).has_contradiction
    four = annotate(store, ana, by_date["2026-01-14"], "four Americans were released")
    at_least, _ = claim_for_annotations(store, [three.id, four.id], ana.id)
    assert not claim_overview(store, at_least.id).has_contradiction, "four is at least three"
    same_a = annotate(store, ana, by_date["2026-01-17"], "Caracas on 3 January")
    same_b = annotate(store, ana, by_date["2026-01-14"], "earlier this month")
    agreed, _ = claim_for_annotations(store, [same_a.id, same_b.id], ana.id)
    assert not claim_overview(store, agreed.id).has_contradiction
    assert [o.claim.id for o in claim_overviews(store, contradicted_only=True)] == [claim.id]


def test_a_contradicts_link_names_who_marked_it(store, ana, seed_paths):
    by_date = seed_articles(store, seed_paths)
    hundred = annotate(store, ana, by_date["2026-01-17"], "more than 100 such prisoners")
    four_hundred = annotate(store, ana, by_date["2026-01-14"], "a far higher figure of 400")
    claim, _ = claim_for_annotations(store, [hundred.id], ana.id, wording="Government count")
    store.update_claim(claim.id, verdict_id=store.verdict_by_name("Misleading").id)
    store.add_link(four_hundred.id, hundred.id, "contradicts", ana.id)
    overview = claim_overview(store, claim.id)
    assert tuple(map(str, overview.contradictions)) == (
        "Ana marked “a far higher figure of 400” as contradicting “more than 100 such prisoners”",
    )
    assert overview.verdict_name == "Misleading"


def test_claims_are_listed_in_the_order_they_were_made(store, ana, seed_paths):
    by_date = seed_articles(store, seed_paths)
    made = []
    for phrase in ("about 50", "more than 100", "At least three Americans"):
        annotation = annotate(store, ana, by_date["2026-01-17"], phrase)
        made.append(claim_for_annotations(store, [annotation.id], ana.id)[0].id)
    assert [o.claim.id for o in claim_overviews(store)] == made


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("four Americans were released", ("4",)),
        ("At least three Americans", ("3",)),
        ("about 50 people", ("50",)),
        ("more than 1,000 troops", ("1000",)),
        ("growth of 3.5 per cent", ("3.5%",)),
        ("1.5 million voters", ("1500000",)),
        ("twenty-five thousand", ("25000",)),
        ("a dozen and then hundreds", ("12", "hundreds")),
        ("on January 14, 2026", ("2026-01-14",)),
        ("on 3 January", ("--01-03",)),
        ("released 2026-01-17", ("2026-01-17",)),
        ("no one was hurt", ()),
        ("they may have left on May 5", ("--05-05",)),
    ],
)
def test_figures_in_normalises_numbers_and_dates(text, figures):
    assert figures_in(text) == figures
