"""The links drawn between neighbouring panes: which to draw and which to stress.

The workspace's splitter asks for the connectors between two panes on every frame; this
keeps the links between each pair of articles and the connectors made from them until
the links or either pane's highlights change, so a frame costs no store read.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from claimdesk.desktop.session import Change, ProjectSession

from .article_pane import ArticlePane
from .link_bands import Connector
from .link_gutter import LinkSplitter


class PaneLinks:
    def __init__(self, session: ProjectSession):
        self.session = session
        self.splitter: LinkSplitter | None = None
        self._links_between: dict[tuple[str, str], list] = {}
        self._connectors_between: dict[tuple[str, str], tuple[tuple, list[Connector]]] = {}
        self._pairs_shown: set[tuple[str, str]] = set()

    def draw_in(self, splitter: LinkSplitter) -> None:
        """The splitter whose gutters draw these links (it asks for them: `connectors`)."""
        self.splitter = splitter

    def connectors(self, left_pane: QWidget, right_pane: QWidget) -> list[Connector]:
        """The splitter's handles ask with the widgets either side: article panes."""
        left, right = cast(ArticlePane, left_pane), cast(ArticlePane, right_pane)
        if not left.article_id or not right.article_id:
            return []
        key = (left.article_id, right.article_id)
        links = self._links_between.get(key)
        if links is None and key not in self._pairs_shown:
            # Both articles come first: 100,000 links take a second to read, in a
            # moment of their own right after the frame that shows the two panes.
            self._pairs_shown.add(key)
            QTimer.singleShot(0, self._update)
            return []
        if links is None:
            links = self.session.store.links_among_articles(key)
            self._links_between[key] = links
        # The same list while the links and both panes' highlights stay: the gutter keeps
        # its index of it (100,000 links took 0.3 s to sort out again on every frame).
        views = (left.view, left.view.spans_version, right.view, right.view.spans_version)
        made_from = (links, *views)
        cached = self._connectors_between.get(key)
        if cached is not None and cached[0] == made_from:
            return cached[1]
        connectors = []
        for link in links:
            if left.view.has_span(link.source_id) and right.view.has_span(link.target_id):
                connectors.append(Connector(link, link.source_id, link.target_id))
            elif left.view.has_span(link.target_id) and right.view.has_span(link.source_id):
                connectors.append(Connector(link, link.target_id, link.source_id))
        self._connectors_between[key] = (made_from, connectors)
        return connectors

    def emphasise_links_of(self, annotation_id: str) -> None:
        """The current annotation's links are drawn stressed."""
        emphasised = {
            link.id
            for links in self._links_between.values()
            for link in links
            if annotation_id in (link.source_id, link.target_id)
        }
        if self.splitter is not None and emphasised != self.splitter.emphasised:
            self.splitter.emphasised = emphasised
            self.splitter.update_connectors()

    def on_changed(self, change: Change) -> None:
        if change.links or change.everything:
            # Tagging alone never changes links (deleting a linked highlight says `links`),
            # so a tag key press does not re-read them.
            self._links_between.clear()
        if change.links or change.annotations or change.everything:
            self._update()

    def _update(self) -> None:
        if self.splitter is not None:
            self.splitter.update_connectors()
