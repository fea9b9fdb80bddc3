"""Links between annotations: the same claim, or one supporting or contradicting another."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import LINKS_PER_ANNOTATION
from claimdesk.db.rules.link_limits import links_problem
from claimdesk.db.rules.link_values import link_problem, relation_problem
from claimdesk.db.storage.attachments import live_link_count
from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.db.storage.clock import new_id
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store_base import StoreBase

from .articles import require_live_article
from .model import Link

LINK_COLUMNS = "id, source_id, target_id, relation, annotator_id, note, created, modified, deleted"
_WHERE = message("the link")


# The columns of LINK_COLUMNS, `deleted` last (0 or 1).
LinkRow = tuple[str, str, str, str, str, str, str, str, int]


def link_from_row(row: LinkRow) -> Link:
    return Link(*row[:-1], deleted=bool(row[-1]))


class LinkStore(StoreBase):
    def add_link(
        self,
        source_id: str,
        target_id: str,
        relation: str,
        annotator_id: str,
        *,
        note: str = "",
        link_id: str | None = None,
    ) -> Link:
        problem = link_problem(source_id, target_id, relation)
        if problem is not None:
            raise ValidationError(problem)
        live = self._rows(
            "SELECT article_id FROM annotations WHERE deleted = 0 AND id IN (?, ?)",
            (source_id, target_id),
        )
        if len(live) != 2:
            raise NotFoundError(message("both ends of a link must be live annotations"))
        for end in (source_id, target_id):
            count = live_link_count(self, end) + 1
            if count > LINKS_PER_ANNOTATION:
                raise ValidationError(
                    message("annotation {end} {problem}", end=end, problem=links_problem(count))
                )
        for (article_id,) in live:
            require_live_article(self, article_id)
        record: dict[str, Any] = {
            "id": link_id or new_id(),
            "source_id": source_id,
            "target_id": target_id,
            "relation": relation,
            "annotator_id": annotator_id,
            "note": note,
            "deleted": 0,
        }
        file_values.record_texts("links", record, _WHERE)
        with self.transaction():
            self._insert("links", record)
        return self.link(record["id"])

    def link(self, link_id: str) -> Link:
        row = self._row(f"SELECT {LINK_COLUMNS} FROM links WHERE id = ?", (link_id,))
        if row is None:
            raise NotFoundError(message("no link with id {link_id}", link_id=link_id))
        return link_from_row(row)

    def links(
        self, annotation_ids: Iterable[str] | None = None, *, include_deleted: bool = False
    ) -> list[Link]:
        """Links, or those touching any of `annotation_ids` at either end."""
        clauses, params = [], []
        if annotation_ids is not None:
            ids = list(annotation_ids)
            marks = ", ".join("?" * len(ids))
            clauses.append(f"(source_id IN ({marks}) OR target_id IN ({marks}))")
            params.extend(ids + ids)
        if not include_deleted:
            clauses.append("deleted = 0")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._rows(f"SELECT {LINK_COLUMNS} FROM links {where} ORDER BY created", params)
        return [link_from_row(row) for row in rows]

    def links_among_articles(self, article_ids: Iterable[str]) -> list[Link]:
        """Live links whose two ends are both live annotations of these articles."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        columns = ", ".join(f"l.{column.strip()}" for column in LINK_COLUMNS.split(","))
        with cyclic_gc_paused():  # 100,000 links' records would set off collection passes
            rows = self._rows(
                f"SELECT {columns} FROM links l"
                " JOIN annotations s ON s.id = l.source_id"
                " JOIN annotations t ON t.id = l.target_id"
                f" WHERE l.deleted = 0 AND s.deleted = 0 AND t.deleted = 0"
                f" AND s.article_id IN ({marks}) AND t.article_id IN ({marks})"
                " ORDER BY l.created",
                ids + ids,
            )
            return [link_from_row(row) for row in rows]

    def same_claim_pairs(self, annotation_ids: Sequence[str]) -> list[tuple[str, str]]:
        """(source, target) of the live `same claim` links among these annotations."""
        ids = list(annotation_ids)
        marks = ", ".join("?" * len(ids))
        rows = self._rows(
            "SELECT source_id, target_id FROM links WHERE deleted = 0 AND relation = 'same_claim'"
            f" AND source_id IN ({marks}) AND target_id IN ({marks})",
            [*ids, *ids],
        )
        return [(source, target) for source, target in rows]

    def update_link(self, link_id: str, **changes: Any) -> Link:
        unknown = set(changes) - {"relation", "note"}
        if unknown:
            raise ValidationError(
                message("links have no editable field {names}", names=", ".join(unknown))
            )
        problem = relation_problem(changes["relation"]) if "relation" in changes else None
        if problem is not None:
            raise ValidationError(problem)
        file_values.record_texts("links", changes, _WHERE)
        with self.transaction():
            self._update("links", link_id, changes)
        return self.link(link_id)

    def delete_link(self, link_id: str) -> None:
        with self.transaction():
            self._set_deleted("links", link_id, True)

    def restore_link(self, link_id: str) -> None:
        with self.transaction():
            self._set_deleted("links", link_id, False)
