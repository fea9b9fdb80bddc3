"""A full or failing disk is told in one line naming the project, and changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.rules.check import check_project
from claimdesk.db.storage.errors import ProjectWriteError

WITH_A_SMALL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # over the limit a write fails, as on a bad disk
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from claimdesk.desktop.cli import main
sys.exit(main(sys.argv[2:]))
"""
LEAVE_A_LOG = """
import os, sys
from claimdesk.db import Store
store = Store.open(sys.argv[1], create=False)
store.add_article("x " * 20000, title="Pending")
os._exit(0)  # as a crash: the change stays in the log
"""


def claimdesk_on_a_small_disk(limit: int, *args: str | Path) -> subprocess.CompletedProcess:
    """`claimdesk ARGS` where no file may grow past `limit` bytes (writes beyond fail)."""
    return subprocess.run(
        [sys.executable, "-c", WITH_A_SMALL_DISK, str(limit), *map(str, args)],
        capture_output=True,
        text=True,
    )


def titles(path: Path) -> list[str]:
    with Store.open(path, create=False, readonly=True) as store:
        assert check_project(store) == []
        return [article.title for article in store.articles()]


@pytest.fixture
def saved(project_path: Path) -> Path:
    with Store.open(project_path) as store:
        store.add_article("Officials said 400 were freed.", title="Release")
    return project_path


def test_adding_an_article_on_a_full_disk_says_so_and_changes_nothing(store: Store):
    store.add_article("Officials said 400 were freed.", title="Release")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk fills up
    with pytest.raises(ProjectWriteError, match="the disk is full; nothing was changed"):
        store.add_article("A long report. " * 20_000, title="Long")
    assert [article.title for article in store.articles()] == ["Release"]
    assert check_project(store) == []


def test_importing_onto_a_failing_disk_exits_1_with_one_line(saved: Path, tmp_path: Path):
    report = tmp_path / "long.txt"
    report.write_text("Officials said 400 were freed. " * 10_000)
    result = claimdesk_on_a_small_disk(65_536, "import", saved, report)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"claimdesk: {saved}: the disk could not be read or written")
    assert line.endswith("nothing was changed")
    assert titles(saved) == ["Release"]


def test_a_project_with_a_pending_log_on_a_failing_disk_is_not_called_not_a_project(
    saved: Path,
):
    subprocess.run([sys.executable, "-c", LEAVE_A_LOG, str(saved)], check=True)
    saved.with_name(saved.name + "-shm").unlink()  # SQLite must write a new one to read
    result = claimdesk_on_a_small_disk(4_096, "import", saved, saved.parent / "missing.txt")
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert "not a Claimdesk project" not in line
    assert line.startswith(f"claimdesk: {saved}: the disk could not be read or written")
    assert titles(saved) == ["Release", "Pending"]


def test_a_new_project_on_a_failing_disk_leaves_no_file(tmp_path: Path):
    project = tmp_path / "new.claimdesk"
    result = claimdesk_on_a_small_disk(8_192, "new", project)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"claimdesk: {project}: the disk could not be read or written")
    assert list(tmp_path.iterdir()) == []
