"""Every hostile project variant, given to every `claimdesk` command and to the window.

Whatever the command, a project file that is not sound is refused the same way: one line
`claimdesk: PATH: PROBLEM` (exit 1), or one plain-text message in the window, and the file
(with its log) is left byte-for-byte as it was, so nothing stored in it ran. A colleague's
file given to `merge` is refused the same way and leaves the project it was merged into
untouched.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from claimdesk.db import Store
from claimdesk.db.storage.schema import SCHEMA_VERSION
from claimdesk.desktop.cli import main
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings

from .test_hostile_project_files import SCHEMA_TAMPERING, colleague_project, tamper


def with_foreign_log(path: Path) -> None:
    """Another database's write-ahead log, left beside the project (a copy gone wrong)."""
    other = path.with_name("other.db")
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES ('not a project')")
    foreign_log = other.with_name("other.db-wal").read_bytes()
    path.with_name(path.name + "-wal").write_bytes(foreign_log)
    conn.close()


def damaged(change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        path.write_bytes(change(path.read_bytes()))

    return damage


VARIANTS: dict[str, Callable[[Path], None]] = {
    **{
        f"schema: {kind}": (lambda path, statements=statements: tamper(path, statements))
        for kind, (statements, _) in SCHEMA_TAMPERING.items()
    },
    "newer version": lambda path: tamper(path, [f"PRAGMA user_version = {SCHEMA_VERSION + 1}"]),
    "another database's log beside it": with_foreign_log,
    "truncated": damaged(lambda data: data[: len(data) // 2]),
    "not SQLite": damaged(lambda data: b"PK\x03\x04" + data[4:]),
    "zeroed pages": damaged(lambda data: data[:100] + bytes(len(data) - 100)),
}

COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "info": lambda project, folder: ["info", str(project)],
    "articles": lambda project, folder: ["articles", str(project)],
    "claims": lambda project, folder: ["claims", str(project)],
    "suggest": lambda project, folder: ["suggest", str(project)],
    "check": lambda project, folder: ["check", str(project)],
    "agreement": lambda project, folder: ["agreement", str(project)],
    "export jsonl": lambda project, folder: [
        "export", str(project), "--format", "jsonl", "-o", str(folder / "out.jsonl")
    ],
    "export sqlite": lambda project, folder: [
        "export", str(project), "--format", "sqlite", "-o", str(folder / "out.claimdesk")
    ],
    "import": lambda project, folder: ["import", str(project), str(article_file(folder))],
    "import-annotations": lambda project, folder: [
        "import-annotations", str(project), str(dataset_file(folder))
    ],
    "merge into it": lambda project, folder: ["merge", str(project), str(own_project(folder))],
    "merge it into yours": lambda project, folder: [
        "merge", str(own_project(folder)), str(project)
    ],
}  # fmt: skip


def article_file(folder: Path) -> Path:
    path = folder / "report.txt"
    path.write_text("The minister said 400 prisoners were freed.\n")
    return path


def dataset_file(folder: Path) -> Path:
    path = folder / "data.jsonl"
    path.write_text('{"id": "a", "text": "Officials said 56.", "annotations": []}\n')
    return path


def own_project(folder: Path) -> Path:
    path = folder / "own.claimdesk"
    if not path.exists():
        with Store.open(path) as store:
            store.add_article("My own article, checked twice.", title="Mine")
    return path


def fingerprint(path: Path) -> str:
    """The bytes of a file and its log (no connection to it is open while this reads).

    A reader may leave an empty log beside a write-ahead-log file: SQLite's, and no change.
    """
    log = path.with_name(path.name + "-wal")
    digest = hashlib.sha256(path.read_bytes())
    digest.update(log.read_bytes() if log.exists() else b"")
    return digest.hexdigest()


@pytest.fixture(params=VARIANTS, ids=list(VARIANTS))
def hostile(request, tmp_path: Path) -> Path:
    (tmp_path / "hostile").mkdir()
    path = colleague_project(tmp_path / "hostile" / "colleague.claimdesk")
    with Store.open(path) as store:  # pages enough that half the file is visibly cut
        store.add_article("x " * 30_000, title="Padding")
    VARIANTS[request.param](path)
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
def test_every_command_refuses_a_hostile_project_in_one_line_and_leaves_it_as_it_was(
    hostile: Path, command: str, tmp_path: Path, capsys
):
    argv = COMMANDS[command](hostile, tmp_path)
    capsys.readouterr()
    before = fingerprint(hostile)
    own = tmp_path / "own.claimdesk"
    own_before = fingerprint(own) if own.exists() else None
    status = main(argv)
    out, err = capsys.readouterr()
    assert status == 1, (out, err)
    [line] = err.splitlines()
    assert line.startswith(f"claimdesk: {hostile}"), line
    assert fingerprint(hostile) == before
    if own_before is not None:
        assert fingerprint(own) == own_before


def test_the_window_refuses_a_hostile_project_in_one_plain_message_and_leaves_it(
    hostile: Path, qtbot, tmp_path: Path, monkeypatch
):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    before = fingerprint(hostile)
    assert not window.open_project(hostile, "Ana")
    [box] = shown
    assert str(hostile) in box.text()
    assert box.textFormat() == box.textFormat().PlainText
    assert window.session is None
    assert fingerprint(hostile) == before
