"""`claimdesk import-factchecks` and `claimdesk match` on the seed reports, as a new user
tries them: import a small archive, annotate a claim, see the earlier check and why."""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.desktop.cli import main
from tests.db.factchecks.test_reading_fact_checks import GOOGLE, REVIEW


def archive(tmp_path: Path) -> list[str]:
    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps({"@type": "DataFeed", "dataFeedElement": [REVIEW]}), encoding="utf-8"
    )
    google = tmp_path / "google.json"
    google.write_text(json.dumps(GOOGLE), encoding="utf-8")
    return [str(feed), str(google)]


def test_an_imported_archive_matches_an_annotated_claim_with_the_reason(
    annotated, tmp_path, capsys
):
    assert main(["import-factchecks", str(annotated), *archive(tmp_path)]) == 0
    assert "feed.json: 1 fact-checks added" in capsys.readouterr().out
    assert main(["match", str(annotated)]) == 0
    out = capsys.readouterr().out
    assert "1. Misleading (Cotejo, 2026-01-15): Venezuela released 400 political prisoners" in out
    assert "same figure: 400" in out


def test_match_json_names_the_annotation_and_the_check(annotated, tmp_path, capsys):
    main(["import-factchecks", str(annotated), *archive(tmp_path)])
    capsys.readouterr()
    assert main(["match", str(annotated), "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["kind"] == "annotation"
    assert entry["matches"][0]["url"] == REVIEW["url"]


def test_a_hostile_archive_is_one_line_and_the_others_still_go_in(annotated, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"claims": [{"text": "x", "claimReview": "no"}]}', encoding="utf-8")
    assert main(["import-factchecks", str(annotated), str(bad), *archive(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "bad.json: claim 1" in captured.err
    assert "google.json: 2 fact-checks added" in captured.out
