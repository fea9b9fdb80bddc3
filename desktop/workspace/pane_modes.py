"""What the article panes draw and say on hover: the mode the workspace is in.

Reading draws everyone's annotations in their tag colours; review mode
(`review_highlights.ReviewHighlights`) draws two annotators' layers and explains where
they differ. The workspace asks its mode for every span and hover text, so entering or
leaving a mode is one call (`Workspace.set_mode`) and no function is swapped at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from claimdesk.db.records.model import Annotation
from claimdesk.db.records.span_rows import span_rows
from claimdesk.desktop.session import ProjectSession

from .article_view import HighlightSpan
from .spans import describe, span_for, spans_from_rows

if TYPE_CHECKING:
    from .article_pane import ArticlePane


class PaneMode(Protocol):
    def spans(self, pane: ArticlePane, article_id: str) -> list[HighlightSpan]:
        """Every span a pane draws when it shows the article."""
        ...

    def span(self, pane: ArticlePane, annotation: Annotation) -> HighlightSpan | None:
        """How a pane draws one (changed) annotation, or None to leave it out."""
        ...

    def describe(self, annotation: Annotation) -> str:
        """The hover text of an annotation's span."""
        ...


class ReadingMode:
    """Every annotation in its tag's colour (only the annotator's own while annotation is
    blind); opening an article reads only the few columns its spans need (10,000
    annotations: no full records)."""

    def __init__(self, session: ProjectSession):
        self.session = session
        self.only_annotator = ""
        """Blind annotation: only this annotator's annotations are drawn ("": everyone's)."""

    def spans(self, pane: ArticlePane, article_id: str) -> list[HighlightSpan]:
        rows = span_rows(self.session.store, article_id, self.only_annotator)
        return spans_from_rows(self.session, rows)

    def span(self, pane: ArticlePane, annotation: Annotation) -> HighlightSpan | None:
        if self.only_annotator and annotation.annotator_id != self.only_annotator:
            return None
        return span_for(self.session, annotation)

    def describe(self, annotation: Annotation) -> str:
        return describe(self.session, annotation)
