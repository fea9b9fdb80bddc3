"""Annotations: a tagged span of an article, with its rating, kept exactly to the characters.

Offsets are code points. The quoted text and a little context on both sides are stored
too, so an annotation can be checked against its article and re-anchored if needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.spans import span_problem
from claimdesk.db.rules.values import confidence_problem
from claimdesk.db.storage.clock import new_id
from claimdesk.db.storage.dependents import tombstone_dependents
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store_base import StoreBase, dump_list, load_list

from .articles import require_live_article
from .model import CONTEXT_CHARS, Annotation

ANNOTATION_COLUMNS = (
    "id, article_id, annotator_id, start, end, quote, prefix, suffix, tag_id, verdict_id,"
    " confidence, note, evidence, created, modified, deleted"
)
ANNOTATION_FIELDS = ("tag_id", "verdict_id", "confidence", "note", "evidence")
_WHERE = message("the annotation")


# The columns of ANNOTATION_COLUMNS: `evidence` is a JSON list, `deleted` 0 or 1.
AnnotationRow = tuple[
    str, str, str, int, int, str, str, str, str, str | None, float | None, str, str, str, str, int
]


def annotation_from_row(row: AnnotationRow) -> Annotation:
    return Annotation(*row[:12], load_list(row[12]), row[13], row[14], bool(row[15]))


def quote_with_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(prefix, exact, suffix) for a span: what W3C's TextQuoteSelector calls them."""
    return (
        text[max(0, start - CONTEXT_CHARS) : start],
        text[start:end],
        text[end : end + CONTEXT_CHARS],
    )


@dataclass(frozen=True, slots=True)
class Removal:
    """What deleting an annotation took with it, so undo can bring back exactly that."""

    annotation_id: str
    link_ids: tuple[str, ...]
    member_ids: tuple[str, ...] = ()
    claim_ids: tuple[str, ...] = ()


class AnnotationStore(StoreBase):
    _texts: dict[str, str]

    def article_text(self, article_id: str) -> str:
        """The article's text, cached: it never changes after import."""
        try:
            return self._texts[article_id]
        except KeyError:
            row = self._row("SELECT text FROM articles WHERE id = ?", (article_id,))
            if row is None:
                raise NotFoundError(
                    message("no article with id {article_id}", article_id=article_id)
                ) from None
            text: str = row[0]
            self._texts[article_id] = text
            return text

    def add_annotation(
        self,
        article_id: str,
        start: int,
        end: int,
        tag_id: str,
        annotator_id: str,
        *,
        verdict_id: str | None = None,
        confidence: float | None = None,
        note: str = "",
        evidence: Iterable[str] = (),
        annotation_id: str | None = None,
        created: str | None = None,
        modified: str | None = None,
    ) -> Annotation:
        """Store a new annotation of text[start:end] in one transaction."""
        require_live_article(self, article_id)
        text = self.article_text(article_id)
        problem = span_problem(len(text), start, end)
        if problem is not None:
            raise ValidationError(problem)
        _check_confidence(confidence)
        prefix, quote, suffix = quote_with_context(text, start, end)
        record: dict[str, Any] = {
            "id": annotation_id or new_id(),
            "article_id": article_id,
            "annotator_id": annotator_id,
            "start": start,
            "end": end,
            "quote": quote,
            "prefix": prefix,
            "suffix": suffix,
            "tag_id": tag_id,
            "verdict_id": verdict_id,
            "confidence": confidence,
            "note": note,
            "evidence": dump_list(file_values.evidence(evidence, _WHERE)),
            "deleted": 0,
        }
        file_values.record_texts("annotations", record, _WHERE)
        if created:
            record["created"] = created
            record["modified"] = modified or created
        with self.transaction():
            self._insert("annotations", record)
        return self.annotation(record["id"])

    def annotation(self, annotation_id: str) -> Annotation:
        row = self._row(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)
        )
        if row is None:
            raise NotFoundError(
                message("no annotation with id {annotation_id}", annotation_id=annotation_id)
            )
        return annotation_from_row(row)

    def annotations(
        self,
        article_id: str | None = None,
        *,
        annotator_ids: Iterable[str] | None = None,
        include_deleted: bool = False,
    ) -> list[Annotation]:
        """Annotations ordered by article and position, optionally of one article or people."""
        clauses, params = [], []
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        if annotator_ids is not None:
            ids = list(annotator_ids)
            clauses.append(f"annotator_id IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
        if not include_deleted:
            clauses.append("deleted = 0")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._rows(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations {where}"
            " ORDER BY article_id, start, end, created",
            params,
        )
        return [annotation_from_row(row) for row in rows]

    def live_annotation_ids(self, annotation_ids: Iterable[str]) -> set[str]:
        """Those of these annotations that exist and are not deleted."""
        ids = list(annotation_ids)
        marks = ", ".join("?" * len(ids))
        rows = self._rows(f"SELECT id FROM annotations WHERE deleted = 0 AND id IN ({marks})", ids)
        return {row[0] for row in rows}

    def annotation_ids_using(
        self, *, tag_id: str | None = None, verdict_id: str | None = None
    ) -> list[str]:
        """Live annotations with this tag or verdict: what removing it from the scheme touches."""
        column, value = ("tag_id", tag_id) if tag_id is not None else ("verdict_id", verdict_id)
        rows = self._rows(
            f"SELECT id FROM annotations WHERE {column} = ? AND deleted = 0 ORDER BY id", (value,)
        )
        return [row[0] for row in rows]

    def update_annotation(self, annotation_id: str, **changes: Any) -> Annotation:
        """Change tag, verdict, confidence, note or evidence (never the span) in one step."""
        unknown = set(changes) - set(ANNOTATION_FIELDS)
        if unknown:
            raise ValidationError(
                message("annotations have no editable field {names}", names=", ".join(unknown))
            )
        if "confidence" in changes:
            _check_confidence(changes["confidence"])
        if "evidence" in changes:
            changes["evidence"] = dump_list(file_values.evidence(changes["evidence"], _WHERE))
        file_values.record_texts("annotations", changes, _WHERE)
        with self.transaction():
            self._update("annotations", annotation_id, changes)
        return self.annotation(annotation_id)

    def delete_annotation(self, annotation_id: str) -> Removal:
        """Tombstone the annotation and what it takes along (`dependents`), in one transaction."""
        with self.transaction():
            self._set_deleted("annotations", annotation_id, True)
            taken = tombstone_dependents(self, [annotation_id])
        return Removal(annotation_id, taken.link_ids, taken.member_ids, taken.claim_ids)

    def restore_annotation(self, removal: Removal) -> None:
        """Undo a deletion: the same id comes back, with the links and claims it took along."""
        require_live_article(self, self.annotation(removal.annotation_id).article_id)
        with self.transaction():
            self._set_deleted("annotations", removal.annotation_id, False)
            for table, ids in (
                ("links", removal.link_ids),
                ("claim_members", removal.member_ids),
                ("claims", removal.claim_ids),
            ):
                for row_id in ids:
                    self._set_deleted(table, row_id, False)


def _check_confidence(confidence: float | None) -> None:
    problem = confidence_problem(confidence)
    if problem is not None:
        raise ValidationError(problem)
