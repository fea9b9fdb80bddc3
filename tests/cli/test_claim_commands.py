"""`claimdesk claims` and `claimdesk suggest` end to end, as a script runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.claims.claim_links import join_claim
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.desktop.cli import main


@pytest.fixture
def seeded(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """The seed reports, with the UN's "about 50" and Foro Penal's "56" as one claim."""
    project = tmp_path / "seeds.claimdesk"
    with Store.open(project) as store:
        import_articles(store, seed_paths)
        ana = store.ensure_annotator("Ana")
        by_date = {summary.date: summary.id for summary in store.articles()}
        ends = []
        for date, phrase in (("2026-01-17", "about 50"), ("2026-01-14", "56")):
            start = store.article_text(by_date[date]).index(phrase)
            tag = store.tag_by_name("Statistic").id
            ends.append(
                store.add_annotation(by_date[date], start, start + len(phrase), tag, ana.id)
            )
        link = store.add_link(ends[0].id, ends[1].id, "same_claim", ana.id)
        claim = store.claim(join_claim(store, link, ana.id).claim_ids[0])
        store.update_claim(claim.id, wording="Venezuela has released about 50 prisoners")
    return project


def test_claims_lists_each_appearance_and_the_disagreement(seeded, capsys):
    assert main(["claims", str(seeded)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("1. Venezuela has released about 50 prisoners [unrated]")
    assert "2026-01-14  WASHINGTON" in text and "“56”" in text
    assert "2026-01-17  Venezuela has started" in text and "“about 50”" in text
    assert "! figures differ: 56" in text


def test_claims_as_json_for_scripts(seeded, capsys):
    assert main(["claims", str(seeded), "--contradicted", "--json"]) == 0
    (claim,) = json.loads(capsys.readouterr().out)
    assert claim["rating"] == ""
    assert [a["quote"] for a in claim["appearances"]] == ["56", "about 50"]
    assert [a["figures"] for a in claim["appearances"]] == [["56"], ["50"]]
    assert len(claim["contradictions"]) == 1


def test_suggest_proposes_the_shared_quotation(seeded, capsys):
    assert main(["suggest", str(seeded), "--json", "--limit", "3"]) == 0
    suggestions = json.loads(capsys.readouterr().out)
    assert len(suggestions) == 3
    assert suggestions[0]["kind"] == "quotation"
    assert "interim authorities" in suggestions[0]["source"]["text"]
    assert main(["suggest", str(seeded)]) == 0
    text = capsys.readouterr().out
    assert "quotation: Both quote “an important step" in text and "key " in text


def test_suggest_refuses_a_limit_below_one(seeded, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["suggest", str(seeded), "--limit", "0"])
    assert exited.value.code == 2
    assert main(["claims", str(seeded.with_name("missing.claimdesk"))]) == 1
    assert "no such file" in capsys.readouterr().err
