"""One table of the project, or of a file attached beside it, read and written as rows.

A small data layer in the spirit of sqlite-utils' `Table`: merge, the review queue and
`check` say what they want of a table (its columns, its ids, the rows with these ids,
many rows written at once) and the SQL stays here, beside the connection. Table and
column names come from the schema, never from a file, so they are quoted, not bound.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple, Protocol

Connection = sqlite3.Connection
"""The connection type, used inside this package."""


class HasConnection(Protocol):
    """A store: what the packages outside this one hold and pass to its functions."""

    conn: Connection


Db = Connection | HasConnection
"""What this package's functions take: a store (from outside) or its connection (inside),
as sqlite-utils' `Database` wraps either; only this package ever touches the connection."""


def connection(db: Db) -> Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


Row = tuple[Any, ...]

_CHUNK = 500
"""Ids bound per `IN (...)` query: far below SQLite's limit on bound values."""


class Column(NamedTuple):
    """A column as the schema declares it (a tuple: the app loads this module at start,
    and a dataclass costs milliseconds to build)."""

    name: str
    kind: str  # the declared type, upper case: TEXT, INTEGER, REAL
    nullable: bool


class Table:
    """`schema.name` on `conn`: "main" is the project, another schema an attached file."""

    def __init__(self, db: Db, name: str, schema: str = "main"):
        self.conn, self.name, self.schema = connection(db), name, schema
        self.ref = f"{schema}.[{name}]"

    def columns(self) -> list[Column]:
        info = self.conn.execute(f"PRAGMA {self.schema}.table_info([{self.name}])").fetchall()
        return [Column(name, kind.upper(), not notnull) for _, name, kind, notnull, _, _ in info]

    def count(self) -> int:
        found: int = self.conn.execute(f"SELECT count(*) FROM {self.ref}").fetchone()[0]
        return found

    def ids(self) -> set[str]:
        return {row[0] for row in self.conn.execute(f"SELECT id FROM {self.ref}")}

    def rows(self, select: str = "*", order_by: str = "id") -> sqlite3.Cursor:
        """Every row (the cursor: its `description` names the columns), in this order."""
        return self.conn.execute(f"SELECT {select} FROM {self.ref} ORDER BY {order_by}")

    def rows_where(
        self, where: str, params: Sequence[Any] = (), select: str = "*", order_by: str = "id"
    ) -> list[Row]:
        return self.conn.execute(
            f"SELECT {select} FROM {self.ref} WHERE {where} ORDER BY {order_by}", params
        ).fetchall()

    def rows_by_id(self, ids: Sequence[str]) -> Iterator[Row]:
        """The rows with these ids, in no particular order (absent ids are skipped)."""
        for offset in range(0, len(ids), _CHUNK):
            chunk = ids[offset : offset + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            yield from self.conn.execute(f"SELECT * FROM {self.ref} WHERE id IN ({marks})", chunk)

    def value(self, record_id: str, column: str) -> Any:
        """One column of one row, or None when there is no such row."""
        row = self.conn.execute(
            f"SELECT [{column}] FROM {self.ref} WHERE id = ?", (record_id,)
        ).fetchone()
        return None if row is None else row[0]

    def insert_all(
        self, columns: Sequence[str], rows: Iterable[Row], *, ignore: bool = False
    ) -> None:
        """Many rows in one statement; `ignore` skips those a unique key already holds."""
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        self.conn.executemany(f"{verb} INTO {self._columns_and_marks(columns)}", rows)

    def upsert_all(self, columns: Sequence[str], rows: Iterable[Row]) -> None:
        """Many rows by id (the first column): an existing row takes the new values.

        Only for rows that exist: with foreign keys on, an upsert costs twice a plain
        insert per row (1.5 s against 0.75 s for 100,000 annotations).
        """
        updates = ", ".join(f"[{name}] = excluded.[{name}]" for name in columns[1:])
        self.conn.executemany(
            f"INSERT INTO {self._columns_and_marks(columns)}"
            f" ON CONFLICT (id) DO UPDATE SET {updates}",
            rows,
        )

    def over_lengths(self, limits: Iterable[tuple[str, int]], most: int) -> list[tuple[str, str]]:
        """(id, first column longer than its limit) for at most `most` rows. SQLite's
        length() of text counts characters, as the limits do."""
        limits = list(limits)
        over = " ".join(
            f"WHEN length([{column}]) > {int(n)} THEN '{column}'" for column, n in limits
        )
        return self.conn.execute(
            f"SELECT id, over FROM (SELECT id, CASE {over} END AS over FROM {self.ref})"
            f" WHERE over IS NOT NULL LIMIT {max(int(most), 0)}"
        ).fetchall()

    def _columns_and_marks(self, columns: Sequence[str]) -> str:
        quoted = ", ".join(f"[{name}]" for name in columns)
        return f"{self.ref} ({quoted}) VALUES ({', '.join('?' * len(columns))})"
