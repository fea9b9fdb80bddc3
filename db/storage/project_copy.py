"""A consistent copy of an open project, taken at any moment, appearing whole or not at all.

SQLite's backup API copies every page as of one read transaction, so the copy holds the
last committed change whatever is still only in the write-ahead log; it reads through the
connection, which may be read-only. The copy is written under a temporary name in the
target's folder and renamed into place.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimdesk.db.interchange.formats.common import atomic_path
from claimdesk.db.messages import message

from .errors import ValidationError
from .open_files import is_open_project
from .table import Db, connection


def copy_project(db: Db, out: Path) -> None:
    """Write the database behind `conn` to `out`, replacing a file there atomically.

    Refuses a project open in this process (the copy's own source, say): replacing it
    under a live connection would leave that connection writing to a deleted file.
    """
    conn = connection(db)
    out = Path(out)
    if is_open_project(out):
        raise ValidationError(
            message("{out}: is a project open here; choose another name for the copy", out=out)
        )
    with atomic_path(out) as temporary:
        target = sqlite3.connect(temporary)
        try:
            conn.backup(target)
        finally:
            target.close()
