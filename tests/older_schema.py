"""Files as an earlier Claimdesk wrote them, for tests of upgrading: no version hard-coded
beyond the one a test names, so a migration appended later needs no change here."""

from __future__ import annotations

import sqlite3

from claimdesk.db.storage.schema import expected_objects, migrate

_DROP_ORDER = {"trigger": 0, "table": 1, "index": 2}
"""Triggers first (they name tables), a full-text table before its shadow tables (by name)."""


def as_written_by(conn: sqlite3.Connection, version: int) -> None:
    """Drop what the migrations after `version` added — triggers, tables, indexes and the
    columns added to older tables — and stamp the file with `version`."""
    later = expected_objects().keys() - expected_objects(version).keys()
    for kind, name in sorted(later, key=lambda item: (_DROP_ORDER.get(item[0], 3), item[1])):
        if kind in _DROP_ORDER:
            conn.execute(f"DROP {kind.upper()} IF EXISTS [{name}]")
    reference = sqlite3.connect(":memory:", isolation_level=None)
    migrate(reference, version)
    for kind, table in expected_objects(version):
        if kind == "table":
            _drop_added_columns(conn, reference, table)
            _rebuild_if_redefined(conn, reference, table)
    reference.close()
    conn.execute(f"PRAGMA user_version = {version}")


def _rebuild_if_redefined(
    conn: sqlite3.Connection, reference: sqlite3.Connection, table: str
) -> None:
    """A table a later migration rebuilt (another key): back to its earlier definition,
    its rows and indexes kept."""
    sql = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"
    before = reference.execute(sql, (table,)).fetchone()[0]
    if conn.execute(sql, (table,)).fetchone()[0] == before:
        return
    names = [row[1] for row in reference.execute(f"PRAGMA table_info([{table}])")]
    columns = ", ".join(f"[{name}]" for name in names)
    rows = conn.execute(f"SELECT {columns} FROM [{table}]").fetchall()
    conn.execute(f"DROP TABLE [{table}]")
    conn.execute(before)
    conn.executemany(
        f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(names))})", rows
    )
    for (index,) in reference.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ):
        conn.execute(index)


def _drop_added_columns(
    conn: sqlite3.Connection, reference: sqlite3.Connection, table: str
) -> None:
    """Columns a later migration added to `table` (ALTER TABLE … ADD COLUMN)."""
    had = {row[1] for row in reference.execute(f"PRAGMA table_info([{table}])")}
    for row in conn.execute(f"PRAGMA table_info([{table}])").fetchall():
        if row[1] not in had:
            conn.execute(f"ALTER TABLE [{table}] DROP COLUMN [{row[1]}]")
