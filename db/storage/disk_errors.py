"""A full disk or a failing one, told as such: never as "not a project", never a traceback.

SQLite reports both as error codes on whatever statement met them (opening, reading,
committing); the change under way is rolled back, so the message can promise that.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimdesk.db.messages import message

from .errors import ProjectWriteError

_SQLITE_IOERR = 10
_SQLITE_FULL = 13


def disk_failure(path: Path, error: sqlite3.Error) -> ProjectWriteError | None:
    """The one-line error for a full or failing disk, or None if `error` is another kind."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _SQLITE_FULL:
        return ProjectWriteError(
            message("{path}: the disk is full; nothing was changed", path=path)
        )
    if code == _SQLITE_IOERR:
        return ProjectWriteError(
            message(
                "{path}: the disk could not be read or written ({error}); nothing was changed",
                path=path,
                error=error,
            )
        )
    return None
