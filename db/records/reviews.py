"""Review decisions: a second fact-checker accepts or rejects a colleague's annotation."""

from __future__ import annotations

from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import NOTE_CHARS
from claimdesk.db.storage.clock import new_id
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.store_base import StoreBase

from .model import DECISIONS, Review

REVIEW_COLUMNS = "id, annotation_id, reviewer_id, decision, comment, created, modified, deleted"


# The columns of REVIEW_COLUMNS, `deleted` last (0 or 1).
ReviewRow = tuple[str, str, str, str, str, str, str, int]


def review_from_row(row: ReviewRow) -> Review:
    return Review(*row[:-1], deleted=bool(row[-1]))


class ReviewStore(StoreBase):
    def set_review(
        self, annotation_id: str, reviewer_id: str, decision: str, comment: str = ""
    ) -> Review:
        """Record (or replace) this reviewer's decision on the annotation."""
        if decision not in DECISIONS:
            raise ValidationError(
                message(
                    "a review decision is one of {decisions}, not {decision!r}",
                    decisions=DECISIONS,
                    decision=decision,
                )
            )
        comment = file_values.text(comment, message("the review"), "comment", NOTE_CHARS)
        existing = self.review(annotation_id, reviewer_id, include_deleted=True)
        with self.transaction():
            if existing is None:
                review_id = new_id()
                self._insert(
                    "reviews",
                    {
                        "id": review_id,
                        "annotation_id": annotation_id,
                        "reviewer_id": reviewer_id,
                        "decision": decision,
                        "comment": comment,
                        "deleted": 0,
                    },
                )
            else:
                review_id = existing.id
                self._update(
                    "reviews", review_id, {"decision": decision, "comment": comment, "deleted": 0}
                )
        review = self.review(annotation_id, reviewer_id)
        assert review is not None, "just written"
        return review

    def clear_review(self, annotation_id: str, reviewer_id: str) -> None:
        existing = self.review(annotation_id, reviewer_id)
        if existing is not None:
            with self.transaction():
                self._set_deleted("reviews", existing.id, True)

    def review(
        self, annotation_id: str, reviewer_id: str, *, include_deleted: bool = False
    ) -> Review | None:
        row = self._row(
            f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE annotation_id = ? AND reviewer_id = ?"
            + ("" if include_deleted else " AND deleted = 0"),
            (annotation_id, reviewer_id),
        )
        return review_from_row(row) if row else None

    def reviews(self, *, include_deleted: bool = False) -> list[Review]:
        where = "" if include_deleted else "WHERE deleted = 0"
        return [
            review_from_row(row)
            for row in self._rows(f"SELECT {REVIEW_COLUMNS} FROM reviews {where} ORDER BY created")
        ]
