"""Turn a project file back into what an older release wrote, whatever migrations were
appended since: tests of upgrades must not break each time the schema grows."""

from __future__ import annotations

import sqlite3

from claimdesk.db.storage.schema import expected_objects, migrate


def as_schema(conn: sqlite3.Connection, version: int) -> None:
    """Drop every table, column and index that schema `version` did not have, and say
    `version`."""
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
    reference = sqlite3.connect(":memory:")
    migrate(reference, version)
    for kind, name in wanted:
        if kind == "table":
            _drop_added_columns(conn, reference, name)
    conn.execute(f"PRAGMA user_version = {version}")


def _drop_added_columns(
    conn: sqlite3.Connection, reference: sqlite3.Connection, table: str
) -> None:
    """Columns a later migration added to `table` (ALTER TABLE … ADD COLUMN)."""
    had = {row[1] for row in reference.execute(f"PRAGMA table_info([{table}])")}
    for row in conn.execute(f"PRAGMA table_info([{table}])").fetchall():
        if row[1] not in had:
            conn.execute(f"ALTER TABLE [{table}] DROP COLUMN [{row[1]}]")
