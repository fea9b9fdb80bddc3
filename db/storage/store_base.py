"""The connection, transactions and generic record helpers every part of the store shares.

Opening, reading and annotating run on the plain sqlite3 connection: importing sqlite-utils
costs about 0.2 s (it pulls numpy, click, dateutil and pluggy), more than painting the
window, so its `Database` wrapper is only built, and the package imported, on first use of
`StoreBase.db`.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from claimdesk.db.messages import message

from .clock import now
from .disk_errors import disk_failure
from .errors import NotFoundError, ProjectLockedError, ReadOnlyProjectError

if TYPE_CHECKING:
    import sqlite_utils

_SAVEPOINTS = itertools.count()

# A row as sqlite3 returns it: its values' types are the schema's, unknown to the checker.
Row = tuple[Any, ...]


class StoreBase:
    """Owns the connection; subclasses add one area of the model each."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool = False):
        self.conn = conn
        self.path = path
        self.readonly = readonly

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for table-level work beyond the store API."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False, recursive_triggers=False)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; nested calls become savepoints of the outer one.

        The outer level takes the write lock at once (BEGIN IMMEDIATE) so two processes on
        one file queue up instead of failing half-way through a read-then-write.
        """
        if self.readonly:
            raise ReadOnlyProjectError(message("{path}: opened read-only", path=self.path))
        if self.conn.in_transaction:
            with self._savepoint():
                yield
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _write_error(self.path, error) from error
        try:
            yield
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            failure = disk_failure(self.path, error) if isinstance(error, sqlite3.Error) else None
            if failure is not None:
                raise failure from error
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _write_error(self.path, error) from error

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"claimdesk_{next(_SAVEPOINTS)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # An error such as a RAISE(ROLLBACK) trigger can end the whole transaction,
            # savepoints included; then there is nothing left to roll back to.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    # Generic helpers over tables whose rows have id/created/modified/deleted columns.

    def _insert(self, table: str, record: dict[str, Any]) -> None:
        stamp = now()
        record.setdefault("created", stamp)
        record.setdefault("modified", stamp)
        columns = ", ".join(f"[{column}]" for column in record)
        marks = ", ".join("?" * len(record))
        self.conn.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(record.values())
        )

    def _update(self, table: str, record_id: str, changes: dict[str, Any]) -> None:
        """Apply `changes` and stamp `modified`; a missing id raises NotFoundError."""
        changes = {**changes, "modified": now()}
        assignments = ", ".join(f"[{column}] = ?" for column in changes)
        cursor = self.conn.execute(
            f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*changes.values(), record_id]
        )
        if cursor.rowcount == 0:
            raise NotFoundError(
                message("no {record} with id {record_id}", record=table[:-1], record_id=record_id)
            )

    def _set_deleted(self, table: str, record_id: str, deleted: bool) -> None:
        """Tombstone (or revive) a record: deletions must travel when files are merged."""
        self._update(table, record_id, {"deleted": int(deleted)})

    def _set_all_deleted(self, tables: dict[str, tuple[str, ...]], deleted: bool) -> None:
        """Tombstone (or revive) these records of each table, with one stamp."""
        stamp = now()
        for table, ids in tables.items():
            self.conn.executemany(
                f"UPDATE [{table}] SET deleted = ?, modified = ? WHERE id = ?",
                [(int(deleted), stamp, record_id) for record_id in ids],
            )

    def _row(self, sql: str, params: Row | list[Any] = ()) -> Row | None:
        row: Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def _one(self, sql: str, params: Row | list[Any] = ()) -> Row:
        """The row of a query that always answers one (an aggregate: count, max)."""
        row = self._row(sql, params)
        assert row is not None, sql
        return row

    def _count(self, sql: str, params: Row | list[Any] = ()) -> int:
        """The number a count query answers."""
        count: int = self._one(sql, params)[0]
        return count

    def _rows(self, sql: str, params: Row | list[Any] = ()) -> list[Row]:
        return self.conn.execute(sql, params).fetchall()


def dump_list(values: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def load_list(text: str) -> tuple[str, ...]:
    if text == "[]":
        return ()  # the common case, read for every annotation: skip the JSON parser
    try:
        values = json.loads(text)
    except (TypeError, ValueError):
        return ()
    return tuple(str(value) for value in values) if isinstance(values, list) else ()


def _write_error(path: Path, error: sqlite3.OperationalError) -> Exception:
    failure = disk_failure(path, error)
    if failure is not None:
        return failure
    reason = str(error)
    if "locked" in reason or "busy" in reason:
        return ProjectLockedError(
            message("{path}: busy; another program is writing to it", path=path)
        )
    if "readonly" in reason or "read-only" in reason:
        return ReadOnlyProjectError(
            message("{path}: cannot be written ({reason})", path=path, reason=reason)
        )
    return error
