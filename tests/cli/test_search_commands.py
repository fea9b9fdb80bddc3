"""`claimdesk search` end to end on the seed reports, as a new user would try it."""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.search import search
from claimdesk.desktop.cli import main


def test_searching_rodriguez_without_the_accent_finds_both_reports(seeded, capsys):
    assert main(["search", str(seeded), "Rodriguez"]) == 0
    out = capsys.readouterr().out
    assert out.count("[Rodríguez]") == 2
    assert out.startswith("1. ")


def test_search_json_gives_each_hit_in_code_points(seeded, capsys):
    assert main(["search", str(seeded), '"political prisoners"', "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["total"] >= 1
    with Store.open(seeded) as store:
        for result in results["results"]:
            text = store.article_text(result["article_id"])
            start, end = result["hits"][0]
            assert text[start:end].casefold() == "political prisoners"


def test_a_search_nothing_matches_says_so(seeded, capsys):
    assert main(["search", str(seeded), "zeppelin"]) == 0
    assert capsys.readouterr().out.strip() == "No articles match."


def test_a_search_that_cannot_be_understood_is_one_line_and_exit_1(seeded, capsys):
    assert main(["search", str(seeded), '"political prisoners']) == 1
    err = capsys.readouterr().err
    assert err == 'claimdesk: the search has an unclosed quote (")\n'


def test_searching_a_file_that_is_not_a_project_changes_nothing(tmp_path: Path, capsys):
    missing = tmp_path / "none.claimdesk"
    assert main(["search", str(missing), "x"]) == 1
    assert not missing.exists()
    assert "no such file" in capsys.readouterr().err


def test_searching_with_exact_needs_the_accent_as_written(seeded, capsys):
    assert main(["search", str(seeded), "Rodriguez", "--exact"]) == 0
    assert capsys.readouterr().out.strip() == "No articles match."
    assert main(["search", str(seeded), "Rodríguez", "--exact", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["total"] == 2
    with Store.open(seeded) as store:
        for result in results["results"]:
            start, end = result["hits"][0]
            assert store.article_text(result["article_id"])[start:end] == "Rodríguez"


def test_an_exact_search_that_stops_at_a_full_page_says_at_least(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(search, "EXACT_CHUNK", 2)
    monkeypatch.setattr(search, "EXACT_COUNTED", 2)
    project = tmp_path / "many.claimdesk"
    with Store.open(project) as store:
        for number in range(6):
            store.add_article(f"Note {number}: Rodríguez spoke.", title=f"N{number}")
    assert main(["search", str(project), "Rodríguez", "--exact", "--limit", "2"]) == 0
    assert "At least 2 articles match; the best 2 are shown." in capsys.readouterr().out
    assert main(["search", str(project), "Rodríguez", "--exact", "--limit", "2", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["total"] == 2 and results["more"] is True
