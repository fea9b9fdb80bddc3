"""Editing the tag scheme and the verdict scale: add, edit, reorder, and remove an entry
together with what uses it (a removed tag takes its annotations; a removed verdict is
cleared from the annotations that carried it), all in one transaction."""

from __future__ import annotations

from typing import Any, Literal

from claimdesk.db.storage.store import Store

from .annotations import delete_annotation, edit_annotation
from .changes import Applied, Changes, combined, later, reversible

SchemeKind = Literal["tag", "verdict"]
"""Tags and verdicts are edited the same way, through the store's `<verb>_<kind>` methods."""

SCHEME = Changes(scheme=True)


def add_entry(store: Store, kind: SchemeKind, name: str, color: str, **fields: Any) -> Applied:
    """Add a tag or a verdict; undo tombstones it, redo revives the same id."""
    entry = getattr(store, f"add_{kind}")(name, color, **fields)
    return reversible(
        store,
        SCHEME,
        undo=later(store, f"delete_{kind}", entry.id),
        redo=later(store, f"restore_{kind}", entry.id),
        record_id=entry.id,
    )


def edit_entry(store: Store, kind: SchemeKind, entry_id: str, **new: Any) -> Applied:
    """Change fields of a tag or a verdict; undo sets the old values back."""
    entry = getattr(store, kind)(entry_id)
    old = {name: getattr(entry, name) for name in new}
    update = getattr(store, f"update_{kind}")
    update(entry_id, **new)
    return reversible(
        store,
        SCHEME,
        undo=later(store, f"update_{kind}", entry_id, **old),
        redo=later(store, f"update_{kind}", entry_id, **new),
    )


def reorder_entries(store: Store, kind: SchemeKind, entry_ids: list[str]) -> Applied:
    """Put the entries in this order; undo puts back the order before."""
    reorder = getattr(store, f"reorder_{kind}s")
    before = [entry.id for entry in getattr(store, f"{kind}s")()]
    reorder(entry_ids)
    return reversible(
        store,
        SCHEME,
        later(store, f"reorder_{kind}s", before),
        later(store, f"reorder_{kind}s", entry_ids),
    )


def remove_entry(store: Store, kind: SchemeKind, entry_id: str) -> Applied:
    """Remove a tag with the annotations using it, or a verdict from the scale and from the
    annotations carrying it: all or nothing, and undone whole."""
    with store.transaction():
        users = store.annotation_ids_using(**{f"{kind}_id": entry_id})
        if kind == "tag":
            steps = [delete_annotation(store, annotation_id) for annotation_id in users]
        else:
            steps = [edit_annotation(store, user, verdict_id=None) for user in users]
        delete = later(store, f"delete_{kind}", entry_id)
        delete()
        restore = later(store, f"restore_{kind}", entry_id)
        steps.append(reversible(store, SCHEME, undo=restore, redo=delete))
    return combined(store, steps)
