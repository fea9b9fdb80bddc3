"""Accepting a suggested link (tagging the passages not yet annotated, then linking them)
and dismissing one, each one step."""

from __future__ import annotations

from functools import partial

from claimdesk.db.analysis.suggestions import (
    Suggestion,
    dismiss_suggestion,
    dismissed_keys,
    undismiss_suggestion,
)
from claimdesk.db.storage.store import Store

from .annotations import create_annotation
from .changes import Applied, Changes, combined, reversible
from .links import add_link


def accept_suggestion(
    store: Store, suggestion: Suggestion, tag_id: str, annotator_id: str
) -> Applied:
    """Tag each passage that has no annotation yet with `tag_id`, then link the two with
    the suggested relation: all or nothing, and undone whole."""
    with store.transaction():
        steps: list[Applied] = []
        ends: list[str] = []
        for ref in (suggestion.source, suggestion.target):
            if ref.annotation_id:
                ends.append(ref.annotation_id)
                continue
            steps.append(
                create_annotation(store, ref.article_id, ref.start, ref.end, tag_id, annotator_id)
            )
            ends.append(steps[-1].record_id)
        steps.append(
            add_link(store, ends[0], ends[1], suggestion.relation, annotator_id, suggestion.reason)
        )
    return combined(store, steps)


def dismiss(store: Store, key: str, annotator_id: str) -> Applied:
    """Never propose this suggestion to `annotator_id` again (nor to anyone, outside blind
    annotation); undo proposes it again, unless they had dismissed it before (then there
    is nothing to undo). A colleague's dismissal of it is theirs: it stays."""
    if key in dismissed_keys(store, annotator_id):
        return reversible(store, Changes(), undo=lambda: None, redo=lambda: None)
    dismiss_suggestion(store, key, annotator_id)
    return reversible(
        store,
        Changes(suggestions=True),
        undo=partial(undismiss_suggestion, store, key, annotator_id),
        redo=partial(dismiss_suggestion, store, key, annotator_id),
    )
