"""Tagging a span, deleting an annotation (with the links and claim appearances it takes),
and editing an annotation's fields: the rules are the store's, what changed is read from
what the store wrote."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from claimdesk.db.records.annotations import Removal
from claimdesk.db.storage.store import Store

from .changes import Applied, Changes, combined, later, reversible


def create_annotation(
    store: Store, article_id: str, start: int, end: int, tag_id: str, annotator_id: str
) -> Applied:
    """Tag text[start:end]; undo tombstones the annotation, redo revives the same id."""
    annotation = store.add_annotation(article_id, start, end, tag_id, annotator_id)
    changes = _appeared_or_went(article_id, annotation.id)
    return reversible(
        store,
        changes,
        undo=later(store, "delete_annotation", annotation.id),
        redo=later(store, "restore_annotation", Removal(annotation.id, ())),
        record_id=annotation.id,
    )


def delete_annotation(store: Store, annotation_id: str) -> Applied:
    """Tombstone the annotation and what it takes along (its links, its claim appearances,
    a claim left with none); undo revives exactly those, redo takes the same again."""
    article_id = store.annotation(annotation_id).article_id
    with store.transaction():
        removal = store.delete_annotation(annotation_id)
        claims = store.claim_ids_of_members(removal.member_ids)
    changes = _appeared_or_went(article_id, annotation_id) | Changes(
        links=frozenset(removal.link_ids), claims=claims
    )
    return reversible(
        store,
        changes,
        undo=later(store, "restore_annotation", removal),
        redo=later(store, "delete_annotation", annotation_id),
    )


def edit_annotation(store: Store, annotation_id: str, **new: Any) -> Applied:
    """Set tag, verdict, confidence, note or evidence; undo sets the old values back."""
    annotation = store.annotation(annotation_id)
    old = {name: getattr(annotation, name) for name in new}
    store.update_annotation(annotation_id, **new)
    changes = Changes(
        articles=frozenset({annotation.article_id}), annotations=frozenset({annotation_id})
    )
    return reversible(
        store,
        changes,
        undo=later(store, "update_annotation", annotation_id, **old),
        redo=later(store, "update_annotation", annotation_id, **new),
    )


def _appeared_or_went(article_id: str, annotation_id: str) -> Changes:
    """An annotation appeared or went: its article's highlights and count change."""
    return Changes(
        articles=frozenset({article_id}), annotations=frozenset({annotation_id}), article_list=True
    )


def annotate_with_note(
    store: Store,
    article_id: str,
    start: int,
    end: int,
    tag_id: str,
    annotator_id: str,
    note: str,
) -> Applied:
    """Tag text[start:end] and give the annotation `note` (why it was proposed), as one
    step: undo takes both back, redo revives the same annotation with its note."""
    with store.transaction():
        created = create_annotation(store, article_id, start, end, tag_id, annotator_id)
        noted = edit_annotation(store, created.record_id, note=note)
    return replace(combined(store, [created, noted]), record_id=created.record_id)
