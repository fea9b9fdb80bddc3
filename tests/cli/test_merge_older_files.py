"""`claimdesk merge` takes a colleague's file from the previous release as it takes a
current one, and leaves their file as it was."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.desktop.cli import main
from tests.db.merging.test_merge_older_files import (
    TEXT,
    as_previous_release,
    colleague_project,
    fingerprint,
)

from .test_read_only_projects import locked, run_as_user


def test_merging_a_file_from_the_previous_release_in_a_terminal(tmp_path: Path, capsys):
    mine = tmp_path / "ana.claimdesk"
    with Store.open(mine) as store:
        ana = store.ensure_annotator("Ana")
        article = store.add_article(TEXT, title="Release")
        store.add_annotation(article.id, 15, 33, store.tags()[0].id, ana.id, annotation_id="ana-1")
    theirs = as_previous_release(colleague_project(tmp_path / "bo.claimdesk", ana.id))
    before = fingerprint(theirs)
    assert main(["merge", str(mine), str(theirs), "--annotator", "Ana"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "1 change to Ana's work to review" in out
    assert fingerprint(theirs) == before
    with Store.open(mine, create=False, readonly=True) as store:
        assert store.annotation("ana-1").note == "Bo: the ministry's figure"


def test_a_file_from_the_previous_release_on_a_read_only_share_merges(tmp_path: Path):
    mine = tmp_path / "ana.claimdesk"
    with Store.open(mine) as store:
        ana = store.ensure_annotator("Ana")
    share = tmp_path / "share"
    share.mkdir()
    theirs = as_previous_release(colleague_project(share / "bo.claimdesk", ana.id))
    before = fingerprint(theirs)
    to_unlock = locked(theirs, folder=True)
    try:
        result = run_as_user("merge", mine, theirs)
    finally:
        for path in to_unlock:
            path.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "annotations: 2 added" in result.stdout
    assert fingerprint(theirs) == before
    assert sorted(path.name for path in share.iterdir()) == ["bo.claimdesk"]
