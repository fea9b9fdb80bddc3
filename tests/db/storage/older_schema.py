"""Turn a project file back into what an older release wrote, whatever migrations were
appended since: tests of upgrades must not break each time the schema grows."""

from __future__ import annotations

import sqlite3

from claimdesk.db.storage.schema import expected_objects


def as_schema(conn: sqlite3.Connection, version: int) -> None:
    """Drop every table and index that schema `version` did not have, and say `version`."""
    wanted = expected_objects(version)
    found = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index')"
        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    for kind, name in found:
        if (kind, name) not in wanted and kind == "table":
            conn.execute(f"DROP TABLE [{name}]")  # its indexes go with it
    for kind, name in found:
        if (kind, name) not in wanted and kind == "index":
            conn.execute(f"DROP INDEX IF EXISTS [{name}]")
    conn.execute(f"PRAGMA user_version = {version}")
