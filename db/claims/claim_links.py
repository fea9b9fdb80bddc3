"""Keeping claims in step with `same_claim` links, so that undo and redo are exact.

A claim is a group of annotations joined by `same_claim` links. Linking two annotations
joins (or merges) their claims; unlinking them may split one. Every change is recorded as
tombstone flips (and, when a merge fills a survivor's empty fields, field edits), so it can
be reverted and reapplied with the very same record ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.records.model import Claim, Link
from claimdesk.db.storage.bulk_insert import insert_rows
from claimdesk.db.storage.clock import new_id, now
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store import Store
from claimdesk.db.storage.store_base import Row

from .claims import CLAIM_COLUMNS, MEMBER_COLUMNS

WORDING_CHARS = 120
_COPIED_FIELDS = ("wording", "verdict_id", "explanation", "evidence")
_EMPTY: tuple[object, ...] = ("", None, ())

Flip = tuple[str, str, bool]
FieldEdit = tuple[str, tuple[tuple[str, object], ...], tuple[tuple[str, object], ...]]


@dataclass(frozen=True)
class ClaimChange:
    """Rows whose tombstone flag was flipped (table, row_id, deleted_after), in order."""

    flips: tuple[Flip, ...]
    claim_ids: tuple[str, ...]  # claims touched (for UI refresh)
    edits: tuple[FieldEdit, ...] = ()
    """(claim id, fields before, fields after) for claims whose fields a merge filled in."""

    @property
    def empty(self) -> bool:
        return not self.flips and not self.edits


class _Recorder:
    """Applies changes through the store and remembers them as a ClaimChange."""

    def __init__(self, store: Store):
        self.store = store
        self.flips: list[Flip] = []
        self.edits: list[FieldEdit] = []
        self.claim_ids: dict[str, None] = {}

    def change(self) -> ClaimChange:
        return ClaimChange(tuple(self.flips), tuple(self.claim_ids), tuple(self.edits))

    def flip(self, table: str, row_id: str, deleted: bool) -> None:
        _set_deleted(self.store, table, row_id, deleted)
        self.flips.append((table, row_id, deleted))

    def new_claim(self, annotator_id: str, fields: dict[str, Any]) -> str:
        claim_id = self.store.add_claim(annotator_id, **fields).id
        self.flips.append(("claims", claim_id, False))
        self.claim_ids[claim_id] = None
        return claim_id

    def add_member(self, claim_id: str, annotation_id: str) -> None:
        found = self.store.membership(claim_id, annotation_id)
        self.claim_ids[claim_id] = None
        if found is None:
            member_id = self.store.add_claim_member(claim_id, annotation_id)
            self.flips.append(("claim_members", member_id, False))
        elif found[1]:
            self.flip("claim_members", found[0], False)

    def remove_member(self, claim_id: str, annotation_id: str) -> None:
        found = self.store.membership(claim_id, annotation_id)
        self.claim_ids[claim_id] = None
        if found is not None and not found[1]:
            self.flip("claim_members", found[0], True)

    def edit(self, claim_id: str, before: dict[str, object], after: dict[str, object]) -> None:
        self.store.update_claim(claim_id, **after)
        self.edits.append((claim_id, tuple(before.items()), tuple(after.items())))


def join_claim(store: Store, link: Link, annotator_id: str) -> ClaimChange:
    """After a same_claim link was added: put both its ends in one claim."""
    recorder = _Recorder(store)
    if link.relation != "same_claim":
        return recorder.change()
    with store.transaction():
        source, target = _claim_of(store, link.source_id), _claim_of(store, link.target_id)
        if source is None and target is None:
            ids = [link.source_id, link.target_id]
            claim_id = recorder.new_claim(annotator_id, {"wording": _default_wording(store, ids)})
            for annotation_id in ids:
                recorder.add_member(claim_id, annotation_id)
        elif source is None or target is None:
            claim = source or target
            assert claim is not None, "one end has a claim"
            loner = link.source_id if source is None else link.target_id
            recorder.add_member(claim.id, loner)
        elif source.id != target.id:
            survivor, absorbed = sorted((source, target), key=lambda c: (c.created, c.id))
            _absorb(recorder, survivor, absorbed)
    return recorder.change()


def separate_claim(store: Store, link: Link, annotator_id: str) -> ClaimChange:
    """After a same_claim link was deleted (or relabelled): split a claim it held together.

    Only the two parts that held the link's ends are considered, so members joined to the
    claim by hand (without links) stay where they are. The larger part keeps the claim; the
    other gets a copy of it if it has two members or more, else it simply leaves.
    """
    recorder = _Recorder(store)
    with store.transaction():
        for claim in _claims_of_both(store, link.source_id, link.target_id):
            if not {link.source_id, link.target_id} <= set(claim.annotation_ids):
                continue  # an end was deleted: the claim keeps what is left
            parts = _parts(store, claim.annotation_ids)
            source_part, target_part = parts[link.source_id], parts[link.target_id]
            if source_part is target_part:
                continue
            order = {annotation_id: i for i, annotation_id in enumerate(claim.annotation_ids)}
            leaving = min(
                (source_part, target_part),
                key=lambda part: (len(part), -min(order[a] for a in part)),
            )
            for annotation_id in sorted(leaving, key=order.__getitem__):
                recorder.remove_member(claim.id, annotation_id)
            if len(leaving) >= 2:
                copy = {name: getattr(claim, name) for name in _COPIED_FIELDS}
                new_claim = recorder.new_claim(annotator_id, copy)
                for annotation_id in sorted(leaving, key=order.__getitem__):
                    recorder.add_member(new_claim, annotation_id)
    return recorder.change()


def join_claims(store: Store, links: Sequence[tuple[str, str, str, str]]) -> None:
    """After many `same claim` links (link id, source, target, annotator id) were added at
    once, in the caller's transaction (an import): each group of annotations they join is
    one claim, as if they had been linked one by one (`join_claim`). A group with no
    annotation in a claim yet becomes one new claim, its rows written in bulk (worded by
    its first appearance); a group touching claims already is joined link by link."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for _link_id, source, target, _annotator in links:
        parent[root(source)] = root(target)
    groups: dict[str, list[tuple[str, str, str, str]]] = {}
    for link in links:
        groups.setdefault(root(link[1]), []).append(link)
    claimed = store.claimed_annotation_ids(parent)
    claims: list[Row] = []
    members: list[Row] = []
    stamp = now()
    for group in groups.values():
        ends = list(dict.fromkeys(end for link in group for end in link[1:3]))
        if claimed.intersection(ends):
            for link_id, *_rest in group:
                join_claim(store, store.link(link_id), group[0][3])
            continue
        claim_id = new_id()
        wording = default_wording(store.first_quote(ends) or "")
        claims.append((claim_id, wording, None, "", "[]", group[0][3], stamp, stamp, 0))
        members += [(new_id(), claim_id, end, stamp, stamp, 0) for end in ends]
    insert_rows(store, "claims", CLAIM_COLUMNS, claims)
    insert_rows(store, "claim_members", MEMBER_COLUMNS, members)


def claim_for_annotations(
    store: Store, annotation_ids: Iterable[str], annotator_id: str, wording: str = ""
) -> tuple[Claim, ClaimChange]:
    """Make a new claim of these annotations (one is enough): "this is a claim"."""
    ids = list(dict.fromkeys(annotation_ids))
    if not ids:
        raise ValidationError(message("a claim needs at least one annotation"))
    if len(store.live_annotation_ids(ids)) != len(ids):
        raise NotFoundError(message("every appearance of a claim must be a live annotation"))
    recorder = _Recorder(store)
    with store.transaction():
        claim_id = recorder.new_claim(
            annotator_id, {"wording": wording.strip() or _default_wording(store, ids)}
        )
        for annotation_id in ids:
            recorder.add_member(claim_id, annotation_id)
    return store.claim(claim_id), recorder.change()


def revert(store: Store, change: ClaimChange) -> None:
    """Undo: flip every row back, in reverse order, and put edited fields back."""
    with store.transaction():
        for claim_id, before, _after in reversed(change.edits):
            store.update_claim(claim_id, **dict(before))
        for table, row_id, deleted in reversed(change.flips):
            _set_deleted(store, table, row_id, not deleted)


def reapply(store: Store, change: ClaimChange) -> None:
    """Redo: the same flips and edits again, so the same ids come back."""
    with store.transaction():
        for table, row_id, deleted in change.flips:
            _set_deleted(store, table, row_id, deleted)
        for claim_id, _before, after in change.edits:
            store.update_claim(claim_id, **dict(after))


def _set_deleted(store: Store, table: str, row_id: str, deleted: bool) -> None:
    """Tombstone or revive a claim (`claims`) or one of its appearances (`claim_members`)."""
    if table == "claims":
        (store.delete_claim if deleted else store.restore_claim)(row_id)
    else:
        store.set_membership_deleted(row_id, deleted)


def default_wording(quote: str) -> str:
    """A claim's first wording: the quote on one line, cut at a word near WORDING_CHARS."""
    text = " ".join(quote.split())
    if len(text) <= WORDING_CHARS:
        return text
    cut = text[:WORDING_CHARS].rsplit(" ", 1)[0] or text[:WORDING_CHARS]
    return cut.rstrip(",;:") + "…"


def _default_wording(store: Store, annotation_ids: list[str]) -> str:
    """The wording of the first appearance (`first_quote`)."""
    quote = store.first_quote(annotation_ids)
    return default_wording(quote) if quote is not None else ""


def _claim_of(store: Store, annotation_id: str) -> Claim | None:
    """The oldest live claim the annotation appears in, if any."""
    claims = sorted(store.claims_of_annotation(annotation_id), key=lambda c: (c.created, c.id))
    return claims[0] if claims else None


def _claims_of_both(store: Store, first: str, second: str) -> list[Claim]:
    shared = {c.id for c in store.claims_of_annotation(first)} & {
        c.id for c in store.claims_of_annotation(second)
    }
    return [store.claim(claim_id) for claim_id in sorted(shared)]


def _absorb(recorder: _Recorder, survivor: Claim, absorbed: Claim) -> None:
    """Move the absorbed claim's members into the survivor; keep its words if ours are empty."""
    for annotation_id in absorbed.annotation_ids:
        recorder.remove_member(absorbed.id, annotation_id)
        if annotation_id not in survivor.annotation_ids:
            recorder.add_member(survivor.id, annotation_id)
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    for name in _COPIED_FIELDS:
        mine, theirs = getattr(survivor, name), getattr(absorbed, name)
        if mine in _EMPTY and theirs not in _EMPTY:
            before[name], after[name] = mine, theirs
    if after:
        recorder.edit(survivor.id, before, after)
    recorder.flip("claims", absorbed.id, True)
    recorder.claim_ids[absorbed.id] = None


def _parts(store: Store, members: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each member's connected part under live same_claim links among the members."""
    edges = store.same_claim_pairs(members)
    parent = {member: member for member in members}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for source, target in edges:
        parent[root(source)] = root(target)
    groups: dict[str, set[str]] = {}
    for member in members:
        groups.setdefault(root(member), set()).add(member)
    frozen = {key: frozenset(group) for key, group in groups.items()}
    return {member: frozen[root(member)] for member in members}
