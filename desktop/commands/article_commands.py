"""Deleting an article from the window: asked first, with what it carries, and undoable.

The command is a thin wrapper over `db.operations.articles`; the question names the article
and counts the annotations, links and claim appearances that go with it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from claimdesk.db.operations import articles
from claimdesk.db.records.article_deletion import ArticleLoad
from claimdesk.db.rules.wording import counted
from claimdesk.desktop.session import ProjectSession

from .commands import OperationCommand

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow


class DeleteArticle(OperationCommand):
    """Delete an article with everything it carries; undo brings back exactly that."""

    def __init__(self, session: ProjectSession, article_id: str, title: str):
        delete = partial(articles.delete_article, session.store, article_id)
        super().__init__(session, f"Delete article “{title}”", delete)


def question(load: ArticleLoad) -> str:
    """“Delete “Title”? It carries 12 annotations, 3 links and 2 claim appearances.”"""
    counts = [
        counted(number, noun)
        for number, noun in (
            (load.annotations, "annotation"),
            (load.links, "link"),
            (load.claim_appearances, "claim appearance"),
        )
        if number
    ]
    if not counts:
        carries = "It carries no annotations."
    elif len(counts) == 1:
        carries = f"It carries {counts[0]}."
    else:
        carries = f"It carries {', '.join(counts[:-1])} and {counts[-1]}."
    return f"Delete “{load.title}”? {carries}"


def confirm_and_delete(parent: QWidget, session: ProjectSession, article_id: str) -> bool:
    """Ask (Cancel is the default), then delete as one undoable step."""
    load = session.store.article_load(article_id)
    box = QMessageBox(QMessageBox.Icon.Question, "Delete article", question(load), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown as written, never as HTML
    box.setInformativeText("Undo (Ctrl+Z) brings it back with all of them.")
    delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not delete:
        return False
    session.push(DeleteArticle(session, article_id, load.title))
    return True


def delete_current_article(window: MainWindow) -> None:
    """File → Delete article…: the article selected in the list while it has focus, else
    the active pane's."""
    assert window.workspace is not None and window.session is not None, "a project is open"
    listed = window.article_list.selected_article_id()
    pane = window.workspace.active_pane()
    article_id: str | None
    if listed and window.article_list.table.hasFocus():
        article_id = listed
    else:
        article_id = (pane.article_id if pane else "") or listed
    if not article_id:
        window.statusBar().showMessage("Open or select an article to delete first", 4000)
        return
    confirm_and_delete(window, window.session, article_id)
