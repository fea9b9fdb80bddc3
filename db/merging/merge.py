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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from claimdesk.db.records.articles import text_sha256
from claimdesk.db.records.model import DECISIONS, RELATIONS
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import ID_CHARS
from claimdesk.db.rules.link_limits import links_problem, too_many_links
from claimdesk.db.rules.values import RECORD_TABLES as TABLES
from claimdesk.db.rules.values import (
    TEXT_LIMITS,
    duplicate_names,
    record_problem,
    timestamp_problem,
)
from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.db.storage.dependents import (
    tombstone_contents_of_deleted_articles,
    tombstone_dependents,
)
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.project_file import readonly_uri
from claimdesk.db.storage.store import Store

from . import merge_changes, merge_queue
from .merge_report import MergeReport
from .merge_source import merge_source

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
# (position, column, target table, id map, added ids, local ids): one reference of a table.
_Reference = tuple[int, str, str, dict[str, str], Rows, set[str]]


def merge_project(
    store: Store,
    other_path: Path,
    *,
    me: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Bring every record of the project at `other_path` into `store` (see module doc).

    `me` is the local annotator's id: the report names what the other file changed of
    their annotations and claims (`MergeReport.changes_to_yours`), and queues them for
    their review in the project (`merge_queue`). A file from an earlier Claimdesk is
    merged from an upgraded copy and left as it is (`merge_source`).
    """
    other_path = Path(other_path)
    with cyclic_gc_paused(), merge_source(other_path) as source:
        return _merge(store, other_path, source, me=me, progress=progress, cancelled=cancelled)


def _merge(
    store: Store,
    other_path: Path,
    source: Path,
    *,
    me: str | None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    steps = len(TABLES) + 1
    report = MergeReport()
    # The verified file is attached read-only so rows equal on both sides never leave SQLite;
    # messages name `other_path`, the file the user chose, whichever file `source` is.
    uri = readonly_uri(source)
    store.conn.execute(f"ATTACH DATABASE ? AS {_OTHER}", (uri,))
    cache = store.conn.execute("PRAGMA main.cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA main.cache_size = {_CACHE_KIB}")  # big merges touch many pages
    try:
        # Compare and write under the write lock, so no one else's change slips between.
        with store.transaction():
            merger = _Merger(store.conn, other_path, report, me)
            merger.refuse_too_many_records()
            for step, table in enumerate(TABLES):
                if cancelled is not None and cancelled():
                    return MergeReport(cancelled=True)
                merger.merge_table(table)
                if progress is not None:
                    progress(step + 1, steps)
            merger.check_unique()
            dismissals = _incoming_dismissals(merger)
            if cancelled is not None and cancelled():
                return MergeReport(cancelled=True)
            deleted_mine = [
                mine["id"]
                for table, mine, kept, _ in merger.touched
                if table == "annotations" and kept["deleted"] and not mine["deleted"]
            ]
            along = merge_changes.taken_along(store.conn, deleted_mine)
            for table in TABLES:
                _write(
                    store.conn,
                    table,
                    merger.layouts[table],
                    merger.changes[table],
                    merger.added[table],
                )
            store.conn.executemany(
                "INSERT OR IGNORE INTO main.dismissed_suggestions (key, annotator_id, created)"
                " VALUES (?, ?, ?)",
                dismissals,
            )
            if report.changed:  # deletions from either side take theirs along
                tombstone_contents_of_deleted_articles(store.conn)
                tombstone_dependents(store.conn)
            merger.refuse_too_many_links()
            if merger.touched:
                report.author = merge_changes.incoming_author(store.conn, _OTHER, me)
                report.changes = merge_changes.describe(
                    store.conn,
                    merger.touched,
                    me,
                    report.author,
                    merge_changes.removals(store.conn, along),
                )
                merge_queue.record(store.conn, me, report.changes)  # kept for review
    except sqlite3.DatabaseError as error:
        raise ValidationError(f"{other_path}: cannot be read ({error})") from error
    finally:
        store.conn.execute(f"PRAGMA main.cache_size = {cache}")
        store.conn.execute(f"DETACH DATABASE {_OTHER}")
        for table in _NATURAL_KEYS:
            store.conn.execute(f"DROP TABLE IF EXISTS temp.[{_MAP}{table}]")
    if report.changed:
        store._texts.clear()
    if progress is not None:
        progress(steps, steps)
    return report


_OTHER = "merge_incoming"
_SHOWN_ID = 80
_MAP = "merge_map_"
_CACHE_KIB = -131072  # 128 MiB while merging


class _Layout:
    """A table's columns: names, positions, declared types and which may be NULL."""

    def __init__(self, conn: sqlite3.Connection, table: str):
        info = conn.execute(f"PRAGMA main.table_info([{table}])").fetchall()
        self.names = [name for _, name, _, _, _, _ in info]
        self.index = {name: position for position, name in enumerate(self.names)}
        self.types = [(name, kind.upper(), not notnull) for _, name, kind, notnull, _, _ in info]

    def __getitem__(self, name: str) -> int:
        return self.index[name]


_NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "annotators": ("name",),
    "articles": ("sha256",),
    "tags": ("name",),
    "reviews": ("annotation_id", "reviewer_id"),
}


def _write(
    conn: sqlite3.Connection, table: str, layout: _Layout, rows: list[Row], added: Rows
) -> None:
    """Overwrite the updated rows, then insert the added ones.

    Updates go first so that every local row holds its final values (unique, as
    `check_unique` made sure) before a new row arrives beside it. New rows take a plain
    INSERT: an upsert, with foreign keys on, costs twice as much per row (1.5 s against
    0.75 s for 100,000 annotations).
    """
    quoted = ", ".join(f"[{name}]" for name in layout.names)
    insert = f"INSERT INTO main.[{table}] ({quoted}) VALUES ({', '.join('?' * len(layout.names))})"
    updated = [row for row in rows if row[0] not in added]
    if updated:
        updates = ", ".join(f"[{name}] = excluded.[{name}]" for name in layout.names[1:])
        conn.executemany(f"{insert} ON CONFLICT (id) DO UPDATE SET {updates}", updated)
    if len(updated) < len(rows):
        conn.executemany(insert, [row for row in rows if row[0] in added])


def _incoming_dismissals(merger: _Merger) -> list[tuple[str, str, str]]:
    """The other file's dismissed suggestions, kept once dismissed on either side."""
    table, rows = "dismissed_suggestions", []
    for key, annotator_id, created in merger.fetch(
        table, f"SELECT key, annotator_id, created FROM {_OTHER}.[{table}]"
    ):
        if not all(isinstance(value, str) for value in (key, annotator_id, created)):
            raise merger.fail(table, key, "has a value that is not text")
        file_values.checked(key, merger.place(table, key), "key", ID_CHARS)
        if (problem := timestamp_problem("created", created)) is not None:
            raise merger.fail(table, key, problem)
        local = merger.id_maps["annotators"].get(annotator_id, annotator_id)
        if local not in merger.local_ids("annotators") and local not in merger.added["annotators"]:
            raise merger.fail(table, key, f"annotator_id {annotator_id} refers to no annotator")
        rows.append((key, local, created))
    return rows


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for offset in range(0, len(values), size):
        yield values[offset : offset + size]


class _RowView:
    """A row read by column name, for the value rules, without building a dict per row."""

    __slots__ = ("layout", "row")

    def __init__(self, layout: _Layout, row: Row):
        self.layout, self.row = layout, row

    def __getitem__(self, name: str) -> Any:
        return self.row[self.layout[name]]

    def __contains__(self, name: str) -> bool:
        return name in self.layout.index


class _Merger:
    """Works out, table by table, which rows to write and which ids map onto local ones.

    Local data is read lazily and only as far as the differing incoming rows need it.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, report: MergeReport, me: str | None):
        self.conn = conn
        self.path = path
        self.report = report
        self.me = me
        self.touched: list[merge_changes.Touched] = []
        self.layouts = {table: _Layout(conn, table) for table in TABLES}
        self.local: dict[str, Rows] = {table: {} for table in TABLES}
        self.added: dict[str, Rows] = {table: {} for table in TABLES}
        self.id_maps: dict[str, dict[str, str]] = {table: {} for table in TABLES}
        self.changes: dict[str, list[Row]] = {table: [] for table in TABLES}
        self._ids: dict[str, set[str]] = {}
        self._keys: dict[str, dict[tuple[Any, ...], str]] = {}
        self._texts: dict[str, str] | None = None
        self._refs: dict[str, list[_Reference]] = {}
        self._texts_limited = {
            table: [(self.layouts[table][column], column, limit) for column, limit in limits]
            for table, limits in TEXT_LIMITS.items()
        }

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
            self.conn.execute(f"SELECT count(*) FROM {_OTHER}.[{table}]").fetchone()[0]
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
            columns = ", ".join(f"[{c}]" for c in _NATURAL_KEYS[table])
            order = "deleted, id" if "deleted" in self.layouts[table].index else "id"
            keys: dict[tuple[Any, ...], str] = {}
            for row in self.conn.execute(
                f"SELECT id, {columns} FROM main.[{table}] ORDER BY {order}"
            ):
                keys.setdefault(tuple(row[1:]), row[0])
            self._keys[table] = keys
        return self._keys[table]

    def natural_key(self, table: str, row: Row) -> tuple[Any, ...]:
        return tuple(row[self.layouts[table][column]] for column in _NATURAL_KEYS[table])

    def _references(self, table: str) -> list[_Reference]:
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
                f"coalesce((SELECT local FROM temp.[{_MAP}{mapped[name]}] WHERE id = o.[{name}]),"
                f" o.[{name}])"
                if name in mapped
                else f"o.[{name}]"
            )
            for name in self.layouts[table].names
        )
        return self.fetch(
            table,
            f"SELECT o.*, {self._type_check(table)} FROM {_OTHER}.[{table}] o WHERE NOT EXISTS"
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
            cursor = self.conn.execute(f"SELECT * FROM {_OTHER}.[{table}]")
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

    def merge_table(self, table: str) -> None:
        total = self.conn.execute(f"SELECT count(*) FROM {_OTHER}.[{table}]").fetchone()[0]
        differing = self._differing(table)
        self.report.unchanged[table] += total - len(differing)
        natural = table in _NATURAL_KEYS
        arrivals: dict[str, Row] = {}
        for raw in differing:
            record_id = raw[0]
            row = self._validated(table, raw)
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
        name = f"temp.[{_MAP}{table}]"
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

    def _validated(self, table: str, raw: Row) -> Row:
        """The row with its references mapped to local ids, or ValidationError if unusable.

        `raw` ends with the name of its first column of the wrong type (found by SQL).
        """
        layout = self.layouts[table]
        row, wrong = raw[:-1], raw[-1]
        record_id = row[0]
        if wrong is not None:
            if row[layout[wrong]] is None:
                raise self.fail(table, record_id, f"{wrong} is missing")
            kind = next(k for name, k, _ in layout.types if name == wrong)
            raise self.fail(table, record_id, f"{wrong} is not of type {kind.lower()}")
        deleted = layout.index.get("deleted")
        if deleted is not None and row[deleted] not in (0, 1):
            raise self.fail(table, record_id, "deleted is neither 0 nor 1")
        if self._texts_limited[table]:
            place = self.place(table, record_id)
            for position, column, limit in self._texts_limited[table]:
                file_values.checked(row[position], place, column, limit)
        mapped = None
        for position, column, target, id_map, added, local in self._references(table):
            value = row[position]
            if value is None:
                continue
            value = id_map.get(value, value)
            if value not in local and value not in added:
                raise self.fail(table, record_id, f"{column} {value} refers to no {target[:-1]}")
            if value != row[position]:
                mapped = mapped or list(row)
                mapped[position] = value
        row = row if mapped is None else tuple(mapped)
        problem = record_problem(table, _RowView(layout, row))
        if problem is not None:
            raise self.fail(table, record_id, problem)
        if table == "annotations":
            self._check_annotation(record_id, row)
        else:
            check = getattr(self, f"_check_{table}", None)
            if check is not None:
                check(record_id, dict(zip(layout.names, row, strict=True)))
        return row

    def _check_articles(self, record_id: str, row: dict[str, Any]) -> None:
        file_values.article_text(row["text"], self.place("articles", record_id))
        if row["sha256"] != text_sha256(row["text"]) or row["length"] != len(row["text"]):
            raise self.fail("articles", record_id, "its hash or length does not match its text")

    def _check_annotation(self, record_id: str, row: Row) -> None:
        layout = self.layouts["annotations"]
        text = self.article_text(row[layout["article_id"]])
        start, end = row[layout["start"]], row[layout["end"]]
        if not 0 <= start < end <= len(text):
            raise self.fail("annotations", record_id, f"span {start}–{end} is outside the article")
        if text[start:end] != row[layout["quote"]]:
            raise self.fail("annotations", record_id, "its quote differs from the article text")
        self._check_json_list("annotations", record_id, row[layout["evidence"]])

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
        file_values.evidence(values, self.place(table, record_id))

    def check_unique(self) -> None:
        """Unique names and one review per reviewer and annotation, as the schema demands;
        live tags and verdicts with names unique regardless of case, as the store keeps them."""
        for table in ("tags", "verdicts"):
            if self.changes[table]:
                self._check_unique_names(table)
        for table in ("annotators", "reviews"):
            changed = self.changes[table]
            if not changed:
                continue
            rewritten = {row[0] for row in changed}
            owners = {k: rid for k, rid in self.local_keys(table).items() if rid not in rewritten}
            for row in changed:
                holder = owners.setdefault(self.natural_key(table, row), row[0])
                if holder != row[0]:
                    columns = " and ".join(_NATURAL_KEYS[table])
                    raise self.fail(table, row[0], f"has the same {columns} as {holder}")

    def _check_unique_names(self, table: str) -> None:
        layout = self.layouts[table]
        final = {
            row[0]: (row[layout["name"]], row[layout["deleted"]])
            for row in self.conn.execute(f"SELECT * FROM main.[{table}] ORDER BY id")
        }
        final.update(
            (row[0], (row[layout["name"]], row[layout["deleted"]])) for row in self.changes[table]
        )
        live = sorted((rid, name) for rid, (name, deleted) in final.items() if not deleted)
        for record_id, holder in duplicate_names(live):
            raise self.fail(table, record_id, f"has the same name as {holder}")
