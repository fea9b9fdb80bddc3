"""ClaimReview as Google and fact-check aggregators read it: a rating scale that runs from
false to true, verdicts off that scale named only, evidence cited, appearances listed, and
no review without the `url` Google requires unless the user says so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.interchange.export import export_project

URL_BASE = {"claimreview_url_base": "https://factdesk.example/checks/"}


def _rated_claims(store: Store) -> dict[str, str]:
    """One claim per verdict named, each appearing in two articles; claim id by verdict."""
    ana = store.ensure_annotator("Ana")
    tag = next(tag.id for tag in store.tags() if tag.name == "Checkable claim")
    verdicts = {verdict.name: verdict.id for verdict in store.verdicts()}
    satire = store.add_verdict("Satire", "#123456")  # the user's own, off the scale
    verdicts["Satire"] = satire.id
    first = store.add_article(
        "Schools will close, the mayor said.",
        title="Mayor on schools",
        outlet="Daily",
        author="Jo Writer",
        date="2024-03-02",
        url="https://daily.example/schools",
    )
    earlier = store.add_article(
        "Rumour: schools will close.",
        title="Rumours",
        date="2024-03-01",
        url="https://forum.example/t/1",
    )
    claims = {}
    for name in ("True", "False", "Unverifiable", "Satire"):
        spans = [
            store.add_annotation(article.id, start, start + 19, tag, ana.id).id
            for article, start in ((first, 0), (earlier, 8))
        ]
        claims[name] = store.add_claim(
            ana.id,
            spans,
            wording=f"Schools will close ({name})",
            verdict_id=verdicts[name],
            evidence=["https://gov.example/schools-plan"],
        ).id
    return claims


def _export(store: Store, out: Path, **settings: str) -> dict[str, dict]:
    export_project(store, "claimreview", out, settings={**URL_BASE, **settings})
    reviews = json.loads(out.read_text(encoding="utf-8"))
    return {review["url"].rsplit("/", 1)[1]: review for review in reviews}


def test_verdicts_off_the_true_false_scale_are_named_but_not_rated(store, tmp_path):
    claims = _rated_claims(store)
    reviews = _export(store, tmp_path / "cr.json")
    ratings = {name: reviews[claim_id]["reviewRating"] for name, claim_id in claims.items()}
    for name in ("Unverifiable", "Satire"):
        assert ratings[name] == {"@type": "Rating", "name": name, "alternateName": name}
    true, false = ratings["True"], ratings["False"]
    assert false["ratingValue"] == false["worstRating"] == 1, "False is the worst rating"
    assert true["ratingValue"] == true["bestRating"] > false["ratingValue"]
    assert (true["name"], false["name"]) == ("True", "False")


def test_the_scale_follows_the_verdicts_values_in_order(store, tmp_path):
    claims = _rated_claims(store)
    for verdict in store.verdicts():
        if verdict.name == "Mixed":
            store.update_verdict(verdict.id, value=-40)  # any numbers: only the order counts
    tag = next(tag.id for tag in store.tags() if tag.name == "Checkable claim")
    ana = store.ensure_annotator("Ana")
    article = store.add_article("Half of it is right.", title="Mixed")
    span = store.add_annotation(article.id, 0, 4, tag, ana.id)
    mixed = next(v.id for v in store.verdicts() if v.name == "Mixed")
    claims["Mixed"] = store.add_claim(ana.id, [span.id], verdict_id=mixed).id
    reviews = _export(store, tmp_path / "cr.json")
    mixed_rating = reviews[claims["Mixed"]]["reviewRating"]
    false_rating = reviews[claims["False"]]["reviewRating"]
    assert mixed_rating["ratingValue"] == mixed_rating["worstRating"] == 1
    assert false_rating["ratingValue"] == 2


def test_evidence_is_cited_and_every_appearance_is_listed(store, tmp_path):
    claims = _rated_claims(store)
    review = _export(store, tmp_path / "cr.json")[claims["False"]]
    assert review["citation"] == [
        {"@type": "CreativeWork", "url": "https://gov.example/schools-plan"}
    ]
    item = review["itemReviewed"]
    assert [work["url"] for work in item["appearance"]] == [
        "https://daily.example/schools",
        "https://forum.example/t/1",
    ]
    assert item["appearance"][0] == {
        "@type": "CreativeWork",
        "url": "https://daily.example/schools",
        "headline": "Mayor on schools",
        "datePublished": "2024-03-02",
        "publisher": {"@type": "Organization", "name": "Daily"},
    }
    assert item["firstAppearance"]["url"] == "https://forum.example/t/1", "the earliest one"
    assert "author" not in item, "the forum post has no outlet: no claimant is invented"


def test_without_a_review_url_the_export_is_refused_unless_allowed(store, tmp_path):
    _rated_claims(store)
    out = tmp_path / "cr.json"
    with pytest.raises(ValidationError) as refused:
        export_project(store, "claimreview", out)
    assert "url" in str(refused.value) and "\n" not in str(refused.value)
    assert not out.exists()
    report = export_project(
        store, "claimreview", out, settings={"claimreview_allow_missing_url": "yes"}
    )
    assert any("url" in line for line in report.left_out)
    assert all("url" not in review for review in json.loads(out.read_text(encoding="utf-8")))


def test_the_command_line_refuses_in_one_line_and_exits_1_without_a_url(
    store, tmp_path, project_path
):
    _rated_claims(store)
    store.close()
    out = tmp_path / "cr.json"

    def export(*extra: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "claimdesk.desktop.cli", "export", str(project_path)]
        command += ["--format", "claimreview", "-o", str(out), *extra]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    refused = export()
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "--url-base" in refused.stderr and not out.exists()
    allowed = export("--allow-missing-url")
    assert allowed.returncode == 0, allowed.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 4
