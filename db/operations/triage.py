"""Accepting a triage suggestion (the sentence annotated, with its reasons as the note) and
dismissing one, each one step that also remembers the decision, so the project's ranking
learns from it (`triage.learning`); undo takes the decision back with the step."""

from __future__ import annotations

from claimdesk.db.storage.store import Store
from claimdesk.db.triage.learning import decision_key
from claimdesk.db.triage.triage import Candidate

from .annotations import annotate_with_note
from .changes import Applied, combined
from .suggestions import dismiss


def accept_sentence(store: Store, candidate: Candidate, tag_id: str, annotator_id: str) -> Applied:
    """Annotate the sentence with `tag_id` and its reasons, and remember it was accepted."""
    with store.transaction():
        annotated = annotate_with_note(
            store, candidate.article_id, candidate.start, candidate.end, tag_id, annotator_id,
            candidate.why(),
        )  # fmt: skip
        remembered = dismiss(store, decision_key(candidate, accepted=True), annotator_id)
    return combined(store, [annotated, remembered])


def dismiss_sentence(store: Store, candidate: Candidate, annotator_id: str) -> Applied:
    """Never propose the sentence again, and remember what kinds it showed."""
    return dismiss(store, decision_key(candidate, accepted=False), annotator_id)
