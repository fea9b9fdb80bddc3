"""A newsroom's shared fact-check archive from the command line: `archive new`,
`import-factchecks --archive`, `match --archive`; and `report` adding the newsroom's own
rated claims to the archives, so a later project finds them as checked before."""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.factchecks import published as archive_published_module
from claimdesk.db.factchecks.shared import set_shared_archive
from claimdesk.desktop.cli import main
from tests.db.factchecks.test_reading_fact_checks import REVIEW
from tests.db.report.seed_project import WORDING, released_prisoners


def new_archive(tmp_path: Path, capsys) -> Path:
    shared = tmp_path / "newsroom.cdarchive"
    assert main(["archive", "new", str(shared)]) == 0
    capsys.readouterr()
    return shared


def test_a_shared_archive_is_made_filled_and_matched_from_any_project(annotated, tmp_path, capsys):
    shared = new_archive(tmp_path, capsys)
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"@type": "DataFeed", "dataFeedElement": [REVIEW]}), "utf-8")
    assert main(["import-factchecks", "--archive", str(shared), str(feed)]) == 0
    assert "feed.json: 1 fact-checks added" in capsys.readouterr().out
    assert main(["match", str(annotated), "--archive", str(shared)]) == 0
    out = capsys.readouterr().out
    assert "Venezuela released 400 political prisoners" in out and "[newsroom.cdarchive]" in out
    assert main(["match", str(annotated)]) == 0
    assert "No earlier fact-check matches." in capsys.readouterr().out


def test_matching_a_bad_archive_is_one_line(annotated, tmp_path, capsys):
    bad = tmp_path / "bad.cdarchive"
    bad.write_text("{}", encoding="utf-8")
    assert main(["match", str(annotated), "--archive", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a fact-check archive" in err


def test_import_without_a_project_or_archive_says_what_to_give(tmp_path, capsys):
    assert main(["import-factchecks", str(tmp_path / "feed.json")]) == 1
    assert "give the project" in capsys.readouterr().err


def test_publishing_adds_the_rated_claims_to_both_archives(annotated, tmp_path, seed_paths, capsys):
    shared = new_archive(tmp_path, capsys)
    published = tmp_path / "desk.claimdesk"
    with Store.open(published) as store:
        released_prisoners(store, seed_paths)
        set_shared_archive(store, shared)
    report = [
        "report",
        str(published),
        "-o",
        str(tmp_path / "r.html"),
        "--url-base",
        "https://d.x/",
    ]
    assert main(report) == 0
    said = capsys.readouterr().out
    assert "1 of 1 rated claims added to the project's archive" in said
    assert "1 of 1 rated claims added to the shared archive newsroom.cdarchive" in said
    assert main(["match", str(annotated), "--archive", str(shared), "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["matches"][0]["claim"] == WORDING
    assert entry["matches"][0]["archive"] == "newsroom.cdarchive"
    assert main(report) == 0, "publishing again adds nothing twice"
    assert "0 of 1 rated claims added to the project's archive" in capsys.readouterr().out


def test_publishing_says_when_the_shared_archive_cannot_be_written(
    tmp_path, seed_paths, capsys, monkeypatch
):
    shared = new_archive(tmp_path, capsys)
    published = tmp_path / "desk.claimdesk"
    with Store.open(published) as store:
        released_prisoners(store, seed_paths)
        set_shared_archive(store, shared)
    monkeypatch.setattr(archive_published_module, "archive_writable", lambda path: False)
    assert main(["report", str(published), "-o", str(tmp_path / "r.html")]) == 0
    said = capsys.readouterr().out
    assert "1 of 1 rated claims added to the project's archive" in said
    assert f"not added to the shared archive {shared.resolve()} (it cannot be written here)" in said
