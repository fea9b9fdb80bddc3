"""Merging a colleague's project file into the open one.

Records keep their ids for life, so rows are matched by id; articles are also matched by
their text's hash, annotators and tags by name, reviews by (annotation, reviewer), and the
incoming references are rewritten to the local ids. When both sides hold a record with
different content the one modified last wins (ties broken by the row itself), so merging
is idempotent and, up to those id mappings, independent of direction. Deletions travel
as tombstones (`deleted`). The incoming file is validated completely before anything is
written, and everything is written in one transaction: a bad file changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .articles import text_sha256
from .errors import ValidationError
from .model import DECISIONS, RELATIONS
from .project_file import open_project_connection
from .store import Store

TABLES: tuple[str, ...] = (
    "annotators",
    "articles",
    "tags",
    "verdicts",
    "annotations",
    "links",
    "claims",
    "claim_members",
    "reviews",
)
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
    "claim_members": {"claim_id": "claims", "annotation_id": "annotations"},
    "reviews": {"annotation_id": "annotations", "reviewer_id": "annotators"},
}

Row = tuple[Any, ...]
Rows = dict[str, Row]


@dataclass
class MergeReport:
    """What a merge did, per table, and which records both sides had changed."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())

    def summary(self) -> str:
        if self.cancelled:
            return "Merge cancelled; the project was not changed."
        lines = []
        for table in TABLES:
            added, updated = self.added[table], self.updated[table]
            if added or updated:
                name = table.replace("_", " ")
                lines.append(f"{name}: {added} added, {updated} updated")
        if not lines:
            lines.append("Nothing to merge: the project already holds everything in that file.")
        if self.conflicts:
            lines.append(f"{len(self.conflicts)} conflict(s), the newer version kept:")
            lines.extend(f"  {table} {rid}: {text}" for table, rid, text in self.conflicts)
        return "\n".join(lines)


def merge_project(
    store: Store,
    other_path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Bring every record of the project at `other_path` into `store` (see module doc)."""
    other_path = Path(other_path)
    conn = open_project_connection(other_path, create=False, readonly=True)
    try:
        incoming = {table: _read(conn, table) for table in TABLES}
    except sqlite3.DatabaseError as error:
        raise ValidationError(f"{other_path}: cannot be read ({error})") from error
    finally:
        conn.close()
    steps = len(TABLES) + 1
    report = MergeReport()
    # Read, compare and write under the write lock, so no one else's change slips between.
    with store.transaction():
        local = {table: _read(store.conn, table) for table in TABLES}
        layouts = {table: _Layout(store.conn, table) for table in TABLES}
        merger = _Merger(other_path, local, layouts, report)
        for step, table in enumerate(TABLES):
            if cancelled is not None and cancelled():
                return MergeReport(cancelled=True)
            merger.merge_table(table, incoming[table])
            if progress is not None:
                progress(step + 1, steps)
        merger.check_unique()
        if cancelled is not None and cancelled():
            return MergeReport(cancelled=True)
        for table in TABLES:
            _write(store.conn, table, layouts[table], merger.changes[table])
    if report.changed:
        store._texts.clear()
    if progress is not None:
        progress(steps, steps)
    return report


def _read(conn: sqlite3.Connection, table: str) -> Rows:
    return {row[0]: row for row in conn.execute(f"SELECT * FROM [{table}]")}


class _Layout:
    """A table's columns: names, positions, declared types and which may be NULL."""

    def __init__(self, conn: sqlite3.Connection, table: str):
        info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
        self.names = [name for _, name, _, _, _, _ in info]
        self.index = {name: position for position, name in enumerate(self.names)}
        self.types = [
            (name, _TYPES.get(kind.upper(), object), not notnull)
            for _, name, kind, notnull, _, _ in info
        ]

    def __getitem__(self, name: str) -> int:
        return self.index[name]


_TYPES: dict[str, type | tuple[type, ...]] = {"TEXT": str, "INTEGER": int, "REAL": (int, float)}


def _write(conn: sqlite3.Connection, table: str, layout: _Layout, rows: list[Row]) -> None:
    if not rows:
        return
    quoted = ", ".join(f"[{name}]" for name in layout.names)
    updates = ", ".join(f"[{name}] = excluded.[{name}]" for name in layout.names[1:])
    conn.executemany(
        f"INSERT INTO [{table}] ({quoted}) VALUES ({', '.join('?' * len(layout.names))})"
        f" ON CONFLICT (id) DO UPDATE SET {updates}",
        rows,
    )


class _Merger:
    """Works out, table by table, which rows to write and which ids map onto local ones."""

    def __init__(
        self, path: Path, local: dict[str, Rows], layouts: dict[str, _Layout], report: MergeReport
    ):
        self.path = path
        self.local = local
        self.layouts = layouts
        self.report = report
        self.merged: dict[str, Rows] = {table: dict(rows) for table, rows in local.items()}
        self.id_maps: dict[str, dict[str, str]] = {table: {} for table in TABLES}
        self.changes: dict[str, list[Row]] = {table: [] for table in TABLES}

    def fail(self, table: str, record_id: object, reason: str) -> ValidationError:
        return ValidationError(f"{self.path}: {table} {record_id}: {reason}")

    def merge_table(self, table: str, incoming: Rows) -> None:
        local = self.local[table]
        natural = self._natural_key(table)
        by_key: dict[Any, str] = {}
        if natural is not None:
            deleted = self.layouts[table].index.get("deleted")
            order = sorted(
                local.values(), key=lambda r: (0 if deleted is None else r[deleted], r[0])
            )
            for row in order:
                by_key.setdefault(natural(row), row[0])
        arrivals: dict[str, Row] = {}
        for record_id in sorted(incoming):
            row = incoming[record_id]
            if local.get(record_id) == row:
                self.report.unchanged[table] += 1  # already here: nothing to check or write
                continue
            row = self._validated(table, row)
            if record_id not in local and natural is not None:
                local_id = by_key.get(natural(row))
                if local_id is not None:
                    self.id_maps[table][record_id] = local_id
                    row = (local_id, *row[1:])
            previous = arrivals.get(row[0])
            arrivals[row[0]] = row if previous is None else self._newer(table, previous, row)
        for record_id, row in arrivals.items():
            self._take(table, record_id, row)

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
            self.report.added[table] += 1
            self.merged[table][record_id] = row
            self.changes[table].append(row)
            return
        if table == "articles" and mine[layout["sha256"]] != row[layout["sha256"]]:
            raise self.fail(table, record_id, "has the id of a local article with another text")
        kept = self._newer(table, mine, row)
        if kept is mine or kept == mine:
            self.report.unchanged[table] += 1
            return
        self.report.updated[table] += 1
        self.merged[table][record_id] = kept
        self.changes[table].append(kept)
        created, modified = layout["created"], layout["modified"]
        stamps = (created, modified)
        differs = any(
            a != b for i, (a, b) in enumerate(zip(mine, row, strict=True)) if i not in stamps
        )
        if differs and mine[modified] != mine[created]:
            self.report.conflicts.append(
                (
                    table,
                    record_id,
                    f"changed on both sides; kept the other file's version of {row[modified]}"
                    f" over this project's of {mine[modified]}",
                )
            )

    def _natural_key(self, table: str) -> Callable[[Row], Any] | None:
        layout = self.layouts[table]
        if table == "articles":
            return lambda row: row[layout["sha256"]]
        if table in ("annotators", "tags"):
            return lambda row: row[layout["name"]]
        if table == "reviews":
            annotation, reviewer = layout["annotation_id"], layout["reviewer_id"]
            return lambda row: (row[annotation], row[reviewer])
        return None

    def _validated(self, table: str, row: Row) -> Row:
        """The row with its references mapped to local ids, or ValidationError if unusable."""
        layout = self.layouts[table]
        record_id = row[0]
        if not isinstance(record_id, str) or not record_id:
            raise self.fail(table, record_id, "has no text id")
        for value, (name, kind, nullable) in zip(row, layout.types, strict=True):
            if value is None:
                if not nullable:
                    raise self.fail(table, record_id, f"{name} is missing")
            elif not isinstance(value, kind) or isinstance(value, bool):
                raise self.fail(table, record_id, f"{name} is not of type {_type_name(kind)}")
        deleted = layout.index.get("deleted")
        if deleted is not None and row[deleted] not in (0, 1):
            raise self.fail(table, record_id, "deleted is neither 0 nor 1")
        mapped = None
        for column, target in _REFERENCES.get(table, {}).items():
            position = layout[column]
            value = row[position]
            if value is None:
                continue
            value = self.id_maps[target].get(value, value)
            if value not in self.merged[target]:
                raise self.fail(table, record_id, f"{column} {value} refers to no {target[:-1]}")
            if value != row[position]:
                mapped = mapped or list(row)
                mapped[position] = value
        row = row if mapped is None else tuple(mapped)
        check = getattr(self, f"_check_{table}", None)
        if check is not None:
            check(record_id, dict(zip(layout.names, row, strict=True)))
        return row

    def _check_annotators(self, record_id: str, row: dict[str, Any]) -> None:
        if row["name"] != " ".join(row["name"].split()) or not row["name"]:
            raise self.fail("annotators", record_id, "has an empty or untidy name")

    def _check_articles(self, record_id: str, row: dict[str, Any]) -> None:
        if row["sha256"] != text_sha256(row["text"]) or row["length"] != len(row["text"]):
            raise self.fail("articles", record_id, "its hash or length does not match its text")

    def _check_annotations(self, record_id: str, row: dict[str, Any]) -> None:
        article = self.merged["articles"][row["article_id"]]
        text = article[self.layouts["articles"]["text"]]
        start, end = row["start"], row["end"]
        if not 0 <= start < end <= len(text):
            raise self.fail("annotations", record_id, f"span {start}–{end} is outside the article")
        if text[start:end] != row["quote"]:
            raise self.fail("annotations", record_id, "its quote differs from the article text")
        self._check_json_list("annotations", record_id, row["evidence"])

    def _check_links(self, record_id: str, row: dict[str, Any]) -> None:
        if row["relation"] not in RELATIONS or row["source_id"] == row["target_id"]:
            raise self.fail("links", record_id, "has an unknown relation or links to itself")

    def _check_claims(self, record_id: str, row: dict[str, Any]) -> None:
        self._check_json_list("claims", record_id, row["evidence"])

    def _check_reviews(self, record_id: str, row: dict[str, Any]) -> None:
        if row["decision"] not in DECISIONS:
            raise self.fail("reviews", record_id, f"unknown decision {row['decision']!r}")

    def _check_json_list(self, table: str, record_id: str, text: str) -> None:
        if text == "[]":
            return
        try:
            values = json.loads(text)
        except ValueError:
            values = None
        if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
            raise self.fail(table, record_id, "evidence is not a JSON list of strings")

    def check_unique(self) -> None:
        """Unique names and one review per reviewer and annotation, as the schema demands."""
        for table, key in (
            ("annotators", ("name",)),
            ("reviews", ("annotation_id", "reviewer_id")),
        ):
            if not self.changes[table]:
                continue
            positions = [self.layouts[table][column] for column in key]
            seen: dict[tuple, str] = {}
            for row in self.merged[table].values():
                value = tuple(row[position] for position in positions)
                if value in seen:
                    raise self.fail(table, row[0], f"clashes with {seen[value]} on {key}")
                seen[value] = row[0]


def _type_name(kind: type | tuple[type, ...]) -> str:
    return {str: "text", int: "integer"}.get(kind, "real")  # type: ignore[call-overload]
