"""Keys in a pane turned into commands: a digit tags the selection, Delete deletes the
annotation at the caret. The commands go on the session's undo stack; a hint for the
status bar goes out on the workspace's `message`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.desktop.commands.commands import CreateAnnotation, DeleteAnnotation
from claimdesk.desktop.i18n import translate, translate_n

from .article_pane import ArticlePane

if TYPE_CHECKING:
    from .workspace import Workspace


def tag_selection(workspace: Workspace, pane: ArticlePane, index: int) -> None:
    """A digit key: tag the selection with the tag whose key that digit is."""
    key = str(index + 1)
    tag = next((tag for tag in workspace.session.tags() if tag.shortcut == key), None)
    if tag is None:
        workspace.message.emit(
            translate("Workspace", "No tag has the key {key} (Edit → Tag scheme)").format(key=key)
        )
        return
    tag_selection_with(workspace, pane, tag.id)


def tag_selection_with(workspace: Workspace, pane: ArticlePane, tag_id: str) -> None:
    selected = pane.view.selected_range()
    if selected is None or not pane.article_id:
        workspace.message.emit(
            translate("Workspace", "Select some text first, then press a tag's key")
        )
        return
    session = workspace.session
    session.push(CreateAnnotation(session, pane.article_id, *selected, tag_id))


def delete_annotation(workspace: Workspace, annotation_id: str) -> None:
    if not annotation_id:
        return
    command = DeleteAnnotation(workspace.session, annotation_id)
    workspace.session.push(command)
    links = len(command.changes.links)
    if links:
        workspace.message.emit(
            translate_n(
                "Workspace",
                "Deleted the annotation and its %n links (Ctrl+Z brings them back)",
                links,
            )
        )
