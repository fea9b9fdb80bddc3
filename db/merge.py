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
_STAMPS = ("created", "modified")
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

Row = dict[str, Any]
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
    local = {table: _read(store.conn, table) for table in TABLES}
    columns = {table: _columns(store.conn, table) for table in TABLES}
    merger = _Merger(other_path, local, columns, report)
    for step, table in enumerate(TABLES):
        if cancelled is not None and cancelled():
            return MergeReport(cancelled=True)
        merger.merge_table(table, incoming[table])
        if progress is not None:
            progress(step + 1, steps)
    merger.check_unique()
    if cancelled is not None and cancelled():
        return MergeReport(cancelled=True)
    if report.changed:
        with store.transaction():
            for table in TABLES:
                _write(store.conn, table, columns[table], merger.changes[table])
        store._texts.clear()
    if progress is not None:
        progress(steps, steps)
    return report


def _read(conn: sqlite3.Connection, table: str) -> Rows:
    cursor = conn.execute(f"SELECT * FROM [{table}]")
    names = [description[0] for description in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    """(name, declared type, nullable) of each column, in table order."""
    rows = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    return [(name, kind.upper(), not notnull) for _, name, kind, notnull, _, _ in rows]


def _write(conn: sqlite3.Connection, table: str, columns: list, rows: list[Row]) -> None:
    if not rows:
        return
    names = [name for name, _, _ in columns]
    quoted = ", ".join(f"[{name}]" for name in names)
    updates = ", ".join(f"[{name}] = excluded.[{name}]" for name in names[1:])
    conn.executemany(
        f"INSERT INTO [{table}] ({quoted}) VALUES ({', '.join('?' * len(names))})"
        f" ON CONFLICT (id) DO UPDATE SET {updates}",
        [[row[name] for name in names] for row in rows],
    )


def _newer(a: Row, b: Row) -> Row:
    """The version to keep: modified last, else (same stamp) the greater row as JSON."""
    key_a = (str(a["modified"]), json.dumps(a, sort_keys=True, default=str))
    key_b = (str(b["modified"]), json.dumps(b, sort_keys=True, default=str))
    return a if key_a >= key_b else b


def _content(row: Row) -> Row:
    return {key: value for key, value in row.items() if key not in _STAMPS}


class _Merger:
    """Works out, table by table, which rows to write and which ids map onto local ones."""

    def __init__(
        self, path: Path, local: dict[str, Rows], columns: dict[str, list], report: MergeReport
    ):
        self.path = path
        self.local = local
        self.columns = columns
        self.report = report
        self.merged: dict[str, Rows] = {table: dict(rows) for table, rows in local.items()}
        self.id_maps: dict[str, dict[str, str]] = {table: {} for table in TABLES}
        self.changes: dict[str, list[Row]] = {table: [] for table in TABLES}
        self.texts: dict[str, str] = {}

    def fail(self, table: str, record_id: object, reason: str) -> ValidationError:
        return ValidationError(f"{self.path}: {table} {record_id}: {reason}")

    def merge_table(self, table: str, incoming: Rows) -> None:
        natural = self._natural_key(table)
        by_key: dict[Any, str] = {}
        if natural is not None:
            for row in sorted(
                self.local[table].values(), key=lambda r: (r.get("deleted", 0), r["id"])
            ):
                by_key.setdefault(natural(row), row["id"])
        arrivals: dict[str, Row] = {}
        for record_id in sorted(incoming):
            row = self._validated(table, incoming[record_id])
            if record_id not in self.local[table] and natural is not None:
                local_id = by_key.get(natural(row))
                if local_id is not None:
                    self.id_maps[table][record_id] = local_id
                    row = {**row, "id": local_id}
            previous = arrivals.get(row["id"])
            arrivals[row["id"]] = row if previous is None else _newer(previous, row)
        for record_id, row in arrivals.items():
            self._take(table, record_id, row)

    def _take(self, table: str, record_id: str, row: Row) -> None:
        mine = self.local[table].get(record_id)
        if mine is None:
            self.report.added[table] += 1
            self.merged[table][record_id] = row
            self.changes[table].append(row)
            return
        if table == "articles" and mine["sha256"] != row["sha256"]:
            raise self.fail(table, record_id, "has the id of a local article with another text")
        kept = _newer(mine, row)
        if kept is mine or kept == mine:
            self.report.unchanged[table] += 1
            return
        self.report.updated[table] += 1
        self.merged[table][record_id] = kept
        self.changes[table].append(kept)
        if _content(mine) != _content(row) and mine["modified"] != mine["created"]:
            self.report.conflicts.append(
                (
                    table,
                    record_id,
                    f"changed on both sides; kept the other file's version of {row['modified']}"
                    f" over this project's of {mine['modified']}",
                )
            )

    def _natural_key(self, table: str) -> Callable[[Row], Any] | None:
        if table == "articles":
            return lambda row: row["sha256"]
        if table in ("annotators", "tags"):
            return lambda row: row["name"]
        if table == "reviews":
            return lambda row: (row["annotation_id"], row["reviewer_id"])
        return None

    def _validated(self, table: str, row: Row) -> Row:
        """The row with its references mapped to local ids, or ValidationError if unusable."""
        record_id = row.get("id")
        if not isinstance(record_id, str) or not record_id:
            raise self.fail(table, record_id, "has no text id")
        for name, kind, nullable in self.columns[table]:
            value = row.get(name)
            if value is None:
                if not nullable:
                    raise self.fail(table, record_id, f"{name} is missing")
                continue
            if not _has_type(value, kind):
                raise self.fail(table, record_id, f"{name} is not of type {kind.lower()}")
        if row.get("deleted", 0) not in (0, 1):
            raise self.fail(table, record_id, "deleted is neither 0 nor 1")
        row = dict(row)
        for column, target in _REFERENCES.get(table, {}).items():
            value = row[column]
            if value is None:
                continue
            value = self.id_maps[target].get(value, value)
            if value not in self.merged[target]:
                raise self.fail(table, record_id, f"{column} {value} refers to no {target[:-1]}")
            row[column] = value
        check = getattr(self, f"_check_{table}", None)
        if check is not None:
            check(record_id, row)
        return row

    def _check_annotators(self, record_id: str, row: Row) -> None:
        if row["name"] != " ".join(row["name"].split()) or not row["name"]:
            raise self.fail("annotators", record_id, "has an empty or untidy name")

    def _check_articles(self, record_id: str, row: Row) -> None:
        if row["sha256"] != text_sha256(row["text"]) or row["length"] != len(row["text"]):
            raise self.fail("articles", record_id, "its hash or length does not match its text")

    def _check_annotations(self, record_id: str, row: Row) -> None:
        text = self.merged["articles"][row["article_id"]]["text"]
        start, end = row["start"], row["end"]
        if not 0 <= start < end <= len(text):
            raise self.fail("annotations", record_id, f"span {start}–{end} is outside the article")
        if text[start:end] != row["quote"]:
            raise self.fail("annotations", record_id, "its quote differs from the article text")
        _check_json_list(self, "annotations", record_id, row["evidence"])

    def _check_links(self, record_id: str, row: Row) -> None:
        if row["relation"] not in RELATIONS or row["source_id"] == row["target_id"]:
            raise self.fail("links", record_id, "has an unknown relation or links to itself")

    def _check_claims(self, record_id: str, row: Row) -> None:
        _check_json_list(self, "claims", record_id, row["evidence"])

    def _check_reviews(self, record_id: str, row: Row) -> None:
        if row["decision"] not in DECISIONS:
            raise self.fail("reviews", record_id, f"unknown decision {row['decision']!r}")

    def check_unique(self) -> None:
        """Unique names and one review per reviewer and annotation, as the schema demands."""
        for table, key in (
            ("annotators", ("name",)),
            ("reviews", ("annotation_id", "reviewer_id")),
        ):
            if not self.changes[table]:
                continue
            seen: dict[tuple, str] = {}
            for row in self.merged[table].values():
                value = tuple(row[column] for column in key)
                if value in seen:
                    raise self.fail(table, row["id"], f"clashes with {seen[value]} on {key}")
                seen[value] = row["id"]


def _has_type(value: object, kind: str) -> bool:
    if kind == "TEXT":
        return isinstance(value, str)
    if kind == "INTEGER":
        return isinstance(value, int)
    if kind == "REAL":
        return isinstance(value, (int, float))
    return True


def _check_json_list(merger: _Merger, table: str, record_id: str, text: str) -> None:
    try:
        values = json.loads(text)
    except ValueError:
        values = None
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise merger.fail(table, record_id, "evidence is not a JSON list of strings")
