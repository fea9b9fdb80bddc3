"""Judging the incoming rows of a merge: types, value rules, references, spans against
their article's text, evidence lists and unique names. A merged file is untrusted like any
other: every rule the store and the importers keep is checked here before anything is
written, so a bad file is refused whole, naming the record.
"""

from __future__ import annotations

import json
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.records.articles import text_sha256
from claimdesk.db.records.model import DECISIONS
from claimdesk.db.rules import file_values
from claimdesk.db.rules.link_values import link_problem
from claimdesk.db.rules.spans import anchor_problem
from claimdesk.db.rules.values import TEXT_LIMITS, duplicate_names, record_problem
from claimdesk.db.storage.table import Table

from .merge_tables import NATURAL_KEYS, Layout, Merger, Row


class _RowView:
    """A row read by column name, for the value rules, without building a dict per row."""

    __slots__ = ("layout", "row")

    def __init__(self, layout: Layout, row: Row):
        self.layout, self.row = layout, row

    def __getitem__(self, name: str) -> Any:
        return self.row[self.layout[name]]

    def __contains__(self, name: str) -> bool:
        return name in self.layout.index


class RowChecks:
    """The rules an incoming row must meet, read through the merger's layouts and id maps."""

    def __init__(self, merger: Merger):
        self.merger = merger
        self._texts_limited = {
            table: [(merger.layouts[table][column], column, limit) for column, limit in limits]
            for table, limits in TEXT_LIMITS.items()
        }

    def suspects(self, table: str, rows: list[Row]) -> list[bool]:
        """Per differing row (ending with the name of its first column of the wrong type,
        then SQL's pre-check, `storage.incoming_rows`), whether `validated` must judge it:
        SQL saw a value that could break a rule, a reference names no record, or an
        annotation's quote is not its article's text at its span. The others keep every
        rule `validated` holds them to, so judging them again would only cost time."""
        if not rows:  # nothing differs: no need to read the ids references may name
            return []
        flags = [bool(raw[-1]) or raw[-2] is not None for raw in rows]
        for position, _, _, _, added, local in self.merger.references(table):
            unresolved = {
                value
                for value in {raw[position] for raw in rows}
                if value is not None and value not in local and value not in added
            }
            if unresolved:
                flags = [
                    f or raw[position] in unresolved for f, raw in zip(flags, rows, strict=True)
                ]
        if table == "annotations":
            layout = self.merger.layouts[table]
            article, start, end, quote = (
                layout[name] for name in ("article_id", "start", "end", "quote")
            )
            text_of = self.merger.article_text
            for index, raw in enumerate(rows):
                if not flags[index]:
                    problem = anchor_problem(
                        text_of(raw[article]), raw[start], raw[end], raw[quote]
                    )
                    flags[index] = problem is not None
        return flags

    def validated(self, table: str, raw: Row) -> Row:
        """The row with its references mapped to local ids, or ValidationError if unusable.

        `raw` ends with the name of its first column of the wrong type (found by SQL).
        """
        layout = self.merger.layouts[table]
        row, wrong = raw[:-1], raw[-1]
        record_id = row[0]
        if wrong is not None:
            if row[layout[wrong]] is None:
                raise self.merger.fail(
                    table, record_id, message("{column} is missing", column=wrong)
                )
            kind = next(k for name, k, _ in layout.types if name == wrong)
            raise self.merger.fail(
                table,
                record_id,
                message("{column} is not of type {kind}", column=wrong, kind=kind.lower()),
            )
        deleted = layout.index.get("deleted")
        if deleted is not None and row[deleted] not in (0, 1):
            raise self.merger.fail(table, record_id, message("deleted is neither 0 nor 1"))
        if self._texts_limited[table]:
            place = self.merger.place(table, record_id)
            for position, column, limit in self._texts_limited[table]:
                file_values.checked(row[position], place, column, limit)
        mapped = None
        for position, column, target, id_map, added, local in self.merger.references(table):
            value = row[position]
            if value is None:
                continue
            value = id_map.get(value, value)
            if value not in local and value not in added:
                raise self.merger.fail(
                    table,
                    record_id,
                    message(
                        "{column} {value} refers to no {record}",
                        column=column,
                        value=value,
                        record=target[:-1],
                    ),
                )
            if value != row[position]:
                mapped = mapped or list(row)
                mapped[position] = value
        row = row if mapped is None else tuple(mapped)
        problem = record_problem(table, _RowView(layout, row))
        if problem is not None:
            raise self.merger.fail(table, record_id, problem)
        if table == "annotations":
            self._check_annotation(record_id, row)
        else:
            check = getattr(self, f"_check_{table}", None)
            if check is not None:
                check(record_id, dict(zip(layout.names, row, strict=True)))
        return row

    def _check_articles(self, record_id: str, row: dict[str, Any]) -> None:
        file_values.article_text(row["text"], self.merger.place("articles", record_id))
        if row["sha256"] != text_sha256(row["text"]) or row["length"] != len(row["text"]):
            raise self.merger.fail(
                "articles", record_id, message("its hash or length does not match its text")
            )

    def _check_annotation(self, record_id: str, row: Row) -> None:
        layout = self.merger.layouts["annotations"]
        text = self.merger.article_text(row[layout["article_id"]])
        start, end = row[layout["start"]], row[layout["end"]]
        problem = anchor_problem(text, start, end, row[layout["quote"]])
        if problem is not None:
            raise self.merger.fail("annotations", record_id, problem)
        self._check_json_list("annotations", record_id, row[layout["evidence"]])

    def _check_links(self, record_id: str, row: dict[str, Any]) -> None:
        problem = link_problem(row["source_id"], row["target_id"], row["relation"])
        if problem is not None:
            raise self.merger.fail("links", record_id, problem)

    def _check_claims(self, record_id: str, row: dict[str, Any]) -> None:
        self._check_json_list("claims", record_id, row["evidence"])

    def _check_reviews(self, record_id: str, row: dict[str, Any]) -> None:
        if row["decision"] not in DECISIONS:
            raise self.merger.fail(
                "reviews",
                record_id,
                message("unknown decision {decision!r}", decision=row["decision"]),
            )

    def _check_json_list(self, table: str, record_id: str, text: str) -> None:
        if text == "[]":
            return
        try:
            values = json.loads(text)
        except ValueError:
            values = None
        if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
            raise self.merger.fail(
                table, record_id, message("evidence is not a JSON list of strings")
            )
        file_values.evidence(values, self.merger.place(table, record_id))

    def check_unique(self) -> None:
        """Unique names and one review per reviewer and annotation, as the schema demands;
        live tags and verdicts with names unique regardless of case, as the store keeps them."""
        for table in ("tags", "verdicts"):
            if self.merger.changes[table]:
                self._check_unique_names(table)
        for table in ("annotators", "reviews"):
            changed = self.merger.changes[table]
            if not changed:
                continue
            rewritten = {row[0] for row in changed}
            owners = {
                k: rid for k, rid in self.merger.local_keys(table).items() if rid not in rewritten
            }
            for row in changed:
                holder = owners.setdefault(self.merger.natural_key(table, row), row[0])
                if holder != row[0]:
                    columns = " and ".join(NATURAL_KEYS[table])
                    raise self.merger.fail(
                        table,
                        row[0],
                        message(
                            "has the same {columns} as {holder}", columns=columns, holder=holder
                        ),
                    )

    def _check_unique_names(self, table: str) -> None:
        layout = self.merger.layouts[table]
        final = {
            row[0]: (row[layout["name"]], row[layout["deleted"]])
            for row in Table(self.merger.db, table).rows()
        }
        final.update(
            (row[0], (row[layout["name"]], row[layout["deleted"]]))
            for row in self.merger.changes[table]
        )
        live = sorted((rid, name) for rid, (name, deleted) in final.items() if not deleted)
        for record_id, holder in duplicate_names(live):
            raise self.merger.fail(
                table, record_id, message("has the same name as {holder}", holder=holder)
            )
