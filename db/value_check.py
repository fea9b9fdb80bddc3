"""`check`'s pass over every record's values, with the rules of `values` (the ones merge and
the store's setters apply), so a file written by anything else is held to them too."""

from __future__ import annotations

import sqlite3

from .values import RECORD_TABLES, duplicate_names, record_problem

_COLUMNS = {
    "annotators": "id, name, created, modified",
    "annotations": "id, confidence, created, modified",
    "tags": "id, name, color, shortcut, created, modified",
    "verdicts": "id, name, color, created, modified",
}


def record_value_problems(conn: sqlite3.Connection, limit: int) -> list[str]:
    """One line per record breaking a value rule (at most `limit`), then duplicate names."""
    problems: list[str] = []
    for table in RECORD_TABLES:
        cursor = conn.execute(f"SELECT {_COLUMNS.get(table, 'id, created, modified')} FROM {table}")
        names = [column[0] for column in cursor.description]
        for row in cursor:
            problem = record_problem(table, dict(zip(names, row, strict=True)))
            if problem is not None:
                problems.append(f"{table} {row[0]}: {problem}")
                if len(problems) >= limit:
                    return problems
    for table in ("tags", "verdicts"):
        live = conn.execute(f"SELECT id, name FROM {table} WHERE deleted = 0 ORDER BY id")
        problems += [
            f"{table} {record_id}: has the same name as {holder}"
            for record_id, holder in duplicate_names(live)
        ]
    return problems[:limit]
