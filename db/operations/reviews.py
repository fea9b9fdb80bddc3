"""Review decisions: on a colleague's annotation, and on your work a merge changed."""

from __future__ import annotations

from functools import partial

from claimdesk.db.merging.merge_queue import QueuedChange, decide, put_back
from claimdesk.db.storage.errors import NotFoundError
from claimdesk.db.storage.store import Store

from .changes import Applied, Changes, reversible


def review_annotation(
    store: Store, annotation_id: str, reviewer_id: str, decision: str | None, comment: str = ""
) -> Applied:
    """Set (or, with decision None, clear) the reviewer's decision; undo puts back the one
    before exactly, including no decision at all."""
    previous = store.review(annotation_id, reviewer_id)

    def put(decision: str | None, comment: str) -> None:
        if decision is None:
            store.clear_review(annotation_id, reviewer_id)
        else:
            store.set_review(annotation_id, reviewer_id, decision, comment)

    put(decision, comment)
    written = store.review(annotation_id, reviewer_id, include_deleted=True)
    changes = Changes(
        annotations=frozenset({annotation_id}),
        reviews=frozenset({written.id} if written else ()),
    )
    before = (previous.decision, previous.comment) if previous else (None, "")
    return reversible(
        store, changes, undo=partial(put, *before), redo=partial(put, decision, comment)
    )


def decide_merged_change(store: Store, previous: QueuedChange, decision: str) -> Applied:
    """Keep a colleague's change to your work ("kept") or write your version back
    ("restored"); undo puts back the record and the stored decision as they were."""
    decide(store, previous.id, decision)
    return reversible(
        store,
        _record_changes(store, previous),
        undo=partial(put_back, store, previous),
        redo=partial(decide, store, previous.id, decision),
    )


def _record_changes(store: Store, queued: QueuedChange) -> Changes:
    """The record the decision may write, with what an annotation's deletion takes along."""
    change = queued.change
    if change.table == "claims":
        return Changes(claims=frozenset({change.record_id}))
    annotation_id = change.annotation_id or change.record_id
    try:
        article_id = store.annotation(annotation_id).article_id
    except NotFoundError:  # a record the merge named that the file no longer holds
        return Changes(annotations=frozenset({annotation_id}))
    removal = change.removal
    return Changes(
        articles=frozenset({article_id}),
        annotations=frozenset({annotation_id}),
        article_list=change.field == "deleted",
        links=frozenset(removal.link_ids if removal else ()),
        claims=store.claim_ids_of_members(removal.member_ids if removal else ()),
    )
