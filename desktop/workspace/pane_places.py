"""Where a pane showed an article before the article was deleted, to reopen it there.

Deleting an article closes the panes that showed it (the workspace lets go of articles
that are gone); undoing the deletion brings the article back, and with this record each
pane returns to its place among the others, with the caret and scroll it had.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .article_pane import ArticlePane

if TYPE_CHECKING:
    from .workspace import Workspace


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


class DeletedArticlePanes:
    """The places of the panes that showed articles since deleted, until they return."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self._places: dict[str, list[PanePlace]] = {}  # article id: its panes

    def let_go_of_deleted_articles(self) -> None:
        """Panes showing an article that was deleted (or whose import was undone) close;
        the last one stays, saying the article is gone."""
        workspace = self.workspace
        live = {heading.id for heading in workspace.session.article_headings()}
        gone = [
            (index, pane)
            for index, pane in enumerate(workspace.panes)
            if pane.article_id and pane.article_id not in live
        ]
        for index, pane in gone:
            self._places.setdefault(pane.article_id, []).append(PanePlace.of(pane, index))
        for _index, pane in gone:
            if len(workspace.panes) > 1:
                workspace.close_pane(pane)
            else:
                workspace.show_gone(pane)

    def reopen_panes_of_returned_articles(self) -> None:
        """An article deleted while shown came back (undo): each pane that showed it
        returns to its place among the panes, or to the pane that said it was deleted."""
        workspace = self.workspace
        live = {heading.id for heading in workspace.session.article_headings()}
        returned = sorted(
            (place.index, article_id, place)
            for article_id in [a for a in self._places if a in live]
            for place in self._places.pop(article_id)
        )
        for index, article_id, place in returned:
            pane = next((pane for pane in workspace.panes if not pane.article_id), None)
            if pane is not None:
                workspace.show_article(pane, article_id)
            elif (pane := workspace.add_pane(article_id)) is not None:
                workspace.move_pane(pane, index)
            else:
                return  # as many panes as fit are open
            place.put_back(pane)
