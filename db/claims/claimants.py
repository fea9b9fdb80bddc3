"""Claimants: who made a claim where it appears (a person or an organisation).

A claimant is a record of its own, kept in a reusable list (merged by name, like tags), and
each appearance of a claim (a `claim_members` row) may name one; so may the claim itself
(`claims.claimant_id`), which then wins over its appearances. A government figure
reported by AP is the government's claim, not AP's: the outlet is where the claim
appeared, the claimant who made it. ClaimReview's `itemReviewed.author` is the claimant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claimdesk.db.messages import message
from claimdesk.db.rules.values import name_key, name_problem
from claimdesk.db.storage.clock import new_id
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store_base import StoreBase

KINDS = ("person", "organization")
_COLUMNS = "id, name, kind"


@dataclass(frozen=True, slots=True)
class Claimant:
    id: str
    name: str
    kind: str  # "person" or "organization"

    @property
    def schema_type(self) -> str:
        """The schema.org type ClaimReview names it with."""
        return "Person" if self.kind == "person" else "Organization"


class ClaimantStore(StoreBase):
    def claimants(self) -> list[Claimant]:
        """The project's list of claimants, by name."""
        rows = self._rows(
            f"SELECT {_COLUMNS} FROM claimants WHERE deleted = 0 ORDER BY name COLLATE NOCASE"
        )
        return [Claimant(*row) for row in rows]

    def ensure_claimant(self, name: str, kind: str = "organization") -> Claimant:
        """The claimant of that name (any case) from the list, else a new one of `kind`."""
        name = " ".join(name.split())
        if (problem := name_problem(name)) is not None:
            raise ValidationError(message("claimant: {problem}", problem=problem))
        if kind not in KINDS:
            raise ValidationError(
                message(
                    "claimant {name!r}: kind {kind!r} is not person or organization",
                    name=name,
                    kind=kind,
                )
            )
        listed = self.listed_claimant(name)
        if listed is not None:
            return listed
        claimant_id = new_id()
        with self.transaction():
            self._insert("claimants", {"id": claimant_id, "name": name, "kind": kind, "deleted": 0})
        return Claimant(claimant_id, name, kind)

    def listed_claimant(self, name: str) -> Claimant | None:
        """The listed claimant of that name, told apart as merge tells names apart
        (`values.name_key`: case, accented capitals and spacing ignored)."""
        key = name_key(name)
        return next((c for c in self.claimants() if name_key(c.name) == key), None)

    def appearance_claimant(self, claim_id: str, annotation_id: str) -> Claimant | None:
        """Who made the claim in that appearance, if anyone was named."""
        row = self._row(
            f"SELECT {', '.join('p.' + c for c in _COLUMNS.split(', '))} FROM claim_members m"
            " JOIN claimants p ON p.id = m.claimant_id"
            " WHERE m.claim_id = ? AND m.annotation_id = ? AND m.deleted = 0",
            (claim_id, annotation_id),
        )
        return Claimant(*row) if row is not None else None

    def set_appearance_claimant(
        self, claim_id: str, annotation_id: str, claimant_id: str | None
    ) -> str | None:
        """Name who made the claim in that appearance (None: nobody); returns the claimant
        it named before, which is what undo puts back."""
        row = self._row(
            "SELECT id, claimant_id FROM claim_members"
            " WHERE claim_id = ? AND annotation_id = ? AND deleted = 0",
            (claim_id, annotation_id),
        )
        if row is None:
            raise NotFoundError(
                message(
                    "annotation {annotation_id} is not an appearance of this claim",
                    annotation_id=annotation_id,
                )
            )
        if (
            claimant_id is not None
            and self._row("SELECT 1 FROM claimants WHERE id = ? AND deleted = 0", (claimant_id,))
            is None
        ):
            raise NotFoundError(
                message("no claimant with id {claimant_id}", claimant_id=claimant_id)
            )
        with self.transaction():
            self._update("claim_members", row[0], {"claimant_id": claimant_id})
        before: str | None = row[1]
        return before

    def name_claimant(
        self, claim_id: str, annotation_id: str, name: str, kind: str = "organization"
    ) -> tuple[str | None, str | None]:
        """One user action: the appearance names `name` (from the list, else added to it as
        `kind`), or nobody when `name` is blank. Returns (claimant id before, after)."""
        with self.transaction():
            after = self.ensure_claimant(name, kind).id if name.strip() else None
            return self.set_appearance_claimant(claim_id, annotation_id, after), after

    def rename_claimant(self, claimant_id: str, name: str) -> str:
        """Give a listed claimant another name (every appearance naming it follows); returns
        the name before. Refused when another listed claimant has that name: merge matches
        claimants by name, so two of one name would become one at the next merge."""
        name = " ".join(name.split())
        if (problem := name_problem(name)) is not None:
            raise ValidationError(message("claimant: {problem}", problem=problem))
        before = self.claimant(claimant_id)
        taken = self.listed_claimant(name)
        if taken is not None and taken.id != claimant_id:
            raise ValidationError(
                message("claimant {name!r} is already in the list: name another", name=name)
            )
        if name != before.name:
            with self.transaction():
                self._update("claimants", claimant_id, {"name": name})
        return before.name

    def remove_claimant(self, claimant_id: str) -> list[tuple[str, str]]:
        """Take a claimant off the list (a tombstone, so a merge carries it), and off every
        appearance and claim naming it; returns those as (claim id, annotation id, or ""
        for the claim itself), which `restore_claimant` names again."""
        self.claimant(claimant_id)
        namings = self.appearances_naming(claimant_id)
        with self.transaction():
            for claim_id, annotation_id in namings:
                if annotation_id:
                    self.set_appearance_claimant(claim_id, annotation_id, None)
                else:
                    self.set_claim_claimant(claim_id, None)
            self._set_deleted("claimants", claimant_id, True)
        return namings

    def restore_claimant(self, claimant_id: str, namings: Iterable[tuple[str, str]]) -> None:
        """Undo `remove_claimant`: the claimant back on the list, named by `namings` again."""
        with self.transaction():
            self._set_deleted("claimants", claimant_id, False)
            for claim_id, annotation_id in namings:
                if annotation_id:
                    self.set_appearance_claimant(claim_id, annotation_id, claimant_id)
                else:
                    self.set_claim_claimant(claim_id, claimant_id)

    def appearances_naming(self, claimant_id: str) -> list[tuple[str, str]]:
        """(claim id, annotation id) of every live appearance naming that claimant, then
        (claim id, "") of every live claim naming it itself."""
        rows = self._rows(
            "SELECT claim_id, annotation_id FROM claim_members"
            " WHERE claimant_id = ? AND deleted = 0 ORDER BY id",
            (claimant_id,),
        )
        claims = self._rows(
            "SELECT id FROM claims WHERE claimant_id = ? AND deleted = 0 ORDER BY id",
            (claimant_id,),
        )
        return [(row[0], row[1]) for row in rows] + [(row[0], "") for row in claims]

    def set_claim_claimant(self, claim_id: str, claimant_id: str | None) -> str | None:
        """Name who made the claim on the claim itself (None: its appearances decide);
        returns the claimant it named before, which is what undo puts back."""
        row = self._row("SELECT claimant_id FROM claims WHERE id = ? AND deleted = 0", (claim_id,))
        if row is None:
            raise NotFoundError(message("no claim with id {id}", id=claim_id))
        if claimant_id is not None:
            self.claimant(claimant_id)
        with self.transaction():
            self._update("claims", claim_id, {"claimant_id": claimant_id})
        before: str | None = row[0]
        return before

    def name_claim_claimant(
        self, claim_id: str, name: str, kind: str = "organization"
    ) -> tuple[str | None, str | None]:
        """One user action: the claim names `name` as who made it (from the list, else
        added to it as `kind`), or nobody when `name` is blank. Returns (before, after)."""
        with self.transaction():
            after = self.ensure_claimant(name, kind).id if name.strip() else None
            return self.set_claim_claimant(claim_id, after), after

    def claimants_by_claim(self) -> dict[str, Claimant]:
        """Claim id → the listed claimant the claim itself names, for every claim naming one."""
        rows = self._rows(
            "SELECT c.id, p.id, p.name, p.kind FROM claims c"
            " JOIN claimants p ON p.id = c.claimant_id WHERE p.deleted = 0"
        )
        return {row[0]: Claimant(*row[1:]) for row in rows}

    def claimant(self, claimant_id: str) -> Claimant:
        """A listed claimant; NotFoundError once removed."""
        row = self._row(
            f"SELECT {_COLUMNS} FROM claimants WHERE id = ? AND deleted = 0", (claimant_id,)
        )
        if row is None:
            raise NotFoundError(
                message("no claimant with id {claimant_id}", claimant_id=claimant_id)
            )
        return Claimant(*row)

    def claimants_by_appearance(self) -> dict[tuple[str, str], Claimant]:
        """(claim id, annotation id) → its claimant, for every live appearance naming one."""
        rows = self._rows(
            "SELECT m.claim_id, m.annotation_id, p.id, p.name, p.kind FROM claim_members m"
            " JOIN claimants p ON p.id = m.claimant_id WHERE m.deleted = 0"
        )
        return {(row[0], row[1]): Claimant(*row[2:]) for row in rows}


def claim_claimant(
    claim_id: str,
    appearances: Iterable[str],
    named: Mapping[tuple[str, str], Claimant],
    chosen: Mapping[str, Claimant],
) -> Claimant | None:
    """Who made the claim: the claimant the claim itself names (`chosen`, claim id →
    claimant), else the one its appearances name most often (`main_claimant`)."""
    return chosen.get(claim_id) or main_claimant(claim_id, appearances, named)


def main_claimant(
    claim_id: str, appearances: Iterable[str], named: Mapping[tuple[str, str], Claimant]
) -> Claimant | None:
    """Who made the claim, from who each appearance says made it: the claimant named most
    often, the earliest of them on a tie. `appearances` are annotation ids in publication
    order; `named` maps (claim id, annotation id) to the claimant that appearance names."""
    said = [named[key] for m in appearances if (key := (claim_id, m)) in named]
    if not said:
        return None
    counts = Counter(claimant.id for claimant in said)
    return next(claimant for claimant in said if counts[claimant.id] == max(counts.values()))
