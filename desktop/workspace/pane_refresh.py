"""Keeping the panes in step with the project: from `session.changed` they redraw only
the annotations a change names, the articles they offer follow the article list, panes
of a deleted article close (and come back with it), and each pane's margin shows the
links inside its article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from claimdesk.desktop.i18n.locale_format import short_date
from claimdesk.desktop.session import Change

from .article_pane import ArticleChoices, ArticlePane
from .choice_names import told_apart
from .link_gutter import RELATION_COLOURS
from .pane_places import DeletedArticlePanes

if TYPE_CHECKING:
    from claimdesk.db.records.model import Annotation

    from .workspace import Workspace

GREY = "#8a8a8a"


class PaneRefresh:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self._deleted = DeletedArticlePanes(workspace)
        session = workspace.session
        self.article_choices = ArticleChoices(workspace)
        """The articles every pane's chooser offers (one model, shared)."""
        self._inner_links_timer = QTimer(workspace, singleShot=True, interval=0)
        self._inner_links_timer.timeout.connect(self._show_inner_links)
        session.closing.connect(self._inner_links_timer.stop)
        self.article_choices.set_choices(self._choices())
        session.changed.connect(self._on_changed)

    def show_inner_links_soon(self) -> None:
        """After the frame: reading links takes a moment."""
        self._inner_links_timer.start()

    def _on_changed(self, change: Change) -> None:
        workspace = self.workspace
        workspace.links.on_changed(change)
        if change.links:
            self._inner_links_timer.start()
        if change.article_metadata:
            self._deleted.let_go_of_deleted_articles()
            self.article_choices.set_choices(self._choices())
            for pane in workspace.panes:
                pane.set_article_choices(self.article_choices)
            self._deleted.reopen_panes_of_returned_articles()
        if change.everything or change.scheme:
            workspace.refresh_panes()
            return
        panes = [pane for pane in workspace.panes if pane.article_id in change.articles]
        if not change.annotations:
            for pane in panes:
                if pane.article_id:
                    workspace.show_article(pane, pane.article_id)
            return
        if panes:  # each annotation read once, however many panes show its article
            store = workspace.session.store
            annotations = [store.annotation(id_) for id_ in change.annotations]
            for pane in panes:
                self._apply_annotation_changes(pane, annotations)

    def _show_inner_links(self) -> None:
        """The links between two annotations of each pane's article, for its margin."""
        store = self.workspace.session.store
        for pane in self.workspace.panes:
            links = store.links_among_articles([pane.article_id])
            pane.view.set_inner_links(
                [
                    (link.source_id, link.target_id, RELATION_COLOURS.get(link.relation, GREY))
                    for link in links
                ]
            )

    def _apply_annotation_changes(self, pane: ArticlePane, annotations: list[Annotation]) -> None:
        mode = self.workspace.mode
        for annotation in annotations:
            if annotation.article_id != pane.article_id:
                continue
            shown = pane.view.has_span(annotation.id)
            span = None if annotation.deleted else mode.span(pane, annotation)
            if span is None:
                if shown:
                    pane.view.remove_span(annotation.id)
            elif shown:
                pane.view.update_span(span)
            else:
                pane.view.add_span(span)

    def _choices(self) -> list[tuple[str, str]]:
        choices = [
            (a.id, " · ".join(part for part in (a.title, a.outlet, short_date(a.date)) if part))
            for a in self.workspace.session.article_headings()
        ]
        return told_apart(self.workspace.session.store, choices)
