"""Reading commands on a file from the previous release read it as it is and never write
it: `check` is read-only, and `info` on a colleague's file must not change their file."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.desktop.cli import main
from tests.db.merging.test_merge_older_files import (
    as_previous_release,
    colleague_project,
    fingerprint,
)

READING = {
    "check": lambda project, folder: ["check", str(project)],
    "info": lambda project, folder: ["info", str(project)],
    "articles": lambda project, folder: ["articles", str(project)],
    "claims": lambda project, folder: ["claims", str(project)],
    "suggest": lambda project, folder: ["suggest", str(project)],
    "export": lambda project, folder: [
        "export", str(project), "--format", "jsonl", "-o", str(folder / "out.jsonl")
    ],
}  # fmt: skip


@pytest.mark.parametrize("command", READING, ids=list(READING))
def test_reading_a_file_from_the_previous_release_leaves_it_as_it_was(
    tmp_path: Path, capsys, command: str
):
    theirs = as_previous_release(colleague_project(tmp_path / "bo.claimdesk", "ana-id"))
    before = fingerprint(theirs)
    assert main(READING[command](theirs, tmp_path)) == 0, capsys.readouterr()
    _out, err = capsys.readouterr()
    assert err == ""
    assert fingerprint(theirs) == before


def test_info_on_a_file_from_the_previous_release_counts_what_it_holds(tmp_path: Path, capsys):
    theirs = as_previous_release(colleague_project(tmp_path / "bo.claimdesk", "ana-id"))
    assert main(["info", str(theirs)]) == 0
    assert "1 article, 2 annotations, 1 link, 1 claim" in capsys.readouterr().out
