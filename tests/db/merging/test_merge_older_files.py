"""Merging a colleague's file written by the previous release of Claimdesk.

Their file is never written: a private copy of it is upgraded, validated as a current file
is, and merged from; the copy is gone afterwards whatever happened. A file from a newer
release is still refused. While a merge runs, the colleague's file counts as open here
(`open_files`), so nothing in this process reads its bytes behind SQLite's back.
"""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import tempfile
from pathlib import Path

import pytest

from claimdesk.db import NewerSchemaError, NotAProjectError, Store, ValidationError
from claimdesk.db.analysis.suggestions import dismiss_suggestion, dismissed_keys
from claimdesk.db.merging.merge import TABLES, merge_project
from claimdesk.db.merging.merge_queue import pending
from claimdesk.db.merging.merge_tables import Merger
from claimdesk.db.rules.check import check_project
from claimdesk.db.storage import merge_source as merge_source_module
from claimdesk.db.storage.errors import ProjectWriteError
from claimdesk.db.storage.open_files import is_open_project
from claimdesk.db.storage.schema import SCHEMA_VERSION
from tests.older_schema import as_written_by

TEXT = "Officials said 400 prisoners were freed on Tuesday; rights groups counted 56."


def fingerprint(path: Path) -> str:
    """The bytes of the file and its log; read only while no connection to it is open."""
    assert not is_open_project(path)
    digest = hashlib.sha256(path.read_bytes())
    log = path.with_name(path.name + "-wal")
    digest.update(log.read_bytes() if log.exists() else b"")
    return digest.hexdigest()


def as_previous_release(path: Path, *statements: str) -> Path:
    """Turn a project into the file schema 3 wrote (no review queue), with `statements`
    applied first (a tampering, a bad value)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    as_written_by(conn, 3)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def colleague_project(path: Path, ana_id: str) -> Path:
    """Bo's project, with a record in every table merge reads, and Ana's annotation edited."""
    with Store.open(path) as store:
        ana = store.ensure_annotator("Ana", annotator_id=ana_id)
        bo = store.ensure_annotator("Bo")
        article = store.add_article(TEXT, title="Release")
        tag, verdict = store.tags()[0].id, store.verdicts()[0].id
        first = store.add_annotation(article.id, 15, 33, tag, ana.id, annotation_id="ana-1")
        second = store.add_annotation(article.id, 64, 76, tag, bo.id, verdict_id=verdict)
        store.add_link(first.id, second.id, "supports", bo.id)
        store.add_claim(bo.id, [first.id, second.id], wording="400 freed", verdict_id=verdict)
        store.set_review(first.id, bo.id, "accepted")
        dismiss_suggestion(store, "suggested-pair", bo.id)
        store.update_annotation("ana-1", note="Bo: the ministry's figure")
    return path


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch) -> Path:
    """The folder temporary files go to, watched for anything left behind."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def ana(store: Store):
    """Ana's project: she shared it with Bo before annotating on her own."""
    ana = store.ensure_annotator("Ana")
    article = store.add_article(TEXT, title="Release")
    store.add_annotation(article.id, 15, 33, store.tags()[0].id, ana.id, annotation_id="ana-1")
    return ana


def counts(path: Path) -> dict[str, int]:
    with Store.open(path, create=False, readonly=True) as store:
        return {
            table: store.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            for table in (*TABLES, "dismissed_suggestions")
        }


def test_a_colleagues_file_from_the_previous_release_merges_and_stays_as_it_was(
    store: Store, ana, tmp_path: Path, scratch: Path
):
    theirs = colleague_project(tmp_path / "bo.claimdesk", ana.id)
    expected = counts(theirs)
    as_previous_release(theirs)
    before = fingerprint(theirs)

    report = merge_project(store, theirs, me=ana.id)

    assert report.added["annotations"] == 1 and report.added["links"] == 1
    assert store.annotation("ana-1").note == "Bo: the ministry's figure"
    assert [queued.change.field for queued in pending(store, ana.id)] == ["note"]
    assert dismissed_keys(store) == {"suggested-pair"}
    store.close()
    assert {table: n for table, n in counts(store.path).items() if n} == {
        table: n for table, n in expected.items() if n
    }
    # every table had something to bring (but claimants, which came after that release)
    assert all(n for table, n in expected.items() if table != "claimants")
    assert fingerprint(theirs) == before
    conn = sqlite3.connect(f"{theirs.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()
    assert list(scratch.iterdir()) == []


def test_merging_it_twice_changes_nothing_the_second_time(
    store: Store, ana, tmp_path: Path, scratch: Path
):
    theirs = as_previous_release(colleague_project(tmp_path / "bo.claimdesk", ana.id))
    merge_project(store, theirs, me=ana.id)
    assert not merge_project(store, theirs, me=ana.id).changed
    assert check_project(store) == []
    assert list(scratch.iterdir()) == []


def test_a_bad_record_in_an_older_file_is_refused_naming_that_file(
    store: Store, ana, tmp_path: Path, scratch: Path
):
    theirs = colleague_project(tmp_path / "bo.claimdesk", ana.id)
    as_previous_release(theirs, "UPDATE annotations SET quote = 'forged' WHERE id = 'ana-1'")
    before, mine = fingerprint(theirs), store.annotations()
    with pytest.raises(ValidationError) as refused:
        merge_project(store, theirs, me=ana.id)
    assert str(refused.value).startswith(
        f"{theirs}: annotations ana-1: its quote differs from the article text at "
    )
    assert store.annotations() == mine
    assert fingerprint(theirs) == before
    assert list(scratch.iterdir()) == []


def test_an_older_file_with_a_trigger_is_refused_before_anything_runs(
    store: Store, ana, tmp_path: Path, scratch: Path
):
    theirs = colleague_project(tmp_path / "bo.claimdesk", ana.id)
    as_previous_release(
        theirs,
        "CREATE TRIGGER spy AFTER INSERT ON annotations BEGIN DELETE FROM articles; END",
    )
    before = fingerprint(theirs)
    with pytest.raises(NotAProjectError, match=f"^{theirs}: the project's schema has been altered"):
        merge_project(store, theirs, me=ana.id)
    assert fingerprint(theirs) == before
    assert list(scratch.iterdir()) == []


def test_a_merge_failing_half_way_leaves_no_copy_behind(
    store: Store, ana, tmp_path: Path, scratch: Path, monkeypatch
):
    theirs = as_previous_release(colleague_project(tmp_path / "bo.claimdesk", ana.id))

    def fail(*args):
        raise RuntimeError("the machine stopped")

    monkeypatch.setattr(Merger, "merge_table", fail)
    with pytest.raises(RuntimeError):
        merge_project(store, theirs, me=ana.id)
    assert list(scratch.iterdir()) == []
    assert store.annotation("ana-1").note == ""


def test_no_room_for_the_upgraded_copy_is_said_in_one_line_naming_their_file(
    store: Store, ana, tmp_path: Path, scratch: Path, monkeypatch
):
    theirs = as_previous_release(colleague_project(tmp_path / "bo.claimdesk", ana.id))

    def disk_full(conn: sqlite3.Connection, out: Path) -> None:
        out.write_bytes(b"half a copy")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(merge_source_module, "copy_project", disk_full)
    with pytest.raises(ProjectWriteError) as refused:
        merge_project(store, theirs, me=ana.id)
    assert str(refused.value) == (
        f"{theirs}: written by an older Claimdesk, and a copy of it could not be upgraded"
        f" for the merge in {scratch} (No space left on device)"
    )
    assert list(scratch.iterdir()) == []
    assert not is_open_project(theirs)


def test_a_file_from_a_newer_release_is_still_refused(store: Store, ana, tmp_path, scratch):
    theirs = colleague_project(tmp_path / "bo.claimdesk", ana.id)
    conn = sqlite3.connect(theirs, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = fingerprint(theirs)
    with pytest.raises(NewerSchemaError, match=f"^{theirs}: written by a newer Claimdesk"):
        merge_project(store, theirs, me=ana.id)
    assert fingerprint(theirs) == before
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("release", ["current", "previous"])
def test_the_colleagues_file_counts_as_open_here_for_the_whole_merge(
    store: Store, ana, tmp_path: Path, release: str, monkeypatch
):
    theirs = colleague_project(tmp_path / "bo.claimdesk", ana.id)
    if release == "previous":
        as_previous_release(theirs)
    seen: list[bool] = []
    steps = Merger.merge_table

    def observed(self, table: str, validated) -> None:
        seen.append(is_open_project(theirs))
        steps(self, table, validated)

    monkeypatch.setattr(Merger, "merge_table", observed)
    merge_project(
        store, theirs, me=ana.id, progress=lambda *step: seen.append(is_open_project(theirs))
    )
    assert len(seen) == 2 * len(TABLES) + 1 and all(seen)
    assert not is_open_project(theirs)  # and no longer once it is done
