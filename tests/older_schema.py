"""Files as an earlier Claimdesk wrote them, for tests of upgrading: no version hard-coded
beyond the one a test names, so a migration appended later needs no change here."""

from __future__ import annotations

import sqlite3

from claimdesk.db.storage.schema import expected_objects


def as_written_by(conn: sqlite3.Connection, version: int) -> None:
    """Drop what the migrations after `version` added (triggers first, a full-text table
    before its shadow tables) and stamp the file with `version`."""
    later = expected_objects().keys() - expected_objects(version).keys()
    for kind, name in sorted(later, key=lambda item: (item[0] != "trigger", item[1])):
        if kind in ("trigger", "table"):
            conn.execute(f"DROP {kind.upper()} IF EXISTS [{name}]")
    conn.execute(f"PRAGMA user_version = {version}")
