"""A claim's "figures differ" warning, judged no contradiction by a fact-checker.

The figure check is deliberately simple: AP's "four" plus "one" against "at least three"
reads as figures that differ, though nothing is contradicted. A fact-checker who has
looked says so, with the reason; the claim then counts as contradicted only for its other
reasons (a `contradicts` link), and the reason is shown where the warning was. The note
holds the warning as it read when it was judged: if new appearances change it, the
warning shows again.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import NOTE_CHARS
from claimdesk.db.storage import figure_note_rows
from claimdesk.db.storage.clock import now
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.store import Store


@dataclass(frozen=True)
class FigureNote:
    claim_id: str
    warning: str
    """The "figures differ" warning as it read when it was judged."""
    reason: str
    annotator_id: str
    created: str


def figure_notes(store: Store, claim_ids: list[str] | None = None) -> dict[str, FigureNote]:
    """The notes of these claims (all, if None), by claim id."""
    rows = figure_note_rows.all_notes(store)
    wanted = None if claim_ids is None else set(claim_ids)
    return {row[0]: FigureNote(*row) for row in rows if wanted is None or row[0] in wanted}


def dismiss_figures_warning(
    store: Store, claim_id: str, warning: str, reason: str, annotator_id: str
) -> FigureNote | None:
    """Keep that `warning` on the claim is no contradiction, and why; returns the note it
    replaces (for undo), if any. One transaction."""
    where = message("the figures note")
    reason = file_values.checked(" ".join(reason.split()), where, "reason", NOTE_CHARS)
    if not reason:
        raise ValidationError(
            message("{where}: say why the figures do not contradict each other", where=where)
        )
    if not warning:
        raise ValidationError(message("{where}: the claim's figures do not differ", where=where))
    store.claim(claim_id)  # NotFoundError for no such claim
    with store.transaction():
        before = figure_notes(store, [claim_id]).get(claim_id)
        figure_note_rows.put_note(
            store, (claim_id, warning, reason, annotator_id, now()), replace=True
        )
    return before


def restore_figures_warning(store: Store, claim_id: str, note: FigureNote | None = None) -> None:
    """Warn again about the claim's figures, or put back an earlier note (undo)."""
    with store.transaction():
        figure_note_rows.remove_note(store, claim_id)
        if note is not None:
            figure_note_rows.put_note(
                store, (note.claim_id, note.warning, note.reason, note.annotator_id, note.created)
            )
