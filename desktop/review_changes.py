"""Review mode's rows for your work a colleague's merge changed, and the two decisions on them.

The last merge in this window hands its `MergedChange`s (fields of your annotations and
claims, and of records both sides changed) to review mode, which lists them below the
colleague's annotations. Accepting keeps their version (nothing is written); rejecting
writes your version back as a new edit (`merge_changes.restore_mine`), so it also wins the
next merge. Both are undoable commands. The list lives as long as the window's session:
it describes one merge, and is not stored in the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.db import NotFoundError
from claimdesk.db.merge_changes import MergedChange, restore_mine, restore_theirs

from .commands import StoreCommand
from .session import Change, ProjectSession

if TYPE_CHECKING:
    from .review_panel import ReviewRow

CHANGE_COLOR = "#999999"
KIND_LABEL = {"annotations": "your annotation", "claims": "your claim"}


class ChangeDecisions:
    """The merged changes under review and the decision taken on each, by `MergedChange.key`."""

    def __init__(self) -> None:
        self.changes: dict[str, MergedChange] = {}
        self.decisions: dict[str, str] = {}

    def replace(self, changes: list[MergedChange]) -> None:
        self.changes = {change.key: change for change in changes if change.restorable}
        self.decisions = {}

    def rows(self, session: ProjectSession, first_order: int) -> list[ReviewRow]:
        from .review_panel import ReviewRow

        rows = []
        for order, (key, change) in enumerate(self.changes.items(), start=first_order):
            article_id = _article_of(session, change.annotation_id)
            rows.append(
                ReviewRow(
                    annotation_id=key,
                    article_id=article_id,
                    article=session.article_title(article_id) if article_id else "",
                    quote=change.label,
                    tag=KIND_LABEL.get(change.table, change.table),
                    color=CHANGE_COLOR,
                    difference=change.line(),
                    decision=self.decisions.get(key, ""),
                    comment="",
                    order=order,
                )
            )
        return rows


def _article_of(session: ProjectSession, annotation_id: str) -> str:
    if not annotation_id:
        return ""
    try:
        return session.store.annotation(annotation_id).article_id
    except NotFoundError:  # a record the merge named that the file no longer holds
        return ""


class ChangeDecision(StoreCommand):
    """Keep their change ("accepted") or restore your version ("rejected"); undo puts back
    the store and the row as they were."""

    def __init__(
        self, session: ProjectSession, decisions: ChangeDecisions, key: str, decision: str
    ):
        text = "Keep colleague's change" if decision == "accepted" else "Restore your version"
        super().__init__(session, text)
        self.decisions, self.key, self.decision = decisions, key, decision
        self.change = decisions.changes[key]
        self.previous = decisions.decisions.get(key, "")

    def apply(self) -> Change:
        if self.decision == "rejected" and self.previous != "rejected":
            restore_mine(self.session.store, self.change)
        elif self.decision != "rejected" and self.previous == "rejected":
            restore_theirs(self.session.store, self.change)
        self.decisions.decisions[self.key] = self.decision
        return self._change()

    def revert(self) -> Change:
        if self.decision == "rejected" and self.previous != "rejected":
            restore_theirs(self.session.store, self.change)
        elif self.decision != "rejected" and self.previous == "rejected":
            restore_mine(self.session.store, self.change)
        self.decisions.decisions[self.key] = self.previous
        return self._change()

    def _change(self) -> Change:
        """The record came back or changed: its article, its claims and links redraw."""
        annotation_id = self.change.annotation_id
        article_id = _article_of(self.session, annotation_id)
        return Change(
            articles=frozenset({article_id} if article_id else ()),
            annotations=frozenset({annotation_id} if annotation_id else ()),
            article_list=True,
            links=True,
            claims=True,
            reviews=True,
        )
