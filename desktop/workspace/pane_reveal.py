"""Bringing what the window asks for into view: a passage, an annotation, a claim's
appearances or a suggested link's two ends side by side, a link between panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.db import NotFoundError

from .pane_layout import panes_for

if TYPE_CHECKING:
    from .workspace import Workspace


def reveal(workspace: Workspace, article_id: str, start: int, end: int) -> None:
    """Show a span of an article: in a pane that has it, else in the active pane."""
    pane = workspace.pane_showing(article_id)
    if pane is None:
        pane = workspace.active_pane() or workspace.add_pane(article_id)
        if pane is None:
            return
        workspace.show_article(pane, article_id)
    pane.view.select_range(start, end)
    pane.view.setFocus()


def reveal_annotation(workspace: Workspace, annotation_id: str) -> None:
    annotation = workspace.session.store.annotation(annotation_id)
    pane = workspace.pane_showing(annotation.article_id)
    if pane is None:
        reveal(workspace, annotation.article_id, annotation.start, annotation.start)
        pane = workspace.pane_showing(annotation.article_id)
    if pane is not None:
        pane.view.set_current_annotation(annotation_id)
        pane.view.setFocus()


def show_side_by_side(workspace: Workspace, annotation_ids: list[str]) -> None:
    """Lay out annotations (a claim's appearances) one article per pane, each current."""
    first_of: dict[str, str] = {}
    for annotation_id in annotation_ids:
        try:
            annotation = workspace.session.store.annotation(annotation_id)
        except NotFoundError:
            continue
        first_of.setdefault(annotation.article_id, annotation_id)
    for article_id, pane in panes_for(workspace, list(first_of)).items():
        pane.view.set_current_annotation(first_of[article_id])
    workspace.splitter.update_connectors()


def show_ranges_side_by_side(workspace: Workspace, ranges: list[tuple[str, int, int]]) -> None:
    """Lay out passages (a suggested link's two ends) one article per pane, selected."""
    first_of: dict[str, tuple[int, int]] = {}
    for article_id, start, end in ranges:
        first_of.setdefault(article_id, (start, end))
    for article_id, pane in panes_for(workspace, list(first_of)).items():
        pane.view.select_range(*first_of[article_id])
        pane.view.centerCursor()


def select_link(workspace: Workspace, link_id: str) -> None:
    """Select a link: its source becomes current (and inspected) in the pane showing it."""
    store = workspace.session.store
    try:
        link = store.link(link_id)
    except NotFoundError:
        return
    workspace.splitter.selected_link = link_id
    for end in (link.target_id, link.source_id):
        pane = workspace.pane_showing(store.annotation(end).article_id)
        if pane is not None:
            pane.view.set_current_annotation(end)
    workspace.splitter.update_connectors()
    workspace.link_selected.emit(link_id)
