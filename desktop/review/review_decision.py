"""The reviewer's decision on a colleague's annotation, as an undoable command."""

from __future__ import annotations

from claimdesk.db.records.model import Review
from claimdesk.desktop.commands.commands import StoreCommand
from claimdesk.desktop.session import Change, ProjectSession


class ReviewDecision(StoreCommand):
    """Set (or, with decision None, clear) the reviewer's decision; undo puts back the
    previous one exactly, including no decision at all."""

    def __init__(
        self, session: ProjectSession, annotation_id: str, decision: str | None, comment: str = ""
    ):
        super().__init__(session, _decision_text(decision))
        self.annotation_id, self.decision, self.comment = annotation_id, decision, comment
        self.reviewer_id = session.annotator.id
        self.previous: Review | None = session.store.review(annotation_id, self.reviewer_id)

    def apply(self) -> Change:
        self._set(self.decision, self.comment)
        return self._change()

    def revert(self) -> Change:
        previous = self.previous
        self._set(previous.decision if previous else None, previous.comment if previous else "")
        return self._change()

    def _set(self, decision: str | None, comment: str) -> None:
        store = self.session.store
        if decision is None:
            store.clear_review(self.annotation_id, self.reviewer_id)
        else:
            store.set_review(self.annotation_id, self.reviewer_id, decision, comment)

    def _change(self) -> Change:
        return Change(annotations=frozenset({self.annotation_id}), reviews=True)


def _decision_text(decision: str | None) -> str:
    return {"accepted": "Accept annotation", "rejected": "Reject annotation"}.get(
        decision or "", "Clear review decision"
    )
