"""Claims edited by hand: their wording, rating, explanation or evidence, and removing
one. (Claims that follow `same claim` links are `links`' to change.)"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Any

from claimdesk.db.claims.figure_notes import (
    dismiss_figures_warning,
    figure_notes,
    restore_figures_warning,
)
from claimdesk.db.storage.store import Store

from .changes import Applied, Changes, later, reversible


def edit_claim(store: Store, claim_id: str, **new: Any) -> Applied:
    """Set fields of a claim; undo sets the old values back."""
    claim = store.claim(claim_id)
    old = {name: getattr(claim, name) for name in new}
    store.update_claim(claim_id, **new)
    return reversible(
        store,
        Changes(claims=frozenset({claim_id})),
        undo=later(store, "update_claim", claim_id, **old),
        redo=later(store, "update_claim", claim_id, **new),
    )


def delete_claim(store: Store, claim_id: str) -> Applied:
    """Tombstone a claim (its appearances stay annotations); undo revives the same claim."""
    store.delete_claim(claim_id)
    return reversible(
        store,
        Changes(claims=frozenset({claim_id})),
        undo=later(store, "restore_claim", claim_id),
        redo=later(store, "delete_claim", claim_id),
    )


def name_claimant(
    store: Store, claim_id: str, annotation_id: str, name: str, kind: str = "organization"
) -> Applied:
    """The appearance names `name` (from the project's list, else added to it as `kind`;
    blank: nobody); undo puts back whom it named before (a claimant added stays listed)."""
    before, after = store.name_claimant(claim_id, annotation_id, name, kind)
    return reversible(
        store,
        _appearances_changed([(claim_id, annotation_id)]),
        undo=later(store, "set_appearance_claimant", claim_id, annotation_id, before),
        redo=later(store, "set_appearance_claimant", claim_id, annotation_id, after),
    )


def name_claim_claimant(
    store: Store, claim_id: str, name: str, kind: str = "organization"
) -> Applied:
    """The claim itself names `name` as who made it, over whom its appearances name (from
    the project's list, else added to it as `kind`; blank: its appearances decide again);
    undo puts back whom it named before (a claimant added stays listed)."""
    before, after = store.name_claim_claimant(claim_id, name, kind)
    return reversible(
        store,
        Changes(claims=frozenset({claim_id})),
        undo=later(store, "set_claim_claimant", claim_id, before),
        redo=later(store, "set_claim_claimant", claim_id, after),
    )


def rename_claimant(store: Store, claimant_id: str, name: str) -> Applied:
    """Rename a claimant in the project's list (the appearances naming it follow); undo
    gives back the name before."""
    before = store.rename_claimant(claimant_id, name)
    after = store.claimant(claimant_id).name
    return reversible(
        store,
        _appearances_changed(store.appearances_naming(claimant_id)),
        undo=later(store, "rename_claimant", claimant_id, before),
        redo=later(store, "rename_claimant", claimant_id, after),
    )


def remove_claimant(store: Store, claimant_id: str) -> Applied:
    """Take a claimant off the project's list and off the appearances and claims naming it;
    undo puts it back on the list and on those very appearances and claims."""
    appearances = store.remove_claimant(claimant_id)
    return reversible(
        store,
        _appearances_changed(appearances),
        undo=later(store, "restore_claimant", claimant_id, appearances),
        redo=later(store, "remove_claimant", claimant_id),
    )


def _appearances_changed(appearances: Iterable[tuple[str, str]]) -> Changes:
    """What naming a claimant changes: those (claim, annotation) appearances, or (claim, "")
    claims naming it themselves."""
    pairs = list(appearances)
    return Changes(
        annotations=frozenset(annotation for _, annotation in pairs if annotation),
        claims=frozenset(claim for claim, _ in pairs),
    )


def judge_figures_consistent(
    store: Store, claim_id: str, warning: str, reason: str, annotator_id: str
) -> Applied:
    """Keep that the claim's "figures differ" `warning` is no contradiction, and why; undo
    puts back the note it replaced (or none)."""
    replaced = dismiss_figures_warning(store, claim_id, warning, reason, annotator_id)
    return reversible(
        store,
        Changes(claims=frozenset({claim_id})),
        undo=partial(restore_figures_warning, store, claim_id, replaced),
        redo=partial(dismiss_figures_warning, store, claim_id, warning, reason, annotator_id),
    )


def warn_again_about_figures(store: Store, claim_id: str) -> Applied:
    """Drop the claim's figures note, so its warning shows again; undo keeps it back."""
    note = figure_notes(store, [claim_id]).get(claim_id)
    restore_figures_warning(store, claim_id)
    return reversible(
        store,
        Changes(claims=frozenset({claim_id})),
        undo=partial(restore_figures_warning, store, claim_id, note),
        redo=partial(restore_figures_warning, store, claim_id),
    )
