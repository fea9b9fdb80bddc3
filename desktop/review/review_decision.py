"""The reviewer's decision on a colleague's annotation, as an undoable command."""

from __future__ import annotations

from functools import partial

from claimdesk.db.operations.reviews import review_annotation
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession


class ReviewDecision(OperationCommand):
    """Set (or, with decision None, clear) the reviewer's decision; undo puts back the
    previous one exactly, including no decision at all."""

    def __init__(
        self, session: ProjectSession, annotation_id: str, decision: str | None, comment: str = ""
    ):
        who = session.annotator.id
        review = partial(review_annotation, session.store, annotation_id, who, decision, comment)
        super().__init__(session, _decision_text(decision), review)


def _decision_text(decision: str | None) -> str:
    if decision == "accepted":
        return translate("ReviewDecision", "Accept annotation")
    if decision == "rejected":
        return translate("ReviewDecision", "Reject annotation")
    return translate("ReviewDecision", "Clear review decision")
