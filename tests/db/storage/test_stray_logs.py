"""A write-ahead log beside a project that is not its own is never merged into it.

SQLite replays whatever `NAME-wal` lies beside `NAME` on first open; a log left by another
database or another project (copied along, renamed, restored from a backup) would be
written into the project and ruin it. Such a log is refused, and both files stay as they
were; the project's own log after a crash is still recovered.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.db import NotAProjectError, Store
from claimdesk.db.rules.check import check_project

LEAVE_A_LOG = """
import os, sqlite3, sys
path, kind = sys.argv[1], sys.argv[2]
if kind == "project":
    from claimdesk.db import Store
    store = Store.open(path)
    store.add_article("Rights groups counted 56 releases. " * 200, title="Theirs")
else:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES (hex(randomblob(20000)))")
os._exit(0)  # as a crash: the last changes stay in the log
"""


def leave_a_log(path: Path, kind: str) -> Path:
    """`path` after a crash of a program writing to it: its -wal holds changes."""
    subprocess.run([sys.executable, "-c", LEAVE_A_LOG, str(path), kind], check=True)
    log = path.with_name(path.name + "-wal")
    assert log.stat().st_size > 0
    return log


def fingerprint(path: Path) -> tuple[str, str]:
    log = path.with_name(path.name + "-wal")
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        hashlib.sha256(log.read_bytes()).hexdigest(),
    )


@pytest.fixture
def closed_project(project_path: Path) -> Path:
    with Store.open(project_path) as store:
        store.add_article("Officials said 400 were freed.", title="Mine")
    return project_path


def put_beside(log: Path, project: Path) -> None:
    shutil.copyfile(log, project.with_name(project.name + "-wal"))


@pytest.mark.parametrize("kind", ["another database", "another project"])
def test_a_stray_log_beside_a_project_is_refused_and_both_files_stay_unchanged(
    closed_project: Path, tmp_path: Path, kind: str
):
    other = tmp_path / "elsewhere" / "other.db"
    other.parent.mkdir()
    put_beside(leave_a_log(other, "project" if kind == "another project" else "db"), closed_project)
    before = fingerprint(closed_project)
    for readonly in (False, True):
        with pytest.raises(NotAProjectError) as refused:
            Store.open(closed_project, create=False, readonly=readonly)
        assert str(refused.value) == (
            f"{closed_project}-wal does not belong to this project;"
            " move it away to open the project"
        )
        assert fingerprint(closed_project) == before


def test_with_the_stray_log_moved_away_the_project_opens_whole(
    closed_project: Path, tmp_path: Path
):
    other = tmp_path / "elsewhere" / "other.claimdesk"
    other.parent.mkdir()
    put_beside(leave_a_log(other, "project"), closed_project)
    with pytest.raises(NotAProjectError):
        Store.open(closed_project)
    closed_project.with_name(closed_project.name + "-wal").unlink()
    with Store.open(closed_project, create=False) as store:
        assert [article.title for article in store.articles()] == ["Mine"]
        assert check_project(store) == []


def test_the_projects_own_log_after_a_crash_is_recovered(closed_project: Path):
    leave_a_log(closed_project, "project")
    with Store.open(closed_project, create=False) as store:
        assert sorted(article.title for article in store.articles()) == ["Mine", "Theirs"]
        assert check_project(store) == []


def test_a_log_beside_a_file_not_yet_created_is_refused(tmp_path: Path):
    other = tmp_path / "other.db"
    log = leave_a_log(other, "db")
    project = tmp_path / "new.claimdesk"
    put_beside(log, project)
    with pytest.raises(NotAProjectError, match="does not belong to this project"):
        Store.open(project)
    assert not project.exists()


def test_a_log_beside_another_applications_file_is_not_merged_into_it(tmp_path: Path):
    music = tmp_path / "music.db"
    leave_a_log(music, "db")
    before = fingerprint(music)
    with pytest.raises(NotAProjectError, match="not a Claimdesk project"):
        Store.open(music, create=False)
    assert fingerprint(music) == before
    conn = sqlite3.connect(music)
    assert conn.execute("SELECT count(*) FROM songs").fetchone()[0] == 1
    conn.close()


def test_a_named_pipe_in_place_of_the_log_is_refused(closed_project: Path):
    os.mkfifo(closed_project.with_name(closed_project.name + "-wal"))
    with pytest.raises(NotAProjectError, match="does not belong to this project"):
        Store.open(closed_project, create=False)


def test_the_projects_own_log_written_by_another_program_during_the_check_is_not_refused(
    closed_project: Path, monkeypatch
):
    """Programs that open one project at once (two windows and the terminal after a crash)
    race: the log may change while it is being checked on copies, so the copies disagree.
    A log that moved during the check is a live one, the project's own: never refused."""
    from claimdesk.db.storage import pending_log

    leave_a_log(closed_project, "project")
    real = pending_log._check_on_copies

    def another_program_writes_meanwhile(path: Path, log: Path) -> None:
        with log.open("ab") as handle:  # test set-up: no connection to it is open here
            handle.write(b"\0" * 4096)
        real(path, log)
        raise pending_log._not_ours(log)  # the copies disagreed

    monkeypatch.setattr(pending_log, "_check_on_copies", another_program_writes_meanwhile)
    with Store.open(closed_project, create=False) as store:
        assert "Theirs" in [article.title for article in store.articles()]
