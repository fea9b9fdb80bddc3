"""Publishing a report adds its rated claims to the project's fact-check archive; a claim
is then not offered its own published fact-check as "checked before" (found by the record's
origin, not its words), while another claim of the project, worded alike, still is."""

from __future__ import annotations

from claimdesk.db.factchecks.matching import match_everywhere
from claimdesk.db.factchecks.published import not_its_own, published_from
from claimdesk.db.report.publish import publish_report

from ..report.seed_project import WORDING, released_prisoners, second_claim

SETTINGS = {"claimreview_url_base": "https://newsroom.example/checks/"}


def test_publishing_a_claim_does_not_make_it_checked_before(store, seed_paths, tmp_path):
    mine = released_prisoners(store, seed_paths)
    other = second_claim(store, f"{WORDING}, the government says")  # worded alike
    publish_report(store, tmp_path / "r.html")
    found = match_everywhere(store, None, WORDING)
    assert sorted(published_from(m.fact_check) for m in found) == sorted([mine, other])
    assert [published_from(m.fact_check) for m in not_its_own(found, mine)] == [other]
    assert [published_from(m.fact_check) for m in not_its_own(found, other)] == [mine]


def test_a_published_check_with_an_address_keeps_its_origin_too(store, seed_paths, tmp_path):
    mine = released_prisoners(store, seed_paths)
    publish_report(store, tmp_path / "r.html", settings=SETTINGS)
    [check] = [m.fact_check for m in match_everywhere(store, None, WORDING)]
    assert check.url == f"https://newsroom.example/checks/{mine}"
    assert not_its_own(match_everywhere(store, None, WORDING), mine) == []
    publish_report(store, tmp_path / "again.html", settings=SETTINGS)  # again: once
    assert len(match_everywhere(store, None, WORDING)) == 1
