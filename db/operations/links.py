"""Linking two annotations, deleting a link, editing one, with claims kept in step.

A `same claim` link joins its two ends into one claim (merging claims if both had one);
removing it, or changing its relation away from `same claim`, separates them again.
`claim_links` records exactly which claim rows it flipped or filled, so the way back
(and forth again) touches the very same records. No rule here is the importer's or
merge's to repeat: they take links as the file holds them, claims included.
"""

from __future__ import annotations

from typing import Any

from claimdesk.db.claims import claim_links
from claimdesk.db.claims.claim_links import ClaimChange
from claimdesk.db.records.model import Link
from claimdesk.db.storage.store import Store

from .changes import Applied, Changes, reversible

SAME_CLAIM = "same_claim"


def add_link(
    store: Store,
    source_id: str,
    target_id: str,
    relation: str,
    annotator_id: str,
    note: str = "",
) -> Applied:
    """Link two live annotations; a `same claim` link puts both in one claim."""
    with store.transaction():
        link = store.add_link(source_id, target_id, relation, annotator_id, note=note)
        claims = _claims_follow(store, None, link, annotator_id)
    return _switched(store, link.id, claims, live=True)


def delete_link(store: Store, link_id: str, annotator_id: str) -> Applied:
    """Tombstone a link; a claim it held together splits as `claim_links` says."""
    with store.transaction():
        store.delete_link(link_id)
        link = store.link(link_id)
        claims = _claims_follow(store, link, None, annotator_id)
    return _switched(store, link_id, claims, live=False)


def edit_link(store: Store, link_id: str, annotator_id: str, **new: Any) -> Applied:
    """Change a link's relation or note; entering or leaving `same claim` moves claims."""
    with store.transaction():
        before = store.link(link_id)
        old = {name: getattr(before, name) for name in new}
        after = store.update_link(link_id, **new)
        claims = _claims_follow(store, before, after, annotator_id)

    def undo() -> None:
        claim_links.revert(store, claims)
        store.update_link(link_id, **old)

    def redo() -> None:
        store.update_link(link_id, **new)
        claim_links.reapply(store, claims)

    return reversible(store, _changes(link_id, claims), undo, redo)


def _claims_follow(
    store: Store, before: Link | None, after: Link | None, annotator_id: str
) -> ClaimChange:
    """Claims after a link was added (`before` None), removed (`after` None) or relabelled."""
    was = before is not None and before.relation == SAME_CLAIM
    now = after is not None and after.relation == SAME_CLAIM
    if now and not was:
        assert after is not None, "now a same claim link"
        return claim_links.join_claim(store, after, annotator_id)
    if was and not now:
        assert before is not None, "was a same claim link"
        return claim_links.separate_claim(store, after or before, annotator_id)
    return ClaimChange((), ())


def _switched(store: Store, link_id: str, claims: ClaimChange, *, live: bool) -> Applied:
    """A link just added (`live`) or removed, with its claim changes: the way back and
    forth switches both (claim changes reverted before the link moves, reapplied after)."""

    def switch(link_live: bool, claims_applied: bool) -> None:
        if not claims_applied:
            claim_links.revert(store, claims)
        (store.restore_link if link_live else store.delete_link)(link_id)
        if claims_applied:
            claim_links.reapply(store, claims)

    return reversible(
        store,
        _changes(link_id, claims),
        undo=lambda: switch(not live, False),
        redo=lambda: switch(live, True),
        record_id=link_id if live else "",
    )


def _changes(link_id: str, claims: ClaimChange) -> Changes:
    """No highlight changes when links do, so panes keep their text as it is."""
    return Changes(links=frozenset({link_id}), claims=frozenset(claims.claim_ids))
