"""Reading a whole project row for row, to hold operations to "undo leaves it as it was,
redo brings back the same records, and what changed is what they report"."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.operations import Applied, Changes

Rows = dict[str, dict[str, tuple]]
"""Table → the key of each row (its id, or the whole row) → the row without `modified`."""


def project_rows(store: Store) -> Rows:
    """Every row of every table. `modified` is left out: an undo is a new edit (so a merge
    carries it to colleagues), stamped with its own time."""
    tables = [
        name
        for (name,) in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    rows: Rows = {}
    for table in tables:
        cursor = store.conn.execute(f"SELECT * FROM [{table}]")
        columns = [column[0] for column in cursor.description]
        kept = [i for i, column in enumerate(columns) if column != "modified"]
        keyed = "id" in columns
        rows[table] = {
            (row[columns.index("id")] if keyed else repr(row)): tuple(row[i] for i in kept)
            for row in cursor.fetchall()
        }
    return rows


def changed_ids(before: Rows, after: Rows) -> dict[str, set[str]]:
    """Per table, the ids of rows added, removed or changed."""
    return {
        table: {
            key
            for key in before.get(table, {}).keys() | rows.keys()
            if before.get(table, {}).get(key) != rows.get(key)
        }
        for table, rows in after.items()
    }


def assert_undone(store: Store, before: Rows) -> None:
    """The project is as before, but for tombstones of records the operation created."""
    now = project_rows(store)
    for table, rows in now.items():
        for key, row in rows.items():
            if key in before[table]:
                assert row == before[table][key], f"{table} {key} differs after undo"
            else:
                deleted = _column(store, table, "deleted")
                assert deleted is not None and row[deleted] == 1, f"{table} {key} left live"
        assert before[table].keys() <= rows.keys(), f"a row of {table} went"


def assert_reported(store: Store, changes: Changes, changed: dict[str, set[str]]) -> None:
    """`changes` names exactly the records that changed: the links, claims (a claim whose
    appearances changed among them) and reviews written, and at least the annotations and
    articles written."""
    members = changed.get("claim_members", set())
    member_claims = {
        claim_id
        for (claim_id,) in store.conn.execute(
            f"SELECT claim_id FROM claim_members WHERE id IN ({', '.join('?' * len(members))})",
            list(members),
        )
    }
    assert changes.links == changed["links"]
    assert changes.claims == changed["claims"] | member_claims
    assert changes.reviews == changed["reviews"]
    assert changed["annotations"] <= changes.annotations
    assert changed["articles"] <= changes.articles


def round_trip(store: Store, operation) -> tuple[Applied, Applied]:
    """Apply, undo and redo `operation`, checking at each step the file and the report:
    undo leaves the project as it was, redo exactly as the operation left it, and all three
    report the same changes, which are exactly the records written. Returns the first
    run's `Applied` and the redo's (whose inverse undoes again)."""
    before = project_rows(store)
    applied = operation()
    after = project_rows(store)
    assert_reported(store, applied.changes, changed_ids(before, after))
    undone = applied.inverse()
    assert_undone(store, before)
    redone = undone.inverse()
    assert project_rows(store) == after, "redo brings back the very same records"
    assert undone.changes == applied.changes == redone.changes
    return applied, redone


def _column(store: Store, table: str, name: str) -> int | None:
    columns = [row[1] for row in store.conn.execute(f"PRAGMA table_info([{table}])")]
    kept = [column for column in columns if column != "modified"]
    return kept.index(name) if name in kept else None
