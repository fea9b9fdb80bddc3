"""The context menu of an article pane: tag the selection, act on the current annotation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from claimdesk.desktop.actions.shortcuts import menu_hint
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.resources import colour_swatch

from .article_pane import ArticlePane

if TYPE_CHECKING:
    from .workspace import Workspace


def show_pane_menu(workspace: Workspace, pane: ArticlePane, position: QPoint) -> None:
    menu = QMenu(workspace)
    has_selection = pane.view.selected_range() is not None
    for tag in workspace.session.tags():
        label = translate("pane_menu", "Tag as {tag}").format(tag=tag.name)
        if tag.shortcut:
            label += f"\t{tag.shortcut}"
        action = menu.addAction(colour_swatch(tag.color), label)
        action.setEnabled(has_selection)
        action.triggered.connect(
            lambda _=False, tag_id=tag.id: workspace.tag_selection_with(pane, tag_id)
        )
    current = pane.view.current_annotation()
    menu.addSeparator()
    inspect = menu.addAction(
        f"{translate('pane_menu', 'Open in inspector')}\t{menu_hint('pane.open')}"
    )
    inspect.triggered.connect(lambda: workspace.open_in_inspector(current))
    link = menu.addAction(
        f"{translate('pane_menu', 'Link to another annotation…')}\t{menu_hint('pane.link')}"
    )
    link.triggered.connect(lambda: workspace.request_link(pane))
    delete = menu.addAction(
        f"{translate('pane_menu', 'Delete annotation')}\t{menu_hint('pane.delete')}"
    )
    delete.triggered.connect(lambda: workspace.delete_annotation(current))
    for action in (inspect, link, delete):
        action.setEnabled(bool(current))
    menu.addSeparator()
    menu.addAction(translate("pane_menu", "Copy"), pane.view.copy).setEnabled(has_selection)
    menu.exec(position)
