"""The review queue: what merges changed of your work, kept in the project until you decide.

A merge (`merge_project(me=...)`) hands its restorable `MergedChange`s to `record` in its
own transaction, so a merge from the CLI leaves the same queue as one from the window, and
the queue outlives the window: a fact-checker's review may wait days. `decide` keeps their
change or restores your version (`merge_changes.restore_mine`) and records the decision in
the same transaction; putting the previous decision back (`put_back`) is its undo, so no
caller holds state the file does not.

The table is this file's own: merge reads and writes only the record tables, so your queue
never reaches a colleague. A field a later merge changes again before you decided keeps one
pending row: your value from before the first change, theirs from the latest (and no row
at all once theirs is your value again).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from claimdesk.db.messages import message
from claimdesk.db.records.annotations import Removal
from claimdesk.db.storage import merged_changes
from claimdesk.db.storage.clock import now
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store import Store
from claimdesk.db.storage.table import Db, Row

from .merge_changes import REVIEWABLE, MergedChange, restore_mine, restore_theirs

DECISIONS = ("pending", "kept", "restored")


@dataclass(frozen=True)
class QueuedChange:
    """One change in the queue, and what its annotator decided about it."""

    id: int
    merged: str
    decision: str  # one of DECISIONS
    decided: str | None
    change: MergedChange

    @property
    def key(self) -> str:
        """How lists name it beside annotation ids (never one of them)."""
        return f"merged-change:{self.id}"


def record(db: Db, me: str | None, changes: list[MergedChange]) -> int:
    """Queue `changes` for annotator `me` (within the merge's transaction); how many rows.

    Without an annotator nobody's work is known as theirs: nothing is queued.
    """
    if me is None:
        return 0
    stamp, count = now(), 0
    for change in changes:
        if not change.restorable:
            continue
        mine, mine_text = change.before, change.before_text
        earlier = merged_changes.pending_one(db, me, change.table, change.record_id, change.field)
        if earlier is not None:
            merged_changes.remove(db, earlier[0])
            mine, mine_text = earlier[1], earlier[2]
            if mine == change.after:
                continue
        merged_changes.add(
            db,
            (
                me,
                stamp,
                change.author,
                change.table,
                change.record_id,
                change.field,
                change.label,
                mine,
                change.after,
                mine_text,
                change.after_text,
                int(change.yours),
                int(change.conflict),
                change.annotation_id,
                _dump_removal(change.removal),
            ),
        )
        count += 1
    return count


def pending(store: Store, annotator_id: str) -> list[QueuedChange]:
    """The changes this annotator has still to decide on, oldest merge first."""
    return [_from_row(row) for row in merged_changes.pending(store, annotator_id)]


def pending_counts(store: Store) -> list[tuple[str, int]]:
    """(annotator name, changes waiting for them), for whoever has any."""
    return merged_changes.pending_counts(store)


def queued(store: Store, change_id: int) -> QueuedChange:
    row = merged_changes.one(store, change_id)
    if row is None:
        raise NotFoundError(message("no merged change with id {change_id}", change_id=change_id))
    return _from_row(row)


def decide(store: Store, change_id: int, decision: str) -> QueuedChange:
    """Keep their change ("kept") or restore your version as a new edit ("restored")."""
    if decision not in DECISIONS[1:]:
        raise ValidationError(
            message("a merged change is kept or restored, not {decision!r}", decision=decision)
        )
    return _set(store, change_id, decision, now())


def put_back(store: Store, previous: QueuedChange) -> QueuedChange:
    """Undo of `decide`: the record and the decision as they were in `previous`."""
    return _set(store, previous.id, previous.decision, previous.decided)


def _set(store: Store, change_id: int, decision: str, decided: str | None) -> QueuedChange:
    with store.transaction():
        current = queued(store, change_id)
        table, field = current.change.table, current.change.field
        if field not in REVIEWABLE.get(table, ()):  # the file is untrusted: no other column
            raise ValidationError(
                message(
                    "merged change {change_id}: {table} has no field {field!r}",
                    change_id=change_id,
                    table=table,
                    field=field,
                )
            )
        if decision == "restored" and current.decision != "restored":
            restore_mine(store, current.change)
        elif decision != "restored" and current.decision == "restored":
            restore_theirs(store, current.change)
        merged_changes.set_decision(store, change_id, decision, decided)
    return queued(store, change_id)


def _from_row(row: Row) -> QueuedChange:
    (change_id, merged, decision, decided, table, record_id, field, label, mine, theirs) = row[:10]
    mine_text, theirs_text, colleague, yours, conflict, annotation_id, taken = row[10:]
    change = MergedChange(
        table=table,
        record_id=record_id,
        field=field,
        label=label,
        before=mine,
        after=theirs,
        before_text=mine_text,
        after_text=theirs_text,
        author=colleague,
        yours=bool(yours),
        conflict=bool(conflict),
        annotation_id=annotation_id,
        removal=_load_removal(record_id, taken),
    )
    return QueuedChange(change_id, merged, decision, decided, change)


def _dump_removal(removal: Removal | None) -> str:
    if removal is None:
        return ""
    return json.dumps(
        {
            "links": list(removal.link_ids),
            "members": list(removal.member_ids),
            "claims": list(removal.claim_ids),
        }
    )


def _load_removal(annotation_id: str, text: str) -> Removal | None:
    """What a deleted annotation took along; a damaged value brings back the annotation alone."""
    if not text:
        return None
    try:
        found = json.loads(text)
        parts = [tuple(str(i) for i in found[name]) for name in ("links", "members", "claims")]
    except (ValueError, TypeError, KeyError):
        return Removal(annotation_id, ())
    return Removal(annotation_id, *parts)
