"""Commands that only read a project work on a file nobody may write: a read-only file, a
read-only folder (a mounted archive, a colleague's share)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.db import Store
from tests.older_schema import as_written_by
from tests.reliability.processes import as_ordinary_user

RUN = """
import sys
from claimdesk.desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""
READING_COMMANDS = {
    "info": ["info", "--json"],
    "articles": ["articles", "--json"],
    "claims": ["claims", "--json"],
    "suggest": ["suggest", "--json"],
    "check": ["check"],
}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A project with some work in it, in a folder of its own."""
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "shared.claimdesk"
    with Store.open(path) as store:
        ana = store.ensure_annotator("Ana")
        for text in ("Officials said 400 were freed.", "Rights groups said 400 were freed."):
            article = store.add_article(text, title=text[:6])
            made = store.add_annotation(article.id, 0, 9, store.tags()[0].id, ana.id)
        store.add_claim(ana.id, [made.id], wording="400 freed")
    return path


def run_as_user(*args: str | Path):
    return as_ordinary_user(RUN, *map(str, args))


def locked(path: Path, *, folder: bool) -> list[Path]:
    """Make the file (and, with `folder`, its folder) read-only; what to unlock after."""
    path.chmod(0o444)
    if folder:
        path.parent.chmod(0o555)
        return [path.parent, path]
    return [path]


@pytest.mark.parametrize("folder", [False, True], ids=["read-only file", "read-only folder"])
@pytest.mark.parametrize("command", READING_COMMANDS, ids=READING_COMMANDS.keys())
def test_reading_commands_work_on_a_read_only_project(shared: Path, command: str, folder: bool):
    before = shared.read_bytes()
    args = READING_COMMANDS[command]
    to_unlock = locked(shared, folder=folder)
    try:
        result = run_as_user(args[0], shared, *args[1:])
    finally:
        for path in to_unlock:
            path.chmod(0o755)
    assert result.returncode == 0, result.stderr
    if command in ("info", "articles", "claims"):
        assert json.loads(result.stdout)
    assert shared.read_bytes() == before


@pytest.mark.parametrize("fmt", ["sqlite", "jsonl"])
def test_exporting_a_read_only_project_works(shared: Path, tmp_path: Path, fmt: str):
    out = tmp_path / f"out.{fmt}"
    to_unlock = locked(shared, folder=True)
    try:
        result = run_as_user("export", shared, "-f", fmt, "-o", out)
    finally:
        for path in to_unlock:
            path.chmod(0o755)
    assert result.returncode == 0, result.stderr
    if fmt == "sqlite":
        with Store.open(out, create=False, readonly=True) as copy:
            assert len(copy.annotations()) == 2


def test_a_project_from_an_older_version_is_upgraded_when_read_where_it_can_be(shared: Path):
    with Store.open(shared) as store:
        as_written_by(store.conn, 2)
    result = run_as_user("info", shared)
    assert result.returncode == 0, result.stderr
    assert "2 articles" in result.stdout
