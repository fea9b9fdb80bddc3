"""`check`'s pass over every record's values, with the rules of `values` (the ones merge and
the store's setters apply), so a file written by anything else is held to them too."""

from __future__ import annotations

from claimdesk.db.messages import message
from claimdesk.db.storage.table import Db, Table

from .values import RECORD_TABLES, TEXT_LIMITS, duplicate_names, record_problem

_COLUMNS = {
    "annotators": "id, name, created, modified",
    "articles": "id, language, created, modified",
    "annotations": "id, confidence, created, modified",
    "tags": "id, name, color, shortcut, created, modified",
    "verdicts": "id, name, color, created, modified",
    "claimants": "id, name, created, modified",
}


def record_value_problems(db: Db, limit: int) -> list[str]:
    """One line per record breaking a value rule (at most `limit`), then duplicate names."""
    problems: list[str] = []
    for table in RECORD_TABLES:
        cursor = Table(db, table).rows(_COLUMNS.get(table, "id, created, modified"), "rowid")
        names = [column[0] for column in cursor.description]
        for row in cursor:
            problem = record_problem(table, dict(zip(names, row, strict=True)))
            if problem is not None:
                problems.append(
                    message(
                        "{table} {record_id}: {problem}",
                        table=table,
                        record_id=row[0],
                        problem=problem,
                    )
                )
                if len(problems) >= limit:
                    return problems
    problems += _over_text_limits(db, limit - len(problems))
    for table in ("tags", "verdicts"):
        live = Table(db, table).rows_where("deleted = 0", select="id, name")
        problems += [
            message(
                "{table} {record_id}: has the same name as {holder}",
                table=table,
                record_id=record_id,
                holder=holder,
            )
            for record_id, holder in duplicate_names(live)
        ]
    return problems[:limit]


def _over_text_limits(db: Db, limit: int) -> list[str]:
    """Free text past `values.TEXT_LIMITS` (a file made elsewhere may hold it), one query a
    table."""
    problems: list[str] = []
    for table, limits in TEXT_LIMITS.items():
        for record_id, column in Table(db, table).over_lengths(limits, limit):
            most = dict(limits)[column]
            problems.append(
                message(
                    "{table} {record_id}: {column} is over the limit of {most:,} characters",
                    table=table,
                    record_id=record_id,
                    column=column,
                    most=most,
                )
            )
    return problems[:limit]
