"""`check`'s pass over every record's values, with the rules of `values` (the ones merge and
the store's setters apply), so a file written by anything else is held to them too."""

from __future__ import annotations

import sqlite3

from .values import RECORD_TABLES, TEXT_LIMITS, duplicate_names, record_problem

_COLUMNS = {
    "annotators": "id, name, created, modified",
    "annotations": "id, confidence, created, modified",
    "tags": "id, name, color, shortcut, created, modified",
    "verdicts": "id, name, color, created, modified",
    "claimants": "id, name, created, modified",
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
    problems += _over_text_limits(conn, limit - len(problems))
    for table in ("tags", "verdicts"):
        live = conn.execute(f"SELECT id, name FROM {table} WHERE deleted = 0 ORDER BY id")
        problems += [
            f"{table} {record_id}: has the same name as {holder}"
            for record_id, holder in duplicate_names(live)
        ]
    return problems[:limit]


def _over_text_limits(conn: sqlite3.Connection, limit: int) -> list[str]:
    """Free text past `values.TEXT_LIMITS` (a file made elsewhere may hold it), one query a
    table: SQLite's length() of text counts characters, as the limits do."""
    problems: list[str] = []
    for table, limits in TEXT_LIMITS.items():
        over = " ".join(
            f"WHEN length([{column}]) > {most} THEN '{column}'" for column, most in limits
        )
        for record_id, column in conn.execute(
            f"SELECT id, over FROM (SELECT id, CASE {over} END AS over FROM [{table}])"
            f" WHERE over IS NOT NULL LIMIT {max(limit, 0)}"
        ):
            most = dict(limits)[column]
            problems.append(
                f"{table} {record_id}: {column} is over the limit of {most:,} characters"
            )
    return problems[:limit]
