"""Opening a project file safely: recognise it, refuse what is not ours, then configure it.

Everything here runs before a single row is read, so a file that is not a Claimdesk
project, is truncated, comes from a newer version or carries a tampered schema is refused
with a clear message and is never modified.

A file that cannot be written (its permissions, or a read-only folder where SQLite cannot
keep its -wal and -shm files) is refused for editing with a message saying so, and opens
read-only (`readonly=True`: check, export, merge from it) wherever SQLite can read it.
A file another program holds locked for longer than `BUSY_TIMEOUT_MS` is refused as busy.

The byte-level checks read the file outside SQLite, so they run only while no connection
to it is open in this process (see `open_files`): a file already open here was verified
when it was first opened, and reading it again would drop that connection's locks.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from claimdesk.db.messages import message

from . import open_files
from .disk_errors import disk_failure
from .errors import (
    NewerSchemaError,
    NotAProjectError,
    OlderSchemaError,
    ProjectLockedError,
    ReadOnlyProjectError,
)
from .pending_log import check_pending_log
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_problems

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
"""How long to wait for another program's write to finish before saying the file is busy."""


def open_project_connection(
    path: str | os.PathLike[str],
    *,
    create: bool = True,
    readonly: bool = False,
    older: bool = False,
) -> sqlite3.Connection:
    """A configured connection to a verified, up-to-date project file.

    `readonly` opens without any write (the file of a colleague, say); such a file must
    already be at the current schema version, unless `older` lets one from an earlier
    Claimdesk through, verified at its own version, for a caller that upgrades a copy.
    """
    path = Path(path)
    with open_files.no_connection_joins():
        fresh = False
        if not open_files.is_open_project(path):
            fresh = _check_file(path, create=create and not readonly)
            check_pending_log(path)
        if not readonly:
            _check_writable(path, fresh=fresh)
        conn = _connect(path, readonly=readonly)
    try:
        version = _check_identity(conn, path, fresh=fresh)
        if readonly:
            if version < SCHEMA_VERSION and not (older and version > 0):
                raise OlderSchemaError(
                    message(
                        "{path}: written by an older Claimdesk (schema {version}); open it "
                        "once in this version, where it can be written, to upgrade it",
                        path=path,
                        version=version,
                    )
                )
        else:
            _configure_for_writing(conn, path)
            migrate(conn)
    except BaseException as error:
        conn.close()
        if fresh:
            _remove_new_file(path)
        failure = disk_failure(path, error) if isinstance(error, sqlite3.Error) else None
        if failure is not None:
            raise failure from error
        raise
    return conn


def _remove_new_file(path: Path) -> None:
    """A project this call began to create and could not finish leaves nothing behind."""
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        path.with_name(name).unlink(missing_ok=True)


def _check_file(path: Path, *, create: bool) -> bool:
    """Refuse what cannot be a project by looking at the bytes; True if the file is new."""
    if not path.exists():
        if not create:
            raise NotAProjectError(message("{path}: no such file", path=path))
        if not path.parent.exists():
            raise NotAProjectError(
                message("{path}: folder {parent} does not exist", path=path, parent=path.parent)
            )
        return True
    if path.is_dir():
        raise NotAProjectError(message("{path}: is a folder, not a project file", path=path))
    if not path.is_file():  # found by stat: opening a FIFO below would block forever
        raise NotAProjectError(
            message("{path}: is a named pipe or device, not a project file", path=path)
        )
    size = path.stat().st_size
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as error:
        raise ReadOnlyProjectError(
            message("{path}: cannot be read ({strerror})", path=path, strerror=error.strerror)
        ) from error
    if size == 0 or not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(
            message("{path}: not a Claimdesk project (not an SQLite file)", path=path)
        )
    if len(header) < 100:
        raise NotAProjectError(
            message("{path}: not a Claimdesk project (truncated SQLite header)", path=path)
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    # After a crash mid-checkpoint the header may already count pages that are still only
    # in the write-ahead log: SQLite finishes the checkpoint on open, so that is no damage.
    pending_log = _wal_path(path).exists() and _wal_path(path).stat().st_size > 0
    if counter_valid and page_count and size < page_size * page_count and not pending_log:
        raise NotAProjectError(
            message(
                "{path}: the file is truncated ({size} bytes, its header promises {promised})",
                path=path,
                size=size,
                promised=page_size * page_count,
            )
        )
    return False


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _check_writable(path: Path, *, fresh: bool) -> None:
    """Refuse to edit what cannot be written, before SQLite fails half-way through a change."""
    folder = path.parent
    if not fresh and not os.access(path, os.W_OK):
        raise ReadOnlyProjectError(
            message(
                "{path}: the file is read-only; it can be checked or exported but not "
                "edited (copy it somewhere you can write, or change its permissions)",
                path=path,
            )
        )
    if not os.access(folder, os.W_OK):
        raise ReadOnlyProjectError(
            message(
                "{path}: its folder {folder} is read-only, and a project needs to keep "
                "its journal files (-wal, -shm) beside it; copy it somewhere you can "
                "write",
                path=path,
                folder=folder,
            )
        )


def readonly_uri(path: Path) -> str:
    """An SQLite URI that reads `path` without writing anything, even in a read-only folder.

    SQLite reads a write-ahead-log file through a -shm file it must be able to create;
    where it cannot and no log is pending, the file is opened as immutable.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not os.access(path.parent, os.W_OK) and not _wal_path(path).exists() and not shm.exists():
        uri += "&immutable=1"
    return uri


class ProjectConnection(sqlite3.Connection):
    """A connection that counts as open in `open_files` from its opening to its close."""

    _open_key: open_files.FileKey | None = None

    def close(self) -> None:
        super().close()
        key, self._open_key = self._open_key, None
        if key is not None:
            open_files.unregister(key)

    def __del__(self) -> None:
        # Left unclosed: SQLite would close it now anyway; the registry must forget it
        # too, or a later file given the same inode would skip its checks.
        self.close()


def _connect(path: Path, *, readonly: bool) -> ProjectConnection:
    uri = readonly_uri(path) if readonly else f"{path.resolve().as_uri()}?mode=rwc"
    try:
        conn = sqlite3.connect(
            uri,
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            factory=ProjectConnection,
        )
    except sqlite3.OperationalError as error:
        raise ReadOnlyProjectError(
            message("{path}: cannot be opened ({error})", path=path, error=error)
        ) from error
    conn._open_key = open_files.register(path)  # SQLite has created the file by now
    # Nothing stored in a file may run with more rights than plain data.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _check_identity(conn: sqlite3.Connection, path: Path, *, fresh: bool) -> int:
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError as error:
        raise _identity_error(path, error) from error
    if fresh or (not has_tables and application_id == 0 and version == 0):
        return 0
    if application_id != APPLICATION_ID:
        raise NotAProjectError(
            message("{path}: an SQLite file, but not a Claimdesk project", path=path)
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            message(
                "{path}: written by a newer Claimdesk (schema {version}; this version "
                "reads up to {supported}). Update Claimdesk to open it; the file was "
                "not changed.",
                path=path,
                version=version,
                supported=SCHEMA_VERSION,
            )
        )
    problems = schema_problems(conn, version)
    if problems:
        raise NotAProjectError(
            message(
                "{path}: the project's schema has been altered ({names})",
                path=path,
                names="; ".join(problems[:5]),
            )
        )
    return version


def _identity_error(path: Path, error: sqlite3.DatabaseError) -> Exception:
    failure = disk_failure(path, error)
    if failure is not None:
        return failure
    reason = str(error)
    if "locked" in reason or "busy" in reason:
        return ProjectLockedError(
            message(
                "{path}: locked by another program for over {seconds} s; close it "
                "there (or wait) and try again",
                path=path,
                seconds=BUSY_TIMEOUT_MS // 1000,
            )
        )
    if "unable to open" in reason and _wal_path(path).exists():
        return ReadOnlyProjectError(
            message(
                "{path}: has changes still in its log ({name}) that cannot be read "
                "from a read-only folder; copy the folder somewhere you can write",
                path=path,
                name=_wal_path(path).name,
            )
        )
    if "readonly" in reason:
        return ReadOnlyProjectError(
            message("{path}: cannot be read from here ({reason})", path=path, reason=reason)
        )
    return NotAProjectError(
        message("{path}: not a Claimdesk project ({reason})", path=path, reason=reason)
    )


def _configure_for_writing(conn: sqlite3.Connection, path: Path) -> None:
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError as error:
        failure = disk_failure(path, error)
        if failure is not None:
            raise failure from error
        if "locked" in str(error):
            raise ProjectLockedError(
                message("{path}: is locked by another program", path=path)
            ) from error
        raise ReadOnlyProjectError(
            message("{path}: cannot be written ({error})", path=path, error=error)
        ) from error
    if mode.lower() != "wal":
        raise ReadOnlyProjectError(
            message("{path}: cannot switch to write-ahead logging ({mode})", path=path, mode=mode)
        )
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a committed annotation survives power loss too, not only a process crash.
    conn.execute("PRAGMA synchronous = FULL")
