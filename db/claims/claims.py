"""Claims: one checkable statement that appears in several places, rated once.

A claim groups annotations (its appearances) through `claim_members` rows, which are
records of their own (with tombstones) so membership travels in merges like everything else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.records.model import Claim
from claimdesk.db.rules import file_values
from claimdesk.db.storage.clock import new_id
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store_base import StoreBase, dump_list, load_list

CLAIM_COLUMNS = (
    "id, wording, verdict_id, explanation, evidence, annotator_id, created, modified, deleted"
)
MEMBER_COLUMNS = "id, claim_id, annotation_id, created, modified, deleted"
# The columns of CLAIM_COLUMNS: `evidence` is a JSON list, `deleted` 0 or 1.
ClaimRow = tuple[str, str, str | None, str, str, str, str, str, int]
CLAIM_FIELDS = ("wording", "verdict_id", "explanation", "evidence")
_WHERE = message("the claim")


ONE_QUERY_CLAIMS = 200
"""Up to this many claims, their members are asked for by claim id; beyond, all are read."""


class ClaimStore(StoreBase):
    def add_claim(
        self,
        annotator_id: str,
        annotation_ids: Iterable[str] = (),
        *,
        wording: str = "",
        verdict_id: str | None = None,
        explanation: str = "",
        evidence: Iterable[str] = (),
        claim_id: str | None = None,
    ) -> Claim:
        record: dict[str, Any] = {
            "id": claim_id or new_id(),
            "wording": wording,
            "verdict_id": verdict_id,
            "explanation": explanation,
            "evidence": dump_list(file_values.evidence(evidence, _WHERE)),
            "annotator_id": annotator_id,
            "deleted": 0,
        }
        file_values.record_texts("claims", record, _WHERE)
        with self.transaction():
            self._insert("claims", record)
            for annotation_id in annotation_ids:
                self.add_claim_member(record["id"], annotation_id)
        return self.claim(record["id"])

    def add_claim_member(self, claim_id: str, annotation_id: str) -> str:
        """Make the annotation an appearance of the claim; returns the membership id."""
        existing = self._row(
            "SELECT id, deleted FROM claim_members WHERE claim_id = ? AND annotation_id = ?",
            (claim_id, annotation_id),
        )
        with self.transaction():
            if existing is None:
                member_id = new_id()
                self._insert(
                    "claim_members",
                    {
                        "id": member_id,
                        "claim_id": claim_id,
                        "annotation_id": annotation_id,
                        "deleted": 0,
                    },
                )
                return member_id
            existing_id: str = existing[0]
            if existing[1]:
                self._set_deleted("claim_members", existing_id, False)
            return existing_id

    def claim_ids_of_members(self, member_ids: Iterable[str]) -> frozenset[str]:
        """The claims these memberships belong to: what adding or removing them changed."""
        ids = list(member_ids)
        if not ids:
            return frozenset()
        marks = ", ".join("?" * len(ids))
        rows = self._rows(f"SELECT DISTINCT claim_id FROM claim_members WHERE id IN ({marks})", ids)
        return frozenset(row[0] for row in rows)

    def membership(self, claim_id: str, annotation_id: str) -> tuple[str, bool] | None:
        """(membership id, deleted) of the annotation in the claim, if it ever was in it."""
        row = self._row(
            "SELECT id, deleted FROM claim_members WHERE claim_id = ? AND annotation_id = ?",
            (claim_id, annotation_id),
        )
        return (row[0], bool(row[1])) if row else None

    def set_membership_deleted(self, member_id: str, deleted: bool) -> None:
        """Tombstone (or revive) one appearance of a claim."""
        with self.transaction():
            self._set_deleted("claim_members", member_id, deleted)

    def claimed_annotation_ids(self, annotation_ids: Iterable[str]) -> set[str]:
        """Those of these annotations that appear in a live claim."""
        ids, found = list(annotation_ids), set[str]()
        for offset in range(0, len(ids), 500):
            chunk = ids[offset : offset + 500]
            rows = self._rows(
                "SELECT m.annotation_id FROM claim_members m JOIN claims c ON c.id = m.claim_id"
                f" WHERE m.deleted = 0 AND c.deleted = 0"
                f" AND m.annotation_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found.update(row[0] for row in rows)
        return found

    def first_quote(self, annotation_ids: Sequence[str]) -> str | None:
        """The quote of the first of these annotations: earliest article date, then title,
        then start; what a claim made of them is worded as at first."""
        marks = ", ".join("?" * len(annotation_ids))
        row = self._row(
            "SELECT n.quote FROM annotations n JOIN articles a ON a.id = n.article_id"
            f" WHERE n.id IN ({marks}) ORDER BY a.date, a.title, n.start LIMIT 1",
            list(annotation_ids),
        )
        return row[0] if row else None

    def remove_claim_member(self, claim_id: str, annotation_id: str) -> None:
        row = self._row(
            "SELECT id FROM claim_members WHERE claim_id = ? AND annotation_id = ? AND deleted = 0",
            (claim_id, annotation_id),
        )
        if row is not None:
            with self.transaction():
                self._set_deleted("claim_members", row[0], True)

    def claim(self, claim_id: str) -> Claim:
        row = self._row(f"SELECT {CLAIM_COLUMNS} FROM claims WHERE id = ?", (claim_id,))
        if row is None:
            raise NotFoundError(message("no claim with id {claim_id}", claim_id=claim_id))
        return self._claims_from_rows([row])[0]

    def claims(self, *, include_deleted: bool = False) -> list[Claim]:
        where = "" if include_deleted else "WHERE deleted = 0"
        rows = self._rows(f"SELECT {CLAIM_COLUMNS} FROM claims {where} ORDER BY created")
        return self._claims_from_rows(rows)

    def claims_of_annotation(self, annotation_id: str) -> list[Claim]:
        rows = self._rows(
            f"SELECT {', '.join('c.' + c.strip() for c in CLAIM_COLUMNS.split(','))}"
            " FROM claims c JOIN claim_members m ON m.claim_id = c.id"
            " WHERE m.annotation_id = ? AND m.deleted = 0 AND c.deleted = 0",
            (annotation_id,),
        )
        return self._claims_from_rows(rows)

    def _claims_from_rows(self, rows: Sequence[ClaimRow]) -> list[Claim]:
        """Claims with their live appearances (members whose annotation is live), each
        claim's appearances in text order."""
        if not rows:
            return []
        # Members drive the join (CROSS JOIN keeps that order): asked to sort by the
        # annotation's position, SQLite would rather walk every annotation in the project.
        query = (
            "SELECT m.claim_id, m.annotation_id, a.article_id, a.start"
            " FROM claim_members m CROSS JOIN annotations a ON a.id = m.annotation_id"
            " WHERE m.deleted = 0 AND a.deleted = 0"
        )
        params: list[str] = []
        if len(rows) <= ONE_QUERY_CLAIMS:
            params = [row[0] for row in rows]
            query += f" AND m.claim_id IN ({', '.join('?' * len(params))})"
        members: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
        for claim_id, annotation_id, article_id, start in self._rows(query, params):
            members[claim_id].append((article_id, start, annotation_id))
        return [
            Claim(
                *row[:4],
                load_list(row[4]),
                *row[5:8],
                deleted=bool(row[8]),
                annotation_ids=tuple(m[2] for m in sorted(members.get(row[0], ()))),
            )
            for row in rows
        ]

    def update_claim(self, claim_id: str, **changes: Any) -> Claim:
        unknown = set(changes) - set(CLAIM_FIELDS)
        if unknown:
            raise ValidationError(
                message("claims have no editable field {names}", names=", ".join(unknown))
            )
        if "evidence" in changes:
            changes["evidence"] = dump_list(file_values.evidence(changes["evidence"], _WHERE))
        file_values.record_texts("claims", changes, _WHERE)
        with self.transaction():
            self._update("claims", claim_id, changes)
        return self.claim(claim_id)

    def delete_claim(self, claim_id: str) -> None:
        with self.transaction():
            self._set_deleted("claims", claim_id, True)

    def restore_claim(self, claim_id: str) -> None:
        with self.transaction():
            self._set_deleted("claims", claim_id, False)
