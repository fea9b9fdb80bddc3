"""Linking hedged figures into one claim: "more than 100" and "400" can both be true, so the
claim is not flagged "figures differ"; "more than 100" and "56" cannot (issue 20, "flags you
can trust"). The same rule marks the story timeline's points."""

from __future__ import annotations

import pytest

from claimdesk.db.analysis.figure_ranges import figures_agree
from claimdesk.db.analysis.figures import find_figures
from claimdesk.db.claims.claim_links import claim_for_annotations
from claimdesk.db.claims.claim_overview import claim_overview
from claimdesk.db.report.timeline import claim_timeline

from .test_claim_overview import annotate, seed_articles

HUNDRED = "more than 100 such prisoners"
FOUR_HUNDRED = "a far higher figure of 400"


def _claim(store, ana, by_date, quotes: dict[str, str]) -> str:
    ids = [annotate(store, ana, by_date[date], quote).id for quote, date in quotes.items()]
    return claim_for_annotations(store, ids, ana.id)[0].id


def test_linking_the_governments_400_and_more_than_100_is_no_contradiction(store, ana, seed_paths):
    by_date = seed_articles(store, seed_paths)
    claim = _claim(store, ana, by_date, {FOUR_HUNDRED: "2026-01-14", HUNDRED: "2026-01-17"})
    overview = claim_overview(store, claim)
    assert not overview.has_contradiction and overview.figures_warning == ""
    assert [point.disagrees for point in claim_timeline(store, claim)] == [False, False]


def test_linking_foro_penals_56_and_more_than_100_is_still_a_contradiction(store, ana, seed_paths):
    by_date = seed_articles(store, seed_paths)
    claim = _claim(store, ana, by_date, {"56": "2026-01-14", HUNDRED: "2026-01-17"})
    overview = claim_overview(store, claim)
    assert overview.has_contradiction
    assert "more than 100" in overview.figures_warning and "56" in overview.figures_warning
    assert [point.disagrees for point in claim_timeline(store, claim)] == [False, True]


def test_the_four_seed_figures_disagree_where_they_cannot_both_be_true(store, ana, seed_paths):
    by_date = seed_articles(store, seed_paths)
    quotes = {"56": "2026-01-14", FOUR_HUNDRED: "2026-01-14"}
    quotes |= {HUNDRED: "2026-01-17", "about 50": "2026-01-17"}
    claim = _claim(store, ana, by_date, quotes)
    assert claim_overview(store, claim).has_contradiction
    # against the earliest plotted figure, 56: 400, more than 100 and about 50 all disagree
    assert [p.disagrees for p in claim_timeline(store, claim)] == [False, True, True, True]


@pytest.mark.parametrize(
    ("first", "second", "language", "agree"),
    [
        ("400", "more than 100", "en", True),
        ("56", "more than 100", "en", False),
        ("100", "more than 100", "en", False),
        ("100", "at least 100", "en", True),
        ("four", "at least three", "en", True),
        ("56", "about 50", "en", False),
        ("54", "about 50", "en", True),
        ("55", "nearly 60", "en", True),
        ("61", "nearly 60", "en", False),
        ("150", "up to 200", "en", True),
        ("250", "up to 200", "en", False),
        ("about 50", "more than 100", "en", False),
        ("400", "más de 100", "es", True),
        ("56", "más de 100", "es", False),
        ("56", "alrededor de 50", "es", False),
        ("400", "mais de 100", "pt", True),
        ("150", "até 200", "pt", True),
        ("400", "plus de 100", "fr", True),
        ("80", "moins de 100", "fr", True),
        ("56", "environ 50", "fr", False),
        ("50%", "about 50", "en", False),
    ],
)
def test_hedged_figures_agree_when_their_ranges_overlap(first, second, language, agree):
    (one,) = find_figures(first, language)
    (other,) = find_figures(second, language)
    assert figures_agree(one, other) is agree
    assert figures_agree(other, one) is agree
