"""Review mode's way of drawing the panes: two annotators' layers, differences marked.

The workspace asks this `PaneMode` for every span while review mode is on. Side by side,
the left pane draws the reviewer's layer and the right one the colleague's; in one pane
both are drawn (`review_layers`). Which spans are differences is worked out per article
when first drawn, and again when its annotations change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.db.records.model import Annotation, Annotator
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession
from claimdesk.desktop.workspace.article_view import HighlightSpan
from claimdesk.desktop.workspace.spans import describe, span_for

from .review_layers import SIDE_BY_SIDE, differences, layer_span

if TYPE_CHECKING:
    from claimdesk.desktop.workspace.article_pane import ArticlePane
    from claimdesk.desktop.workspace.workspace import Workspace


class ReviewHighlights:
    """What the panes draw while reviewing `colleague`'s annotations in `layout`."""

    def __init__(
        self, session: ProjectSession, workspace: Workspace, colleague: Annotator, layout: str
    ):
        self.session, self.workspace = session, workspace
        self.colleague, self.layout = colleague, layout
        self._differences: dict[str, dict[str, str]] = {}  # article id: annotation id: why

    def spans(self, pane: ArticlePane, article_id: str) -> list[HighlightSpan]:
        return [
            span
            for annotation in self.session.store.annotations(article_id)
            if (span := self.span(pane, annotation)) is not None
        ]

    def span(self, pane: ArticlePane, annotation: Annotation) -> HighlightSpan | None:
        me, colleague = self.session.annotator.id, self.colleague.id
        who = annotation.annotator_id
        if who not in (me, colleague):
            return None
        panes = self.workspace.panes
        side_by_side = self.layout == SIDE_BY_SIDE and len(panes) >= 2 and pane in panes[:2]
        if side_by_side and (pane is panes[0]) != (who == me):
            return None
        difference = annotation.id in self.differences_in(annotation.article_id)
        return layer_span(
            span_for(self.session, annotation), colleague=who == colleague, difference=difference
        )

    def describe(self, annotation: Annotation) -> str:
        """Hover text: the annotation, and why it is marked as a difference."""
        text = describe(self.session, annotation)
        reason = self.reason(annotation)
        return f"{text}\n⚠ {reason}" if reason else text

    def reason(self, annotation: Annotation) -> str:
        """Why an annotation is marked as a difference, or "" when both sides agree."""
        return self.differences_in(annotation.article_id).get(annotation.id, "")

    def differences_in(self, article_id: str) -> dict[str, str]:
        found = self._differences.get(article_id)
        if found is None:
            found = self._compute_differences(article_id)
            self._differences[article_id] = found
        return found

    def forget(self) -> None:
        """Everything may have changed (a merge, the tag scheme): work differences out anew."""
        self._differences = {}

    def differences_changed(self, article_id: str) -> bool:
        """Work an article's differences out again after its annotations changed; True when
        they were drawn before and are not the same now."""
        old = self._differences.pop(article_id, None)
        return old is not None and self.differences_in(article_id) != old

    def _compute_differences(self, article_id: str) -> dict[str, str]:
        me, colleague = self.session.annotator, self.colleague
        annotations = self.session.store.annotations(
            article_id, annotator_ids=[me.id, colleague.id]
        )
        return differences(
            [a for a in annotations if a.annotator_id == me.id],
            [a for a in annotations if a.annotator_id == colleague.id],
            self._tag_name,
            translate("ReviewHighlights", "{name} (you)").format(name=me.name),
            colleague.name,
        )

    def _tag_name(self, tag_id: str) -> str:
        tag = self.session.tag(tag_id)
        return tag.name if tag else translate("ReviewHighlights", "(unknown tag)")
