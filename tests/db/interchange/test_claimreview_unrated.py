"""The ClaimReview export says how many claims it left out for want of a rating, in
English: "1 claim has", not "1 claims have" (issue 20)."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.interchange.export import export_project


def _claims(store: Store, count: int) -> None:
    ana = store.ensure_annotator("Ana")
    tag = next(tag.id for tag in store.tags() if tag.name == "Checkable claim")
    for number in range(count):
        article = store.add_article(f"Schools will close, report {number} said.")
        span = store.add_annotation(article.id, 0, 19, tag, ana.id).id
        store.add_claim(ana.id, [span], wording=f"Schools will close ({number})")


def test_one_unrated_claim_is_reported_in_the_singular(store, tmp_path):
    _claims(store, 1)
    report = export_project(
        store,
        "claimreview",
        tmp_path / "cr.json",
        settings={"claimreview_allow_missing_url": "yes"},
    )
    assert "1 claim has no rating yet; left out of ClaimReview" in report.left_out


def test_two_unrated_claims_are_reported_in_the_plural(store, tmp_path):
    _claims(store, 2)
    report = export_project(
        store,
        "claimreview",
        tmp_path / "cr.json",
        settings={"claimreview_allow_missing_url": "yes"},
    )
    assert "2 claims have no rating yet; left out of ClaimReview" in report.left_out
