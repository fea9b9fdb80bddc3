"""A project open in this process keeps SQLite's locks whatever else opens the same file.

On POSIX, closing any descriptor of a file drops every lock the process holds on it; a
second connection made while the first is open (a background job beside the window) must
therefore never read the file outside SQLite, or another program's close deletes the log
the first connection still writes to.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.storage.open_files import is_open_project

COUNT_ARTICLES = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
conn.close()
"""


def another_program_reads(path: Path) -> int:
    """What `claimdesk info` does to the file from outside: open, read, close."""
    result = subprocess.run(
        [sys.executable, "-c", COUNT_ARTICLES, str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


def test_a_background_job_and_another_program_leave_the_windows_log_in_place(
    project_path: Path,
):
    window = Store.open(project_path)
    try:
        window.add_article("First report.", title="One")
        Store.open(project_path, create=False).close()  # a background job came and went
        assert another_program_reads(project_path) == 1
        assert project_path.with_name(project_path.name + "-wal").exists()
        assert project_path.with_name(project_path.name + "-shm").exists()
        window.add_article("Second report.", title="Two")
        assert another_program_reads(project_path) == 2  # the window's later work is there
    finally:
        window.close()


def test_a_project_counts_as_open_while_any_connection_to_it_is(project_path: Path):
    first = Store.open(project_path)
    second = Store.open(project_path)
    assert is_open_project(project_path)
    assert is_open_project(project_path.with_name(project_path.name + "-wal"))
    first.close()
    assert is_open_project(project_path)
    second.close()
    assert not is_open_project(project_path)


def test_a_store_dropped_without_closing_stops_counting_as_open(project_path: Path):
    store = Store.open(project_path)
    assert is_open_project(project_path)
    del store
    gc.collect()
    assert not is_open_project(project_path)


def test_an_article_file_that_is_not_an_open_project_is_not_one(tmp_path: Path):
    article = tmp_path / "report.txt"
    article.write_text("A report.")
    assert not is_open_project(article)
    assert not is_open_project(tmp_path / "missing.claimdesk")
