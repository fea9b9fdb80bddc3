"""Merging table by table: how the ids of the incoming rows that differ from the project's
(read by `storage.incoming_rows`) map onto local records (by id, or by natural key: article
text hash, names), and which version of each record is kept. Apart from `merge`, which runs
the whole merge in one transaction and writes what this works out, and from `merge_checks`,
which judges each row that could break a rule.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.link_limits import links_problem, too_many_links
from claimdesk.db.rules.values import RECORD_TABLES as TABLES
from claimdesk.db.rules.values import name_key
from claimdesk.db.storage import incoming
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.incoming_rows import differing_rows
from claimdesk.db.storage.table import Db, Table

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
    "claims": {
        "verdict_id": "verdicts",
        "annotator_id": "annotators",
        "claimant_id": "claimants",
    },
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

_SHOWN_ID = 80


class Checks(Protocol):
    """The rules incoming rows are held to (`merge_checks.RowChecks`)."""

    def suspects(self, table: str, rows: list[Row]) -> list[bool]: ...

    def validated(self, table: str, raw: Row) -> Row: ...


class Layout:
    """A table's columns: names, positions, declared types and which may be NULL."""

    def __init__(self, db: Db, table: str):
        self.columns = Table(db, table).columns()
        self.names = [column.name for column in self.columns]
        self.index = {name: position for position, name in enumerate(self.names)}
        self.types = [(column.name, column.kind, column.nullable) for column in self.columns]

    def __getitem__(self, name: str) -> int:
        return self.index[name]


NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "annotators": ("name",),
    "articles": ("sha256",),
    "tags": ("name",),
    "claimants": ("name",),
    "reviews": ("annotation_id", "reviewer_id"),
}
FOLDED_KEYS = frozenset({"claimants"})
"""Tables matched by a name told apart as the store tells it (`values.name_key`: "government"
and "Government" are one claimant)."""


class Merger:
    """Works out, table by table, which rows to write and which ids map onto local ones.

    Local data is read lazily and only as far as the differing incoming rows need it.
    """

    def __init__(self, db: Db, path: Path, report: MergeReport, me: str | None):
        self.db = db
        self.path = path
        self.report = report
        self.me = me
        self.touched: list[merge_changes.Touched] = []
        self.layouts = {table: Layout(db, table) for table in TABLES}
        self.local: dict[str, Rows] = {table: {} for table in TABLES}
        self.added: dict[str, Rows] = {table: {} for table in TABLES}
        self.id_maps: dict[str, dict[str, str]] = {table: {} for table in TABLES}
        self.changes: dict[str, list[Row]] = {table: [] for table in TABLES}
        self._ids: dict[str, set[str]] = {}
        self._keys: dict[str, dict[tuple[Any, ...], str]] = {}
        self._texts: dict[str, str] | None = None
        self._refs: dict[str, list[_Reference]] = {}

    def fail(self, table: str, record_id: object, reason: str) -> ValidationError:
        return ValidationError(
            message("{place}: {reason}", place=self.place(table, record_id), reason=reason)
        )

    def place(self, table: str, record_id: object) -> str:
        """'<file>: <table> <id>', the id cut short: a hostile one may be megabytes long."""
        shown = str(record_id)
        shown = shown if len(shown) <= _SHOWN_ID else f"{shown[: _SHOWN_ID - 1]}…"
        return f"{self.path}: {table} {shown}"

    def refuse_too_many_records(self) -> None:
        """The importers' limit on records per file, counted as they count them."""
        count = sum(
            incoming.incoming(self.db, table).count()
            for table in ("articles", "annotations", "links", "claims")
        )
        file_values.record_count(count, str(self.path))

    def refuse_too_many_links(self) -> None:
        """No annotation ends up with more live links than allowed (the importers' limit)."""
        layout = self.layouts["links"]
        deleted, source, target = layout["deleted"], layout["source_id"], layout["target_id"]
        live = [row for row in self.changes["links"] if not row[deleted]]
        found = too_many_links(self.db, [row[end] for row in live for end in (source, target)])
        if found is not None:
            raise self.fail("annotations", found[0], links_problem(found[1]))

    def local_ids(self, table: str) -> set[str]:
        if table not in self._ids:
            self._ids[table] = Table(self.db, table).ids()
        return self._ids[table]

    def local_keys(self, table: str) -> dict[tuple[Any, ...], str]:
        """Natural key -> local id; live records first, then the smallest id."""
        if table not in self._keys:
            columns = ", ".join(f"[{c}]" for c in NATURAL_KEYS[table])
            order = "deleted, id" if "deleted" in self.layouts[table].index else "id"
            keys: dict[tuple[Any, ...], str] = {}
            for row in Table(self.db, table).rows(f"id, {columns}", order):
                keys.setdefault(self._folded(table, tuple(row[1:])), row[0])
            self._keys[table] = keys
        return self._keys[table]

    def natural_key(self, table: str, row: Row) -> tuple[Any, ...]:
        key = tuple(row[self.layouts[table][column]] for column in NATURAL_KEYS[table])
        return self._folded(table, key)

    @staticmethod
    def _folded(table: str, key: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(name_key(str(v)) for v in key) if table in FOLDED_KEYS else key

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
            self._texts = dict(Table(self.db, "articles").rows("id, text", "rowid"))
        return self._texts[article_id]

    def fetch(self, table: str, select: str) -> list[Row]:
        """These columns of every row of the other file's `table`; text there that is not
        valid UTF-8 (SQLite keeps whatever bytes a file holds) is refused, named."""
        return self._decoded(table, lambda: incoming.read(self.db, table, select))

    def _decoded(self, table: str, read: Callable[[], list[Row]]) -> list[Row]:
        try:
            return read()
        except incoming.UndecodableText as undecodable:
            raise self.fail(table, undecodable.key, str(undecodable)) from None

    def _load_local(self, table: str, ids: list[str]) -> None:
        rows = self.local[table]
        wanted = [record_id for record_id in ids if record_id not in rows]
        for row in Table(self.db, table).rows_by_id(wanted):
            rows[row[0]] = row

    def merge_table(self, table: str, checks: Checks) -> None:
        """Work out the table's changes. Each row that differs is read with its references
        mapped to local ids, and judged by `checks.validated` if it could break a rule."""
        total = incoming.incoming(self.db, table).count()
        maps = {target for target, id_map in self.id_maps.items() if id_map}
        differing = self._decoded(
            table,
            lambda: differing_rows(
                self.db, table, self.layouts[table].columns, _REFERENCES.get(table, {}), maps
            ),
        )
        self.report.unchanged[table] += total - len(differing)
        natural = table in NATURAL_KEYS
        arrivals: dict[str, Row] = {}
        new_keys: dict[tuple[Any, ...], str] = {}  # a folded name new from this file → its id
        suspects = checks.suspects(table, differing)
        for raw, suspect in zip(differing, suspects, strict=True):
            record_id = raw[0]
            row = checks.validated(table, raw[:-1]) if suspect else raw[:-2]
            if natural and record_id not in self.local_ids(table):
                local_id = self.local_keys(table).get(self.natural_key(table, row))
                if local_id is None and table in FOLDED_KEYS:
                    local_id = self._new_alike(table, row, new_keys)
                if local_id is not None:
                    self.id_maps[table][record_id] = local_id
                    row = (local_id, *row[1:])
            previous = arrivals.get(row[0])
            arrivals[row[0]] = row if previous is None else self._newer(table, previous, row)
        self._load_local(table, [rid for rid in arrivals if rid in self.local_ids(table)])
        for record_id, row in arrivals.items():
            self._take(table, record_id, row)
        if self.id_maps[table]:  # for the tables after it to compare through
            incoming.publish_map(self.db, table, self.id_maps[table].items())

    def _new_alike(self, table: str, row: Row, new_keys: dict[tuple[Any, ...], str]) -> str | None:
        """The id of a live row new from this file whose name folds like this live one's
        (two claimants "Gobierno" and "GOBIERNO" arrive as one), else None."""
        if row[self.layouts[table]["deleted"]]:
            return None
        first = new_keys.setdefault(self.natural_key(table, row), row[0])
        return None if first == row[0] else first

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
            raise self.fail(
                table, record_id, message("has the id of a local article with another text")
            )
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
