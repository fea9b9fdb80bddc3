"""A colleague's file attached read-only beside the project, as a merge reads it.

Rows equal on both sides never leave SQLite: merge compares them here and reads only the
rows that differ (`incoming_rows`). The id maps merge works out (incoming id -> local id)
are published as temporary tables so those comparisons can look through them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from claimdesk.db.messages import message
from claimdesk.db.rules.file_values import utf8_problem

from .errors import ValidationError
from .project_file import readonly_uri
from .store import Store
from .table import Connection, Db, Row, Table, connection

OTHER = "merge_incoming"
"""The schema name the incoming file is attached under."""
MAP = "merge_map_"
"""Prefix of the temporary tables holding each id map, for SQL to compare through."""

_CACHE_KIB = -131072  # 128 MiB while merging: big merges touch many pages


class UndecodableText(Exception):
    """A value of the incoming file that SQLite holds as text but is not valid UTF-8."""

    def __init__(self, key: object, column: str, problem: str):
        super().__init__(f"{column} {problem}")
        self.key, self.column, self.problem = key, column, problem


@contextmanager
def attached(store: Store, source: Path, named: Path, mapped: Iterable[str]) -> Iterator[None]:
    """`source` attached as OTHER for the duration, with a larger page cache.

    A file SQLite cannot read is refused as `named` (the file the user chose, whichever
    file `source` is); afterwards the file is detached and the id maps of the `mapped`
    tables dropped.
    """
    conn = store.conn
    conn.execute(f"ATTACH DATABASE ? AS {OTHER}", (readonly_uri(source),))
    cache = conn.execute("PRAGMA main.cache_size").fetchone()[0]
    conn.execute(f"PRAGMA main.cache_size = {_CACHE_KIB}")
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise ValidationError(
            message("{named}: cannot be read ({error})", named=named, error=error)
        ) from error
    finally:
        conn.execute(f"PRAGMA main.cache_size = {cache}")
        conn.execute(f"DETACH DATABASE {OTHER}")
        for table in mapped:
            conn.execute(f"DROP TABLE IF EXISTS temp.[{MAP}{table}]")


def incoming(db: Db, table: str) -> Table:
    conn = connection(db)
    return Table(conn, table, OTHER)


def publish_map(db: Db, table: str, pairs: Iterable[tuple[str, str]]) -> None:
    """A table's id map as a temporary table, for later comparisons to look through."""
    conn = connection(db)
    name = f"temp.[{MAP}{table}]"
    conn.execute(f"CREATE TABLE {name} (id TEXT PRIMARY KEY, local TEXT NOT NULL)")
    conn.executemany(f"INSERT INTO {name} VALUES (?, ?)", pairs)


def mapped_value(column: str, target: str) -> str:
    """SQL for an incoming row `o`'s reference `column` read through `target`'s id map."""
    return (
        f"coalesce((SELECT local FROM temp.[{MAP}{target}] WHERE id = o.[{column}]), o.[{column}])"
    )


def fetch(conn: Connection, table: str, query: str) -> list[Row]:
    """The rows `query` reads from the incoming file's `table`; text there that is not
    valid UTF-8 (SQLite keeps whatever bytes a file holds) raises UndecodableText."""
    try:
        return conn.execute(query).fetchall()
    except sqlite3.OperationalError:
        undecodable = _undecodable(conn, table)
        if undecodable is None:
            raise
        raise undecodable from None


def read(db: Db, table: str, select: str) -> list[Row]:
    """These columns of every row of the incoming file's `table`."""
    conn = connection(db)
    return fetch(conn, table, f"SELECT {select} FROM {OTHER}.[{table}]")


def _undecodable(conn: Connection, table: str) -> UndecodableText | None:
    """The first value of `table` in the other file that cannot be read as text."""
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        cursor = conn.execute(f"SELECT * FROM {OTHER}.[{table}]")
        names = [column[0] for column in cursor.description]
        for row in cursor:
            for name, value in zip(names, row, strict=True):
                if isinstance(value, bytes) and (problem := utf8_problem(value)):
                    key = row[0]
                    key = key.decode("utf-8", "replace") if isinstance(key, bytes) else key
                    return UndecodableText(key, name, problem)
    finally:
        conn.text_factory = previous
    return None


def latest_colleague(db: Db, me: str | None) -> str | None:
    """The name of the incoming file's annotator, other than `me`, who owns its most
    recently modified record or was most recently recorded in it; None if nobody."""
    conn = connection(db)
    sources = " UNION ALL ".join(
        f"SELECT {who} AS who, max(modified) AS at FROM {OTHER}.[{table}] GROUP BY {who}"
        for table, who in (
            ("annotators", "id"),
            ("annotations", "annotator_id"),
            ("links", "annotator_id"),
            ("claims", "annotator_id"),
            ("reviews", "reviewer_id"),
        )
    )
    row = conn.execute(
        f"SELECT n.name FROM ({sources}) s JOIN {OTHER}.annotators n ON n.id = s.who"
        " WHERE n.name IS NOT (SELECT name FROM main.annotators WHERE id = ?)"
        " AND s.at IS NOT NULL ORDER BY s.at DESC LIMIT 1",
        (me,),
    ).fetchone()
    return None if row is None else str(row[0])
