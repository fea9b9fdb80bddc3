"""A write-ahead log found beside a project is replayed only if it is the project's own.

SQLite merges whatever `NAME-wal` lies beside `NAME` into it on first open. After a crash
that is the project's own unfinished work and must be recovered; but a log left by
another database or another project (copied along, renamed, restored from a backup)
would be written into the file and ruin it. So a log that no running program is using is
first replayed on copies in a temporary folder, and accepted only if the result is a
sound project with the same id as the file alone.

Everything here reads the files outside SQLite, so it runs only while no connection to
the project is open in this process (see `open_files`).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

from claimdesk.db.messages import message

from .errors import NotAProjectError, ProjectWriteError
from .schema import APPLICATION_ID, SCHEMA_VERSION, schema_problems

_SHM_DEADMAN_BYTE = 128
"""SQLite's unix VFS: every connection using the -shm holds a read lock on this byte."""
_DB_LOCK_BYTES = (0x40000000, 512)
"""SQLite's lock bytes in the database file (pending, reserved, shared)."""


def check_pending_log(path: Path) -> None:
    """Refuse a non-empty log beside `path` that is not this project's; leave both files as
    they are either way."""
    log = path.with_name(path.name + "-wal")
    try:
        status = log.stat()
    except FileNotFoundError:
        return
    if not stat.S_ISREG(status.st_mode):
        raise _not_ours(log)  # a pipe or a folder by that name: SQLite would block or fail
    if status.st_size == 0:
        return
    if not path.exists():
        raise _not_ours(log)
    if _in_use_elsewhere(path):
        return  # a running program writes to this log: it is the project's
    before = _state(path, log)
    try:
        _check_on_copies(path, log)
    except NotAProjectError:
        # Another program may have opened the project and written between the look above
        # and the copies (two windows and a terminal starting at once): copies of a log that
        # moved meanwhile disagree, and that log is a live one, the project's own.
        if _state(path, log) != before or _in_use_elsewhere(path):
            return
        raise
    except OSError as error:
        raise ProjectWriteError(
            message(
                "{path}: the disk could not be read or written while checking its log "
                "{name} ({reason}); nothing was changed",
                path=path,
                name=log.name,
                reason=error.strerror or error,
            )
        ) from error


def _state(path: Path, log: Path) -> tuple[tuple[int, int], ...] | None:
    """Size and modification time of the project and its log (stat opens neither); None
    once either is gone (another program checkpointed the log away)."""
    try:
        statuses = (path.stat(), log.stat())
    except FileNotFoundError:
        return None
    return tuple((status.st_size, status.st_mtime_ns) for status in statuses)


def _check_on_copies(path: Path, log: Path) -> None:
    import shutil  # loaded only when a log is left over (after a crash): not at start
    import tempfile

    try:
        alone = _identity(f"{path.resolve().as_uri()}?mode=ro&immutable=1")
    except _Foreign as foreign:
        raise NotAProjectError(message("{path}: {foreign}", path=path, foreign=foreign)) from None
    except sqlite3.DatabaseError:
        alone = (0, None)  # cut short mid-checkpoint, say: the replayed copy decides
    with tempfile.TemporaryDirectory(prefix="claimdesk-log-") as folder:
        merged = Path(folder) / "merged.claimdesk"
        shutil.copyfile(path, merged)
        shutil.copyfile(log, merged.with_name(merged.name + "-wal"))
        try:
            replayed = _identity(merged.as_uri())
            sound = _quick_check(merged)
        except _Foreign as foreign:
            if alone == (0, None):  # another application's file with its own log
                raise NotAProjectError(
                    message("{path}: {foreign}", path=path, foreign=foreign)
                ) from None
            raise _not_ours(log) from None
        except sqlite3.DatabaseError:
            raise _not_ours(log) from None
    if not sound or (alone[1] is not None and replayed[1] != alone[1]):
        raise _not_ours(log)


class _Foreign(Exception):
    """The database is not a Claimdesk project (its message says why)."""


def _not_ours(log: Path) -> NotAProjectError:
    return NotAProjectError(
        message("{log} does not belong to this project; move it away to open the project", log=log)
    )


def _identity(uri: str) -> tuple[int, str | None]:
    """(schema version, project id) of the database at `uri`, (0, None) for a file no
    migration has reached yet; `_Foreign` if it is not a Claimdesk project."""
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if application_id == 0 and version == 0 and tables == 0:
            return 0, None
        if application_id != APPLICATION_ID:
            raise _Foreign(message("an SQLite file, but not a Claimdesk project"))
        problems = schema_problems(conn, version) if 0 < version <= SCHEMA_VERSION else []
        if problems:
            raise _Foreign(
                message(
                    "the project's schema has been altered ({names})", names="; ".join(problems[:5])
                )
            )
        row = conn.execute("SELECT value FROM project WHERE key = 'id'").fetchone()
        return version, row[0] if row else None
    finally:
        conn.close()


def _quick_check(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def _in_use_elsewhere(path: Path) -> bool:
    """Whether another program holds SQLite locks on the project, asked without taking a
    lock (F_GETLK). Only safe with no connection to the file open in this process: the
    descriptors opened here to ask are closed again."""
    if sys.platform == "win32":
        return False  # no probe: the log is checked on copies, which is always safe
    shm = path.with_name(path.name + "-shm")
    return _locked(shm, _SHM_DEADMAN_BYTE, 1) or _locked(path, *_DB_LOCK_BYTES)


def _locked(path: Path, start: int, length: int) -> bool:
    import fcntl
    import struct

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if sys.platform == "darwin":  # off_t l_start, l_len; pid_t l_pid; short l_type, l_whence
            layout, fields, kind = "qqihh", (start, length, 0, fcntl.F_WRLCK, os.SEEK_SET), 3
        else:  # Linux: short l_type, l_whence; off_t l_start, l_len; pid_t l_pid
            layout, fields, kind = "hhqqi4x", (fcntl.F_WRLCK, os.SEEK_SET, start, length, 0), 0
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(layout, *fields))
        lock_type: int = struct.unpack(layout, answer)[kind]
        return lock_type != fcntl.F_UNLCK
    finally:
        os.close(fd)
