"""What a link may be: one of the known relations, between two different annotations.
One rule, used by the store, the annotation importer and merge."""

from __future__ import annotations

from claimdesk.db.messages import message
from claimdesk.db.records.model import RELATIONS


def relation_problem(relation: object) -> str | None:
    """Why `relation` is not a link's relation, or None."""
    if relation in RELATIONS:
        return None
    return message(
        "unknown relation “{relation}”; use one of {names}",
        relation=relation,
        names=", ".join(RELATIONS),
    )


def link_problem(source_id: object, target_id: object, relation: object) -> str | None:
    """Why a link of these ends and relation cannot be, or None (whether the ends are
    live annotations is the caller's to ask: it knows where they come from)."""
    if source_id == target_id:
        return message("an annotation cannot be linked to itself")
    return relation_problem(relation)
