"""Review mode's rows for your work a colleague's merge changed, and the two decisions on them.

Merges queue what they changed of your annotations and claims (and of records both sides
changed) in the project itself (`db.merge_queue`), whether they ran in this window or in a
terminal. Review mode lists your pending changes below the colleague's annotations when it
starts, and adds those a merge queues while it is on. Accepting keeps their version (only
the decision is written); rejecting writes your version back as a new edit, so it also
wins the next merge. Both are undoable commands whose state is the store's: the window
only remembers which changes it is showing, so a decided one stays on screen (with its
decision) until review restarts.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from claimdesk.db import NotFoundError
from claimdesk.db.merging.merge_changes import MergedChange
from claimdesk.db.merging.merge_queue import QueuedChange, pending, queued
from claimdesk.db.operations.reviews import decide_merged_change
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession

from .merged_change_text import annotation_tag, change_line, record_text

if TYPE_CHECKING:
    from .review_panel import ReviewRow

CHANGE_COLOR = "#999999"
PANEL_DECISION = {"pending": "", "kept": "accepted", "restored": "rejected"}
"""The review panel's words for a queued change's decision."""


class ChangeDecisions:
    """The merged changes review mode lists, by `QueuedChange.key`; read from the store."""

    def __init__(self, session: ProjectSession) -> None:
        self.session = session
        self.shown: dict[str, int] = {}

    def load(self, *, keep_shown: bool = False) -> None:
        """List what the annotator has still to decide; with `keep_shown`, also the changes
        listed already (decided in this review, their rows stay to show it)."""
        store, me = self.session.store, self.session.annotator.id
        found = {change.key: change.id for change in pending(store, me)}
        self.shown = {**self.shown, **found} if keep_shown else found

    def get(self, key: str) -> QueuedChange | None:
        """The listed change under `key` as the store holds it now, or None."""
        change_id = self.shown.get(key)
        if change_id is None:
            return None
        try:
            return queued(self.session.store, change_id)
        except NotFoundError:  # a later merge replaced it with a newer change
            return None

    def decisions(self) -> dict[str, str]:
        """The panel's decision for each listed change."""
        found = {key: self.get(key) for key in self.shown}
        return {key: PANEL_DECISION[q.decision] for key, q in found.items() if q is not None}

    def rows(self, first_order: int) -> list[ReviewRow]:
        from .review_panel import ReviewRow

        rows = []
        for order, key in enumerate(self.shown, start=first_order):
            queued_change = self.get(key)
            if queued_change is None:
                continue
            change = queued_change.change
            article_id = _article_of(self.session, change.annotation_id)
            rows.append(
                ReviewRow(
                    annotation_id=key,
                    article_id=article_id,
                    article=self.session.article_title(article_id) if article_id else "",
                    quote=record_text(self.session, change),
                    tag=_tag_of(self.session, change),
                    color=CHANGE_COLOR,
                    difference=change_line(self.session, change),
                    decision=PANEL_DECISION[queued_change.decision],
                    comment="",
                    order=order,
                )
            )
        return rows


def _tag_of(session: ProjectSession, change: MergedChange) -> str:
    """The Tag column: an annotation's tag by name; for a claim, whose claim it is."""
    if change.table == "annotations":
        tag = annotation_tag(session, change.annotation_id)
        if tag:
            return tag
    return _kind_label(change.table, yours=change.yours)


def _kind_label(table: str, *, yours: bool) -> str:
    """What the Tag column says of a queued change: whose record, and which kind."""
    if table == "claims":
        return (
            translate("review_changes", "your claim")
            if yours
            else translate("review_changes", "claim")
        )
    return (
        translate("review_changes", "your annotation")
        if yours
        else translate("review_changes", "annotation")
    )


def _article_of(session: ProjectSession, annotation_id: str) -> str:
    if not annotation_id:
        return ""
    try:
        return session.store.annotation(annotation_id).article_id
    except NotFoundError:  # a record the merge named that the file no longer holds
        return ""


class ChangeDecision(OperationCommand):
    """Keep their change ("accepted") or restore your version ("rejected"); undo puts back
    the record and the stored decision as they were."""

    def __init__(self, session: ProjectSession, previous: QueuedChange, decision: str):
        text = (
            translate("ChangeDecision", "Keep colleague's change")
            if decision == "accepted"
            else translate("ChangeDecision", "Restore your version")
        )
        stored = "restored" if decision == "rejected" else "kept"
        decide = partial(decide_merged_change, session.store, previous, stored)
        super().__init__(session, text, decide)
