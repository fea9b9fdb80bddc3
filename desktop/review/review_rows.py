"""The Review list's rows for a colleague's annotations, and the heading above them."""

from __future__ import annotations

from claimdesk.db.records.model import Annotator
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession

from .review_changes import ChangeDecisions
from .review_highlights import ReviewHighlights
from .review_layers import SIDE_BY_SIDE
from .review_panel import ReviewRow


def review_rows(
    session: ProjectSession, highlights: ReviewHighlights, merged: ChangeDecisions
) -> list[ReviewRow]:
    """One row per annotation of the colleague's in a live article, in document order,
    with the reviewer's decision and why it differs from the reviewer's own; then what
    merges changed of the reviewer's work."""
    store, me, colleague = session.store, session.annotator, highlights.colleague
    decisions = {
        review.annotation_id: review for review in store.reviews() if review.reviewer_id == me.id
    }
    order = {article.id: n for n, article in enumerate(store.articles())}
    annotations = sorted(
        store.annotations(annotator_ids=[colleague.id]),
        key=lambda a: (order.get(a.article_id, len(order)), a.start, a.end),
    )
    rows = []
    for position, annotation in enumerate(annotations):
        if annotation.article_id not in order:
            continue  # its article was deleted
        tag = session.tag(annotation.tag_id)
        review = decisions.get(annotation.id)
        rows.append(
            ReviewRow(
                annotation_id=annotation.id,
                article_id=annotation.article_id,
                article=session.article_title(annotation.article_id),
                quote=annotation.quote,
                tag=tag.name if tag else translate("review_rows", "(unknown tag)"),
                color=tag.color if tag else "#999999",
                difference=highlights.reason(annotation),
                decision=review.decision if review else "",
                comment=review.comment if review else "",
                order=position,
            )
        )
    return rows + merged.rows(len(annotations))


def heading(me: Annotator, colleague: Annotator, layout: str, changes_queued: bool) -> str:
    """Who reviews whom, where each layer is drawn, and what the list holds."""
    parts = [
        translate("review_rows", "Reviewing {colleague}'s annotations as {me}.").format(
            colleague=colleague.name, me=me.name
        ),
        translate("review_rows", "Left pane: yours · right pane: {colleague}'s.").format(
            colleague=colleague.name
        )
        if layout == SIDE_BY_SIDE
        else translate("review_rows", "Yours are filled, theirs underlined."),
        translate("review_rows", "Dashed magenta: only one of you marked it, or your tags differ."),
    ]
    if changes_queued:
        parts.append(
            translate(
                "review_rows",
                "Below them: what merges changed of your work (A keeps it, R restores yours).",
            )
        )
    return " ".join(parts)
