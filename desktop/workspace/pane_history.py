"""Panes closed by the user, to reopen with Ctrl+Shift+T where they were.

Ctrl+W on the wrong pane loses the reader's place in an article; as a browser reopens a
closed tab, the workspace reopens the last closed pane at its place among the others,
with its caret and scroll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.desktop.i18n import translate

from .article_pane import ArticlePane
from .pane_places import PanePlace

if TYPE_CHECKING:
    from .workspace import Workspace

KEPT = 20


class ClosedPanes:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self._closed: list[tuple[str, PanePlace]] = []  # the last closed last

    def remember(self, pane: ArticlePane, index: int) -> None:
        if pane.article_id:
            self._closed = [*self._closed, (pane.article_id, PanePlace.of(pane, index))][-KEPT:]

    def reopen(self) -> ArticlePane | None:
        """The last closed pane whose article still exists, back in its place, focused."""
        workspace = self.workspace
        live = {heading.id for heading in workspace.session.article_headings()}
        while self._closed:
            article_id, place = self._closed.pop()
            if article_id not in live:
                continue
            pane = workspace.add_pane(article_id)
            if pane is None:
                self._closed.append((article_id, place))  # no room: keep it for later
                return None
            workspace.move_pane(pane, place.index)
            place.put_back(pane)
            pane.view.setFocus()
            return pane
        workspace.message.emit(translate("ClosedPanes", "No closed pane to reopen"))
        return None
