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

from collections.abc import Callable
from pathlib import Path

from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import carry_article_sources
from claimdesk.db.records.evidence_carry import carry_evidence_files
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import ID_CHARS
from claimdesk.db.rules.values import RECORD_TABLES as TABLES
from claimdesk.db.rules.values import timestamp_problem
from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.db.storage.dependents import (
    tombstone_contents_of_deleted_articles,
    tombstone_dependents,
)
from claimdesk.db.storage.incoming import OTHER, attached
from claimdesk.db.storage.merge_source import merge_source
from claimdesk.db.storage.store import Store
from claimdesk.db.storage.table import Table

from . import merge_changes, merge_queue
from .merge_checks import RowChecks
from .merge_report import MergeReport
from .merge_tables import NATURAL_KEYS, Layout, Merger, Row, Rows


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
    # Compare and write under the write lock, so no one else's change slips between.
    with attached(store, source, other_path, NATURAL_KEYS), store.transaction():
        merger = Merger(store, other_path, report, me)
        checks = RowChecks(merger)
        merger.refuse_too_many_records()
        for step, table in enumerate(TABLES):
            if cancelled is not None and cancelled():
                return MergeReport(cancelled=True)
            merger.merge_table(table, checks)
            if progress is not None:
                progress(step + 1, steps)
        checks.check_unique()
        dismissals = _incoming_dismissals(merger)
        if cancelled is not None and cancelled():
            return MergeReport(cancelled=True)
        deleted_mine = [
            mine["id"]
            for table, mine, kept, _ in merger.touched
            if table == "annotations" and kept["deleted"] and not mine["deleted"]
        ]
        along = merge_changes.taken_along(store, deleted_mine)
        for table in TABLES:
            _write(
                Table(store, table),
                merger.layouts[table],
                merger.changes[table],
                merger.added[table],
            )
        Table(store, "dismissed_suggestions").insert_all(
            ("key", "annotator_id", "created"), dismissals, ignore=True
        )
        carry_article_sources(store, OTHER)
        report.evidence_files = carry_evidence_files(
            store, OTHER, other_path, merger.id_maps["annotators"]
        )
        if report.changed:  # deletions from either side take theirs along
            tombstone_contents_of_deleted_articles(store)
            tombstone_dependents(store)
        merger.refuse_too_many_links()
        if merger.touched:
            report.author = merge_changes.incoming_author(store, me)
            report.changes = merge_changes.describe(
                store,
                merger.touched,
                me,
                report.author,
                merge_changes.removals(store, along),
            )
            merge_queue.record(store, me, report.changes)  # kept for review
    if report.changed:
        store._texts.clear()
    if progress is not None:
        progress(steps, steps)
    return report


def _write(table: Table, layout: Layout, rows: list[Row], added: Rows) -> None:
    """Overwrite the updated rows, then insert the added ones.

    Updates go first so that every local row holds its final values (unique, as
    `check_unique` made sure) before a new row arrives beside it. New rows take a plain
    insert (an upsert costs twice as much per row).
    """
    updated = [row for row in rows if row[0] not in added]
    if updated:
        table.upsert_all(layout.names, updated)
    if len(updated) < len(rows):
        table.insert_all(layout.names, [row for row in rows if row[0] in added])


def _incoming_dismissals(merger: Merger) -> list[tuple[str, str, str]]:
    """The other file's dismissed suggestions, kept once dismissed on either side."""
    table, rows = "dismissed_suggestions", []
    for key, annotator_id, created in merger.fetch(table, "key, annotator_id, created"):
        if not all(isinstance(value, str) for value in (key, annotator_id, created)):
            raise merger.fail(table, key, message("has a value that is not text"))
        file_values.checked(key, merger.place(table, key), "key", ID_CHARS)
        if (problem := timestamp_problem("created", created)) is not None:
            raise merger.fail(table, key, problem)
        local = merger.id_maps["annotators"].get(annotator_id, annotator_id)
        if local not in merger.local_ids("annotators") and local not in merger.added["annotators"]:
            raise merger.fail(
                table,
                key,
                message(
                    "annotator_id {annotator_id} refers to no annotator", annotator_id=annotator_id
                ),
            )
        rows.append((key, local, created))
    return rows
