"""Where a pane showed an article before the article was deleted, to reopen it there.

Deleting an article closes the panes that showed it (the workspace lets go of articles
that are gone); undoing the deletion brings the article back, and with this record each
pane returns to its place among the others, with the caret and scroll it had.
"""

from __future__ import annotations

from dataclasses import dataclass

from .article_pane import ArticlePane


@dataclass(frozen=True, slots=True)
class PanePlace:
    index: int
    """Among the panes, counted before any pane showing the article closed."""
    caret: int
    """In code points."""
    scroll: int
    """The vertical scroll bar's value (the first line shown)."""

    @classmethod
    def of(cls, pane: ArticlePane, index: int) -> PanePlace:
        view = pane.view
        return cls(index, view.caret_offset(), view.verticalScrollBar().value())

    def put_back(self, pane: ArticlePane) -> None:
        """Caret first: placing it scrolls to it, and the reader may have scrolled away."""
        view = pane.view
        view.set_caret(min(self.caret, len(view.text())))
        view.verticalScrollBar().setValue(self.scroll)
