"""`claimdesk export` and `claimdesk import-annotations` as a script calls them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.desktop.cli import main
from tests.db.interchange.test_exports import build_project


@pytest.fixture
def project(project_path: Path) -> dict:
    with Store.open(project_path) as store:
        return build_project(store)


def annotation_ids(path: Path) -> set[str]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {a["id"] for line in lines for a in line["annotations"]}


def test_every_export_filter_can_be_repeated(project, project_path, tmp_path, capsys):
    out = tmp_path / "picked.jsonl"
    code = main(
        ["export", str(project_path), "-f", "jsonl", "-o", str(out),
         "--tag", "Quote", "--tag", "Statistic", "--article", "Schools", "--article", "Second",
         "--annotator", "Ana", "--annotator", "Bo"]
    )  # fmt: skip
    assert code == 0
    assert annotation_ids(out) == {project["arabic"].id, project["echo"].id}
    assert "exported 2 articles, 2 annotations" in capsys.readouterr().out


def test_export_names_what_a_format_leaves_out(project, project_path, tmp_path, capsys):
    assert main(["export", str(project_path), "-f", "w3c", "-o", str(tmp_path / "a.jsonld")]) == 0
    printed = capsys.readouterr().out
    assert "1 claim is not in W3C" in printed and "confidence" in printed


def test_claimreview_publisher_and_url_come_from_the_command_line(project, project_path, tmp_path):
    out = tmp_path / "reviews.json"
    code = main(
        ["export", str(project_path), "-f", "claimreview", "-o", str(out),
         "--organization", "Fact Desk", "--url-base", "https://factdesk.example/c/"]
    )  # fmt: skip
    assert code == 0
    [review] = json.loads(out.read_text(encoding="utf-8"))
    assert review["author"] == {"@type": "Organization", "name": "Fact Desk"}
    assert review["url"].startswith("https://factdesk.example/c/")


def test_a_failed_export_exits_1_and_leaves_no_file(project, project_path, tmp_path, capsys):
    out = tmp_path / "none.csv"
    code = main(["export", str(project_path), "-f", "csv", "-o", str(out), "--tag", "Gossip"])
    assert code == 1
    assert capsys.readouterr().err.strip() == "claimdesk: no tag named 'Gossip' in this project"
    assert list(tmp_path.glob("*none*")) == []


def test_a_strict_import_refuses_tags_the_scheme_lacks_and_names_them(tmp_path, capsys):
    source = tmp_path / "theirs.jsonl"
    record = {
        "id": "a",
        "text": "Prices rose 5 % last year.",
        "annotations": [{"start": 0, "end": 6, "tag": "Economy"}],
    }
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    target = tmp_path / "mine.claimdesk"
    Store.open(target).close()
    assert main(["import-annotations", str(target), str(source), "--strict"]) == 1
    assert "theirs.jsonl, line 1, annotation 1: the tag “Economy”" in capsys.readouterr().err
    with Store.open(target, readonly=True) as store:
        assert store.articles() == []
    assert main(["import-annotations", str(target), str(source)]) == 0
    assert "new tags: Economy" in capsys.readouterr().out


def test_import_lists_orphans_on_stdout_and_warns_on_stderr(tmp_path, capsys):
    source = tmp_path / "drift.jsonl"
    record = {
        "id": "a",
        "text": "Nothing about schools here.",
        "annotations": [{"id": "x", "start": 0, "end": 7, "text": "Budget", "tag": "Quote"}],
    }
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    target = tmp_path / "mine.claimdesk"
    assert main(["import-annotations", str(target), str(source), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert "orphan: drift.jsonl, line 1, annotation 1: cannot find “Budget”" in captured.out
    assert "1 annotation(s) could not be placed" in captured.err
