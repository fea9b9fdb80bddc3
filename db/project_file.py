"""Opening a project file safely: recognise it, refuse what is not ours, then configure it.

Everything here runs before a single row is read, so a file that is not a Claimdesk
project, is truncated, comes from a newer version or carries a tampered schema is refused
with a clear message and is never modified.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .errors import NewerSchemaError, NotAProjectError, ProjectLockedError, ReadOnlyProjectError
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_problems

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def open_project_connection(
    path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False
) -> sqlite3.Connection:
    """A configured connection to a verified, up-to-date project file.

    `readonly` opens without any write (the file of a colleague, say); such a file must
    already be at the current schema version.
    """
    path = Path(path)
    fresh = _check_file(path, create=create and not readonly)
    conn = _connect(path, readonly=readonly)
    try:
        version = _check_identity(conn, path, fresh=fresh)
        if readonly:
            if version < SCHEMA_VERSION:
                raise NotAProjectError(
                    f"{path}: written by an older Claimdesk (schema {version}); open it once "
                    "in this version to upgrade it before merging it"
                )
        else:
            _configure_for_writing(conn, path)
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_file(path: Path, *, create: bool) -> bool:
    """Refuse what cannot be a project by looking at the bytes; True if the file is new."""
    if not path.exists():
        if not create:
            raise NotAProjectError(f"{path}: no such file")
        if not path.parent.exists():
            raise NotAProjectError(f"{path}: folder {path.parent} does not exist")
        return True
    if path.is_dir():
        raise NotAProjectError(f"{path}: is a folder, not a project file")
    size = path.stat().st_size
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as error:
        raise ReadOnlyProjectError(f"{path}: cannot be read ({error.strerror})") from error
    if size == 0 or not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(f"{path}: not a Claimdesk project (not an SQLite file)")
    if len(header) < 100:
        raise NotAProjectError(f"{path}: not a Claimdesk project (truncated SQLite header)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    # After a crash mid-checkpoint the header may already count pages that are still only
    # in the write-ahead log: SQLite finishes the checkpoint on open, so that is no damage.
    pending_log = _wal_path(path).exists() and _wal_path(path).stat().st_size > 0
    if counter_valid and page_count and size < page_size * page_count and not pending_log:
        raise NotAProjectError(
            f"{path}: the file is truncated ({size} bytes, its header promises "
            f"{page_size * page_count})"
        )
    return False


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.OperationalError as error:
        raise ReadOnlyProjectError(f"{path}: cannot be opened ({error})") from error
    # Nothing stored in a file may run with more rights than plain data.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _check_identity(conn: sqlite3.Connection, path: Path, *, fresh: bool) -> int:
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError as error:
        raise NotAProjectError(f"{path}: not a Claimdesk project ({error})") from error
    if fresh or (not has_tables and application_id == 0 and version == 0):
        return 0
    if application_id != APPLICATION_ID:
        raise NotAProjectError(f"{path}: an SQLite file, but not a Claimdesk project")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path}: written by a newer Claimdesk (schema {version}; this version reads up "
            f"to {SCHEMA_VERSION}). Update Claimdesk to open it; the file was not changed."
        )
    problems = schema_problems(conn, version)
    if problems:
        raise NotAProjectError(
            f"{path}: the project's schema has been altered ({'; '.join(problems[:5])})"
        )
    return version


def _configure_for_writing(conn: sqlite3.Connection, path: Path) -> None:
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise ProjectLockedError(f"{path}: is locked by another program") from error
        raise ReadOnlyProjectError(f"{path}: cannot be written ({error})") from error
    if mode.lower() != "wal":
        raise ReadOnlyProjectError(f"{path}: cannot switch to write-ahead logging ({mode})")
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a committed annotation survives power loss too, not only a process crash.
    conn.execute("PRAGMA synchronous = FULL")
