"""A colleague's or downloaded project file is only ever data.

Opening it (Store.open) or merging it (merge_project) runs nothing stored in it, changes
nothing in the open project, and refuses it with a ClaimdeskError naming what is wrong.
Extends tests/db/storage/test_project_file.py, which covers the basic refusals.
CLAIMDESK_HOSTILE_MB (default 20) sizes the enormous values.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdesk.db import ClaimdeskError, NewerSchemaError, NotAProjectError, Store
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.rules.check import check_project
from claimdesk.db.storage.schema import SCHEMA_VERSION
from claimdesk.desktop.cli import main

ENORMOUS_MB = int(os.environ.get("CLAIMDESK_HOSTILE_MB", "20"))
TEXT = "Officials said 400 were freed. Rights groups counted 56 releases on Tuesday.\n"

# SQL that turns a valid project into a hostile one; a table `fired` records any trigger run.
FIRED = "CREATE TABLE fired (what TEXT)"
SCHEMA_TAMPERING: dict[str, tuple[list[str], str]] = {
    "trigger": (
        [
            FIRED,
            "CREATE TRIGGER spy AFTER UPDATE ON project BEGIN"
            " INSERT INTO fired VALUES ('update'); END",
            "CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM articles;"
            " INSERT INTO fired VALUES ('insert'); END",
        ],
        "unexpected trigger 'spy'",
    ),
    "trigger named like SQLite's own objects": (
        [
            FIRED,
            "CREATE TRIGGER sqlite1wipe AFTER INSERT ON annotations BEGIN DELETE FROM links;"
            " UPDATE articles SET title = 'PWNED'; INSERT INTO fired VALUES ('insert'); END",
        ],
        "unexpected trigger 'sqlite1wipe'",
    ),
    "select trigger via a view": (
        [
            FIRED,
            "CREATE VIEW spy_view AS SELECT * FROM project",
            "CREATE TRIGGER spy INSTEAD OF DELETE ON spy_view BEGIN"
            " INSERT INTO fired VALUES ('delete'); END",
        ],
        "unexpected view 'spy_view'",
    ),
    "view in place of a table": (
        [
            "ALTER TABLE tags RENAME TO real_tags",
            "CREATE VIEW tags AS SELECT * FROM real_tags",
        ],
        "unexpected view 'tags'",
    ),
    "extra table": (["CREATE TABLE payload (x BLOB)"], "unexpected table 'payload'"),
    "wrong column type": (
        [
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'start INTEGER', 'start TEXT')"
            " WHERE name = 'annotations'",
        ],
        "table 'annotations' has a different definition",
    ),
    "recursive view": (
        [
            "CREATE VIEW forever AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL"
            " SELECT x + 1 FROM n) SELECT x FROM n"
        ],
        "unexpected view 'forever'",
    ),
    "missing index": (["DROP INDEX annotations_article"], "missing index 'annotations_article'"),
}


def fingerprint(path: Path) -> str:
    """The bytes of the file and its log: anything written to either changes it.

    (Reading a WAL-mode file may leave an empty -wal beside it: SQLite's, and no change.)
    """
    digest = hashlib.sha256(path.read_bytes())
    log = path.with_name(path.name + "-wal")
    digest.update(log.read_bytes() if log.exists() else b"")
    return digest.hexdigest()


def colleague_project(path: Path) -> Path:
    with Store.open(path) as store:
        article = store.add_article(TEXT, title="Release")
        who = store.ensure_annotator("Eve")
        store.add_annotation(article.id, 15, 18, store.tags()[0].id, who.id)
    return path


def tamper(path: Path, statements: list[str]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture
def own(tmp_path: Path):
    """The project open on this machine, with some work in it."""
    with Store.open(tmp_path / "own.claimdesk") as store:
        article = store.add_article("My own article, checked twice.", title="Mine")
        store.add_annotation(article.id, 0, 6, store.tags()[0].id, store.ensure_annotator("Me").id)
        yield store


def open_it(own: Store, path: Path) -> None:
    Store.open(path).close()


def merge_it(own: Store, path: Path) -> None:
    merge_project(own, path)


WAYS = {"open": open_it, "merge": merge_it}


def assert_refused_untouched(
    own: Store, path: Path, way: Callable, match: str, error=ClaimdeskError
) -> None:
    mine, theirs = fingerprint(own.path), fingerprint(path)
    with pytest.raises(error, match=match) as raised:
        way(own, path)
    assert str(path) in str(raised.value)
    assert fingerprint(own.path) == mine  # the open project is untouched
    assert fingerprint(path) == theirs  # and so is theirs: nothing in it ran
    assert check_project(own) == []


@pytest.mark.parametrize("way", WAYS.values(), ids=WAYS.keys())
@pytest.mark.parametrize("kind", SCHEMA_TAMPERING, ids=SCHEMA_TAMPERING.keys())
def test_a_project_with_a_tampered_schema_is_refused_and_nothing_in_it_runs(
    own: Store, tmp_path: Path, kind: str, way: Callable
):
    path = colleague_project(tmp_path / "colleague.claimdesk")
    statements, problem = SCHEMA_TAMPERING[kind]
    tamper(path, statements)
    assert_refused_untouched(own, path, way, f"schema has been altered.*{problem}")
    if FIRED in statements:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        assert conn.execute("SELECT count(*) FROM fired").fetchone()[0] == 0
        conn.close()


def test_check_names_a_hidden_trigger_in_one_line(tmp_path: Path, capsys):
    path = colleague_project(tmp_path / "colleague.claimdesk")
    tamper(path, ["CREATE TRIGGER sqlite1wipe AFTER INSERT ON links BEGIN DELETE FROM links; END"])
    assert main(["check", str(path)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"claimdesk: {path}: the project's schema has been altered")
    assert "unexpected trigger 'sqlite1wipe'" in line


@pytest.mark.parametrize("way", WAYS.values(), ids=WAYS.keys())
def test_a_project_from_a_newer_version_is_refused_by_open_and_merge(
    own: Store, tmp_path: Path, way: Callable
):
    path = colleague_project(tmp_path / "newer.claimdesk")
    tamper(path, [f"PRAGMA user_version = {SCHEMA_VERSION + 1}"])
    assert_refused_untouched(own, path, way, "newer Claimdesk", NewerSchemaError)


@pytest.mark.parametrize("way", WAYS.values(), ids=WAYS.keys())
@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda data: data[: len(data) // 2], "truncated"),
        (lambda data: data[:50], "truncated SQLite header"),
        (lambda data: b"PK\x03\x04" + data[4:], "not an SQLite file"),
        (lambda data: b"", "not an SQLite file"),
        (lambda data: data[:100] + bytes(len(data) - 100), "not a Claimdesk project"),
    ],
    ids=["half", "header only", "zip magic", "empty", "zeroed pages"],
)
def test_a_damaged_file_is_refused_by_open_and_merge(
    own: Store, tmp_path: Path, damage, problem: str, way: Callable
):
    path = colleague_project(tmp_path / "damaged.claimdesk")
    with Store.open(path) as store:
        store.add_article("x " * 30_000, title="Padding")
    tamper(path, [])
    path.write_bytes(damage(path.read_bytes()))
    assert_refused_untouched(own, path, way, problem)


def test_opening_turns_off_trusted_schema(own: Store):
    assert own.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def enormous(path: Path, sql: str) -> None:
    """Write a value of CLAIMDESK_HOSTILE_MB megabytes without building it in Python."""
    tamper(path, [sql.replace("SIZE", str(ENORMOUS_MB * 1_048_576))])


def test_merging_a_file_with_an_enormous_blob_in_a_text_column_is_refused(
    own: Store, tmp_path: Path
):
    path = colleague_project(tmp_path / "blob.claimdesk")
    enormous(path, "UPDATE articles SET title = zeroblob(SIZE)")
    assert_refused_untouched(own, path, merge_it, r"articles .*: title is not of type text")


def test_a_file_with_an_enormous_blob_opens_as_data_and_check_names_it(tmp_path: Path):
    path = colleague_project(tmp_path / "blob.claimdesk")
    enormous(path, "UPDATE annotations SET note = zeroblob(SIZE)")
    with Store.open(path, readonly=True) as store:
        [problem] = check_project(store)
    assert problem.startswith("annotations ") and problem.endswith("note is blob, not text")


def test_merging_an_enormous_article_whose_hash_lies_is_refused(own: Store, tmp_path: Path):
    path = colleague_project(tmp_path / "big.claimdesk")
    enormous(path, "UPDATE articles SET text = text || hex(zeroblob(SIZE / 2))")
    assert_refused_untouched(own, path, merge_it, "the article text is over the 10 MB limit")


def test_merging_rows_of_the_wrong_type_names_the_record_and_column(own: Store, tmp_path: Path):
    path = colleague_project(tmp_path / "types.claimdesk")
    tamper(
        path, ["PRAGMA ignore_check_constraints = ON", "UPDATE annotations SET start = 'fifteen'"]
    )
    assert_refused_untouched(own, path, merge_it, r"annotations .*: start is not of type integer")
    with Store.open(path, readonly=True) as store:
        assert check_project(store)[0].endswith("start is text, not integer")


def test_a_file_that_is_not_a_project_is_refused_by_merge(own: Store, tmp_path: Path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE annotations (x)")
    conn.commit()
    conn.close()
    assert_refused_untouched(own, path, merge_it, "not a Claimdesk project", NotAProjectError)
