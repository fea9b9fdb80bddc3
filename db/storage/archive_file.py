"""A shared fact-check archive: an SQLite file of its own kind that a newsroom keeps beside
its projects, holding the same fact-check tables as a project (`fact_check_store` works on
both).

The file is someone else's: it is recognised by its own application id and version, its
schema must be exactly the archive's (no extra trigger, view or table), its size is
bounded and its values are checked before a row is used, so a bad file is one line and
nothing else. Reading opens it read-only (`mode=ro`) and never writes it; an archive keeps
a rollback journal, not a write-ahead log, so a reader needs no -shm file beside it and a
copy on a network share works.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimdesk.db.messages import message
from claimdesk.db.rules.limits import NAME_CHARS, QUOTE_CHARS, URL_CHARS

from . import open_files
from .errors import NotAProjectError, ReadOnlyProjectError, ValidationError
from .project_file import SQLITE_MAGIC, ProjectConnection, readonly_uri
from .schema import APPLICATION_ID, MIGRATIONS
from .store_base import StoreBase

ARCHIVE_ID = 0x436C4661  # "ClFa"
ARCHIVE_VERSION = 1
MAX_ARCHIVE_CHECKS = 2_000_000
"""Fact-checks in one shared archive: the public aggregators hold some hundreds of thousands."""
BUSY_TIMEOUT_MS = 5000
STATEMENTS = tuple(
    statement
    for migration in MIGRATIONS
    for statement in migration
    if statement.startswith(("CREATE TABLE fact_check", "CREATE VIRTUAL TABLE fact_check"))
)
"""The archive's schema: the project's own fact-check tables, created the same way."""
_BAD_VALUE = (
    "SELECT rowid FROM fact_checks WHERE typeof(id) != 'text' OR typeof(claim) != 'text'"
    f" OR length(claim) > {QUOTE_CHARS} OR typeof(url) != 'text' OR length(url) > {URL_CHARS}"
    + "".join(
        f" OR typeof({column}) != 'text' OR length({column}) > {NAME_CHARS}"
        for column in ("claimant", "rating", "publisher", "date", "language")
    )
    + " UNION ALL SELECT 0 FROM fact_check_words WHERE typeof(word) != 'text'"
    " OR typeof(checks) != 'integer' OR checks < 0 LIMIT 1"
)


class ArchiveFile(StoreBase):
    """An open shared archive: a connection the fact-check queries run on."""

    @property
    def name(self) -> str:
        return self.path.name


def create_archive(path: Path) -> None:
    """Make a new, empty archive at `path`; refuses an existing file."""
    if path.exists():
        raise ValidationError(
            message("{path}: already exists; an archive is made in a new file", path=path)
        )
    if not path.parent.is_dir():
        raise ValidationError(
            message("{path}: folder {parent} does not exist", path=path, parent=path.parent)
        )
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for statement in STATEMENTS:
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {ARCHIVE_ID}")
        conn.execute(f"PRAGMA user_version = {ARCHIVE_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        path.unlink(missing_ok=True)
        raise
    conn.close()


@contextmanager
def open_archive(path: Path, *, write: bool = False) -> Iterator[ArchiveFile]:
    """The archive at `path`, verified; read-only (never written) unless `write`."""
    with open_files.no_connection_joins():
        if not open_files.is_open_project(path):
            _check_bytes(path)
        if write:
            _check_writable(path)
        uri = f"{path.resolve().as_uri()}?mode=rw" if write else readonly_uri(path)
        try:
            conn = sqlite3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False,
                factory=ProjectConnection,
            )  # fmt: skip
        except sqlite3.Error as error:
            raise ReadOnlyProjectError(
                message("{path}: cannot be opened ({error})", path=path, error=error)
            ) from error
        conn._open_key = open_files.register(path)
    archive = ArchiveFile(conn, path, readonly=not write)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _verify(conn, path)
        if write:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        yield archive
    except sqlite3.DatabaseError as error:
        raise NotAProjectError(
            message("{path}: not a readable fact-check archive ({error})", path=path, error=error)
        ) from error
    finally:
        archive.close()


def archive_writable(path: Path) -> bool:
    """Whether this process may add to the archive (the file and its folder writable)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_bytes(path: Path) -> None:
    """Refuse what cannot be an archive by its first bytes (only while no connection to it
    is open here: reading them outside SQLite would drop that connection's locks)."""
    if not path.exists():
        raise NotAProjectError(message("{path}: no such file", path=path))
    if not path.is_file():
        raise NotAProjectError(
            message("{path}: is a folder or a device, not a fact-check archive", path=path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ReadOnlyProjectError(
            message("{path}: cannot be read ({strerror})", path=path, strerror=error.strerror)
        ) from error
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotAProjectError(
            message("{path}: not a fact-check archive (not an SQLite file)", path=path)
        )
    application_id = int.from_bytes(header[68:72], "big")
    if application_id == APPLICATION_ID:
        raise NotAProjectError(
            message("{path}: a Claimdesk project, not a fact-check archive", path=path)
        )
    if application_id != ARCHIVE_ID:
        raise NotAProjectError(
            message("{path}: not a fact-check archive (made with claimdesk archive new)", path=path)
        )
    if header[18] == 2:
        raise NotAProjectError(
            message(
                "{path}: a fact-check archive keeps no write-ahead log (it would be "
                "written when read); make a new one with claimdesk archive new",
                path=path,
            )
        )


def _check_writable(path: Path) -> None:
    if not archive_writable(path):
        raise ReadOnlyProjectError(
            message(
                "{path}: the archive (or its folder) is read-only; it can be matched "
                "against but not added to",
                path=path,
            )
        )


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    """Its identity, exact schema, size and values, before any row is used."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if application_id != ARCHIVE_ID:
        raise NotAProjectError(
            message("{path}: not a fact-check archive (made with claimdesk archive new)", path=path)
        )
    if version != ARCHIVE_VERSION:
        raise NotAProjectError(
            message(
                "{path}: a fact-check archive of another version ({version}; this "
                "Claimdesk reads {supported})",
                path=path,
                version=version,
                supported=ARCHIVE_VERSION,
            )
        )
    problems = _schema_problems(conn)
    if problems:
        raise NotAProjectError(
            message(
                "{path}: the archive's schema has been altered ({names})",
                path=path,
                names="; ".join(problems[:3]),
            )
        )
    count = conn.execute("SELECT coalesce(max(rowid), 0) FROM fact_checks").fetchone()[0]
    if not isinstance(count, int) or count > MAX_ARCHIVE_CHECKS:
        raise ValidationError(
            message("{path}: holds over {limit:,} fact-checks", path=path, limit=MAX_ARCHIVE_CHECKS)
        )
    bad = conn.execute(_BAD_VALUE).fetchone()
    if bad is not None:
        where = (
            message("fact-check {record}", record=bad[0]) if bad[0] else message("its word counts")
        )
        raise ValidationError(
            message(
                "{path}: {where} holds a value of the wrong type or length", path=path, where=where
            )
        )


_expected: dict[tuple[str, str], str] = {}


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master"
        " WHERE type IN ('trigger', 'view') OR name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    return {(kind, name): sql for kind, name, sql in rows}


def _schema_problems(conn: sqlite3.Connection) -> list[str]:
    if not _expected:
        memory = sqlite3.connect(":memory:")
        for statement in STATEMENTS:
            memory.execute(statement)
        _expected.update(_objects(memory))
        memory.close()
    found = _objects(conn)
    problems = [
        f"unexpected {kind} {name!r}" for kind, name in sorted(found.keys() - _expected.keys())
    ]
    problems += [
        f"missing {kind} {name!r}" for kind, name in sorted(_expected.keys() - found.keys())
    ]
    problems += [
        f"{kind} {name!r} has a different definition"
        for (kind, name), sql in sorted(found.items())
        if (kind, name) in _expected and _expected[kind, name] != sql
    ]
    return problems
