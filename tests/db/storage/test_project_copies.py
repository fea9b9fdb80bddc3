"""Copies of a project taken while it is open: the file alone after a checkpoint, or
File → Save a copy… at any moment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.rules.check import check_project

COPY_FILE = "import shutil, sys; shutil.copyfile(sys.argv[1], sys.argv[2])"
READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM articles").fetchone()
print("reading", flush=True)
sys.stdin.readline()
conn.close()
"""


def copy_like_a_file_manager(source: Path, target: Path) -> None:
    """Copy the project file's bytes alone from another program (reading it from this
    one would drop the open store's locks)."""
    subprocess.run([sys.executable, "-c", COPY_FILE, str(source), str(target)], check=True)


def titles(path: Path) -> list[str]:
    with Store.open(path, create=False, readonly=True) as store:
        return [article.title for article in store.articles()]


def test_after_a_checkpoint_a_copy_of_the_file_alone_holds_the_latest_change(
    project_path: Path, tmp_path: Path
):
    Store.open(project_path).close()
    with Store.open(project_path) as store:
        store.add_article("A report that arrived late.", title="Late")
        copy_like_a_file_manager(project_path, tmp_path / "stale.claimdesk")
        assert titles(tmp_path / "stale.claimdesk") == []  # the change was only in the log
        assert store.checkpoint()
        copy_like_a_file_manager(project_path, tmp_path / "mailed.claimdesk")
    assert titles(tmp_path / "mailed.claimdesk") == ["Late"]


def test_a_checkpoint_does_not_wait_for_another_programs_reader(store: Store):
    store.add_article("First.", title="First")
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(store.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "reading"
        store.add_article("Second.", title="Second")
        assert not store.checkpoint()  # the reader still needs the log as it was
    finally:
        reader.communicate("\n", timeout=30)
    assert store.checkpoint()


def test_a_project_opened_read_only_is_not_written_by_a_checkpoint(project_path: Path):
    Store.open(project_path).close()
    before = project_path.read_bytes()
    with Store.open(project_path, create=False, readonly=True) as store:
        assert not store.checkpoint()
    assert project_path.read_bytes() == before


def test_save_a_copy_at_any_moment_gives_a_whole_project(store: Store, ana, tmp_path: Path):
    article = store.add_article("Officials said 400 were freed.", title="Release")
    store.add_annotation(article.id, 15, 18, store.tags()[0].id, ana.id)
    folder = tmp_path / "copies"
    folder.mkdir()
    store.save_copy(folder / "backup.claimdesk")
    assert [path.name for path in folder.iterdir()] == ["backup.claimdesk"]
    with Store.open(folder / "backup.claimdesk", create=False, readonly=True) as copy:
        assert check_project(copy) == []
        assert [a.quote for a in copy.annotations()] == ["400"]
        assert copy.setting("id") == store.setting("id")


def test_save_a_copy_over_an_earlier_copy_replaces_it(store: Store, tmp_path: Path):
    out = tmp_path / "backup.claimdesk"
    store.save_copy(out)
    store.add_article("Later.", title="Later")
    store.save_copy(out)
    assert titles(out) == ["Later"]


def test_save_a_copy_refuses_to_overwrite_the_open_project(store: Store):
    store.add_article("Mine.", title="Mine")
    with pytest.raises(ValidationError, match="open here"):
        store.save_copy(store.path)
    assert [article.title for article in store.articles()] == ["Mine"]
    assert check_project(store) == []


def test_a_cli_command_that_writes_leaves_the_whole_project_in_the_file(tmp_path: Path):
    project, article = tmp_path / "p.claimdesk", tmp_path / "report.txt"
    article.write_text("Officials said 400 were freed.\n")
    done = subprocess.run(
        [sys.executable, "-m", "claimdesk.desktop.cli", "import", str(project), str(article)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert not project.with_name(project.name + "-wal").exists()
    copy_like_a_file_manager(project, tmp_path / "copy.claimdesk")
    assert titles(tmp_path / "copy.claimdesk") == ["Officials said 400 were freed."]


def test_a_cli_import_while_the_window_is_open_still_leaves_the_file_whole(
    project_path: Path, tmp_path: Path
):
    Store.open(project_path).close()
    article = tmp_path / "report.txt"
    article.write_text("Officials said 400 were freed.\n")
    with Store.open(project_path) as window:
        done = subprocess.run(
            [sys.executable, "-m", "claimdesk.desktop.cli", "import", project_path, article],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        copy_like_a_file_manager(project_path, tmp_path / "copy.claimdesk")
        assert len(window.articles()) == 1
    assert titles(tmp_path / "copy.claimdesk") == ["Officials said 400 were freed."]
