"""Merging table by table: which incoming rows differ from the project's, how their ids
map onto local records (by id, or by natural key: article text hash, names), and which
version of each record is kept. Apart from `merge`, which runs the whole merge in one
transaction and writes what this works out, and from `merge_checks`, which judges each row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from claimdesk.db.rules import file_values
from claimdesk.db.rules.link_limits import links_problem, too_many_links
from claimdesk.db.rules.values import RECORD_TABLES as TABLES
from claimdesk.db.storage.errors import ValidationError

from . import merge_changes
from .merge_report import MergeReport

# column -> table whose ids it holds, per table; rewritten through the id maps and checked.
_REFERENCES: dict[str, dict[str, str]] = {
    "annotations": {
        "article_id": "articles",
        "annotator_id": "annotators",
        "tag_id": "tags",
        "verdict_id": "verdicts",
    },
    "links": {"source_id": "annotations", "target_id": "annotations", "annotator_id": "annotators"},
    "claims": {"verdict_id": "verdicts", "annotator_id": "annotators"},
    "claim_members": {
        "claim_id": "claims",
        "annotation_id": "annotations",
        "claimant_id": "claimants",
    },
    "reviews": {"annotation_id": "annotations", "reviewer_id": "annotators"},
}

Row = tuple[Any, ...]
Rows = dict[str, Row]
# (position, column, target table, id map, added ids, local ids): one reference of a table.
_Reference = tuple[int, str, str, dict[str, str], Rows, set[str]]

OTHER = "merge_incoming"
"""The schema name the incoming file is attached under."""
MAP = "merge_map_"
"""Prefix of the temporary tables holding each id map, for SQL to compare through."""
_SHOWN_ID = 80


class Layout:
    """A table's columns: names, positions, declared types and which may be NULL."""

    def __init__(self, conn: sqlite3.Connection, table: str):
        info = conn.execute(f"PRAGMA main.table_info([{table}])").fetchall()
        self.names = [name for _, name, _, _, _, _ in info]
        self.index = {name: position for position, name in enumerate(self.names)}
        self.types = [(name, kind.upper(), not notnull) for _, name, kind, notnull, _, _ in info]

    def __getitem__(self, name: str) -> int:
        return self.index[name]


NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "annotators": ("name",),
    "articles": ("sha256",),
    "tags": ("name",),
    "claimants": ("name",),
    "reviews": ("annotation_id", "reviewer_id"),
}


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for offset in range(0, len(values), size):
        yield values[offset : offset + size]


class Merger:
    """Works out, table by table, which rows to write and which ids map onto local ones.

    Local data is read lazily and only as far as the differing incoming rows need it.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, report: MergeReport, me: str | None):
        self.conn = conn
        self.path = path
        self.report = report
        self.me = me
        self.touched: list[merge_changes.Touched] = []
        self.layouts = {table: Layout(conn, table) for table in TABLES}
        self.local: dict[str, Rows] = {table: {} for table in TABLES}
        self.added: dict[str, Rows] = {table: {} for table in TABLES}
        self.id_maps: dict[str, dict[str, str]] = {table: {} for table in TABLES}
        self.changes: dict[str, list[Row]] = {table: [] for table in TABLES}
        self._ids: dict[str, set[str]] = {}
        self._keys: dict[str, dict[tuple[Any, ...], str]] = {}
        self._texts: dict[str, str] | None = None
        self._refs: dict[str, list[_Reference]] = {}

    def fail(self, table: str, record_id: object, reason: str) -> ValidationError:
        return ValidationError(f"{self.place(table, record_id)}: {reason}")

    def place(self, table: str, record_id: object) -> str:
        """'<file>: <table> <id>', the id cut short: a hostile one may be megabytes long."""
        shown = str(record_id)
        shown = shown if len(shown) <= _SHOWN_ID else f"{shown[: _SHOWN_ID - 1]}…"
        return f"{self.path}: {table} {shown}"

    def refuse_too_many_records(self) -> None:
        """The importers' limit on records per file, counted as they count them."""
        count = sum(
            self.conn.execute(f"SELECT count(*) FROM {OTHER}.[{table}]").fetchone()[0]
            for table in ("articles", "annotations", "links", "claims")
        )
        file_values.record_count(count, str(self.path))

    def refuse_too_many_links(self) -> None:
        """No annotation ends up with more live links than allowed (the importers' limit)."""
        layout = self.layouts["links"]
        deleted, source, target = layout["deleted"], layout["source_id"], layout["target_id"]
        live = [row for row in self.changes["links"] if not row[deleted]]
        found = too_many_links(self.conn, [row[end] for row in live for end in (source, target)])
        if found is not None:
            raise self.fail("annotations", found[0], links_problem(found[1]))

    def local_ids(self, table: str) -> set[str]:
        if table not in self._ids:
            self._ids[table] = {
                row[0] for row in self.conn.execute(f"SELECT id FROM main.[{table}]")
            }
        return self._ids[table]

    def local_keys(self, table: str) -> dict[tuple[Any, ...], str]:
        """Natural key -> local id; live records first, then the smallest id."""
        if table not in self._keys:
            columns = ", ".join(f"[{c}]" for c in NATURAL_KEYS[table])
            order = "deleted, id" if "deleted" in self.layouts[table].index else "id"
            keys: dict[tuple[Any, ...], str] = {}
            for row in self.conn.execute(
                f"SELECT id, {columns} FROM main.[{table}] ORDER BY {order}"
            ):
                keys.setdefault(tuple(row[1:]), row[0])
            self._keys[table] = keys
        return self._keys[table]

    def natural_key(self, table: str, row: Row) -> tuple[Any, ...]:
        return tuple(row[self.layouts[table][column]] for column in NATURAL_KEYS[table])

    def references(self, table: str) -> list[_Reference]:
        """(position, column, target table, id map, added ids, local ids) per reference."""
        if table not in self._refs:
            self._refs[table] = [
                (
                    self.layouts[table][column],
                    column,
                    target,
                    self.id_maps[target],
                    self.added[target],
                    self.local_ids(target),
                )
                for column, target in _REFERENCES.get(table, {}).items()
            ]
        return self._refs[table]

    def article_text(self, article_id: str) -> str:
        if article_id in self.added["articles"]:
            text: str = self.added["articles"][article_id][self.layouts["articles"]["text"]]
            return text
        if self._texts is None:
            self._texts = dict(self.conn.execute("SELECT id, text FROM main.articles"))
        return self._texts[article_id]

    def _differing(self, table: str) -> list[Row]:
        """Incoming rows not already in the project exactly as they are (their references
        read through the id maps), each followed by the name of its first column holding a
        value of the wrong type (or NULL).

        Comparing through the maps keeps a re-merge between colleagues who imported the
        same articles each on their own (matched by text hash) from reading every annotation
        into Python: 100,000 of them took 2 s to find unchanged, now ~0.2 s as with shared ids.
        """
        mapped = {
            column: target
            for column, target in _REFERENCES.get(table, {}).items()
            if self.id_maps[target]
        }
        same = " AND ".join(
            f"m.[{name}] IS "
            + (
                f"coalesce((SELECT local FROM temp.[{MAP}{mapped[name]}] WHERE id = o.[{name}]),"
                f" o.[{name}])"
                if name in mapped
                else f"o.[{name}]"
            )
            for name in self.layouts[table].names
        )
        return self.fetch(
            table,
            f"SELECT o.*, {self._type_check(table)} FROM {OTHER}.[{table}] o WHERE NOT EXISTS"
            f" (SELECT 1 FROM main.[{table}] m WHERE m.id = o.id AND {same}) ORDER BY o.rowid",
        )

    def fetch(self, table: str, query: str) -> list[Row]:
        """The rows `query` reads from the other file's `table`; text there that is not
        valid UTF-8 (SQLite keeps whatever bytes a file holds) is refused, named."""
        try:
            return self.conn.execute(query).fetchall()
        except sqlite3.OperationalError:
            undecodable = self._undecodable(table)
            if undecodable is None:
                raise
            raise undecodable from None

    def _undecodable(self, table: str) -> ValidationError | None:
        """The first value of `table` in the other file that cannot be read as text."""
        previous = self.conn.text_factory
        self.conn.text_factory = bytes
        try:
            cursor = self.conn.execute(f"SELECT * FROM {OTHER}.[{table}]")
            names = [column[0] for column in cursor.description]
            for row in cursor:
                for name, value in zip(names, row, strict=True):
                    if isinstance(value, bytes) and (problem := file_values.utf8_problem(value)):
                        key = row[0]
                        key = key.decode("utf-8", "replace") if isinstance(key, bytes) else key
                        return self.fail(table, key, f"{name} {problem}")
        finally:
            self.conn.text_factory = previous
        return None

    def _type_check(self, table: str) -> str:
        cases = []
        for name, kind, nullable in self.layouts[table].types:
            allowed = {"TEXT": "'text'", "INTEGER": "'integer'", "REAL": "'real', 'integer'"}[kind]
            allowed += ", 'null'" if nullable else ""
            cases.append(f"WHEN typeof(o.[{name}]) NOT IN ({allowed}) THEN '{name}'")
        cases.append("WHEN o.id = '' THEN 'id'")
        return f"CASE {' '.join(cases)} END"

    def _load_local(self, table: str, ids: list[str]) -> None:
        rows = self.local[table]
        wanted = [record_id for record_id in ids if record_id not in rows]
        for chunk in _chunks(wanted):
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT * FROM main.[{table}] WHERE id IN ({marks})", chunk
            ):
                rows[row[0]] = row

    def merge_table(self, table: str, validated: Callable[[str, Row], Row]) -> None:
        """Work out the table's changes, each differing row passed through `validated`."""
        total = self.conn.execute(f"SELECT count(*) FROM {OTHER}.[{table}]").fetchone()[0]
        differing = self._differing(table)
        self.report.unchanged[table] += total - len(differing)
        natural = table in NATURAL_KEYS
        arrivals: dict[str, Row] = {}
        for raw in differing:
            record_id = raw[0]
            row = validated(table, raw)
            if natural and record_id not in self.local_ids(table):
                local_id = self.local_keys(table).get(self.natural_key(table, row))
                if local_id is not None:
                    self.id_maps[table][record_id] = local_id
                    row = (local_id, *row[1:])
            previous = arrivals.get(row[0])
            arrivals[row[0]] = row if previous is None else self._newer(table, previous, row)
        self._load_local(table, [rid for rid in arrivals if rid in self.local_ids(table)])
        for record_id, row in arrivals.items():
            self._take(table, record_id, row)
        if self.id_maps[table]:
            self._publish_map(table)

    def _publish_map(self, table: str) -> None:
        """The table's id map as a temporary table, for `_differing` to compare through."""
        name = f"temp.[{MAP}{table}]"
        self.conn.execute(f"CREATE TABLE {name} (id TEXT PRIMARY KEY, local TEXT NOT NULL)")
        self.conn.executemany(f"INSERT INTO {name} VALUES (?, ?)", self.id_maps[table].items())

    def _newer(self, table: str, a: Row, b: Row) -> Row:
        """The version to keep: modified last, else (same stamp) the greater row as text."""
        modified = self.layouts[table]["modified"]
        if a[modified] != b[modified]:
            return a if str(a[modified]) > str(b[modified]) else b
        return a if repr(a) >= repr(b) else b

    def _take(self, table: str, record_id: str, row: Row) -> None:
        layout = self.layouts[table]
        mine = self.local[table].get(record_id)
        if mine is None:
            tombstone = "deleted" in layout.index and row[layout["deleted"]]
            counts = self.report.arrived_deleted if tombstone else self.report.added
            counts[table] += 1
            self.added[table][record_id] = row
            self.changes[table].append(row)
            return
        if table == "articles" and mine[layout["sha256"]] != row[layout["sha256"]]:
            raise self.fail(table, record_id, "has the id of a local article with another text")
        kept = self._newer(table, mine, row)
        if kept is mine or kept == mine:
            self.report.unchanged[table] += 1
            return
        self.report.updated[table] += 1
        self.changes[table].append(kept)
        created, modified = layout["created"], layout["modified"]
        stamps = (created, modified)
        differs = any(
            a != b for i, (a, b) in enumerate(zip(mine, row, strict=True)) if i not in stamps
        )
        conflict = differs and mine[modified] != mine[created]
        mine_ = "annotator_id" in layout.index and mine[layout["annotator_id"]] == self.me
        if conflict or (mine_ and table in merge_changes.REVIEWABLE):
            self.touched.append(
                (
                    table,
                    dict(zip(layout.names, mine, strict=True)),
                    dict(zip(layout.names, kept, strict=True)),
                    conflict,
                )
            )
