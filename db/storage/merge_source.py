"""The colleague's file as a merge reads it: verified, and held open until the merge ends.

A newsroom does not upgrade everyone at once, so a file from an earlier Claimdesk is
merged too, but never written: it is copied (SQLite's backup API, through the read-only
connection that verified it) into a private temporary folder, the copy is upgraded by the
usual migrations and verified again as a current file is, and the merge reads the copy.
The folder goes when the merge ends, however it ends.

The verifying connection to the colleague's file stays open for the whole merge, so the
file counts as open here (`open_files`) and nothing in this process reads its bytes
while SQLite holds locks on it.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from claimdesk.db.messages import message

from .errors import ClaimdeskError, ProjectWriteError
from .project_copy import copy_project
from .project_file import open_project_connection
from .schema import SCHEMA_VERSION


@contextmanager
def merge_source(path: Path) -> Iterator[Path]:
    """The file to attach for merging `path`: `path` itself if it is current, else an
    upgraded copy. Refuses (ClaimdeskError naming `path`) what cannot be merged."""
    with ExitStack() as held:
        conn = open_project_connection(path, create=False, readonly=True, older=True)
        held.callback(conn.close)
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            yield path
            return
        try:
            folder = Path(
                held.enter_context(
                    tempfile.TemporaryDirectory(
                        prefix="claimdesk-merge-", ignore_cleanup_errors=True
                    )
                )
            )
        except OSError as error:
            raise _upgrade_failed(path, None, error) from error
        copy = folder / "incoming.claimdesk"
        try:
            copy_project(conn, copy)
            open_project_connection(copy, create=False).close()  # runs the migrations
            upgraded = open_project_connection(copy, create=False, readonly=True)
        except (ClaimdeskError, sqlite3.Error, OSError) as error:
            raise _upgrade_failed(path, copy, error) from error
        held.callback(upgraded.close)  # before the folder goes: closed first
        yield copy


def _upgrade_failed(path: Path, copy: Path | None, error: Exception) -> ProjectWriteError:
    """One line about the colleague's file: the user never asked for a copy, so its name
    is left out; where it was made is said (a full or missing temporary folder)."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    if copy is not None:
        reason = reason.removeprefix(f"{copy}: ")
    return ProjectWriteError(
        message(
            "{path}: written by an older Claimdesk, and a copy of it could not be "
            "upgraded for the merge in {folder} ({reason})",
            path=path,
            folder=tempfile.gettempdir(),
            reason=reason,
        )
    )
