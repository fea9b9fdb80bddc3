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
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.session import ProjectSession

from .commands import OperationCommand

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow


class DeleteArticle(OperationCommand):
    """Delete an article with everything it carries; undo brings back exactly that."""

    def __init__(self, session: ProjectSession, article_id: str, title: str):
        delete = partial(articles.delete_article, session.store, article_id)
        text = translate("DeleteArticle", "Delete article “{title}”").format(title=title)
        super().__init__(session, text, delete)


def question(load: ArticleLoad) -> str:
    """“Delete “Title”? It carries 12 annotations, 3 links and 2 claim appearances.”"""
    counts = [
        counted
        for number, counted in (
            (load.annotations, translate_n("article_commands", "%n annotations", load.annotations)),
            (load.links, translate_n("article_commands", "%n links", load.links)),
            (
                load.claim_appearances,
                translate_n("article_commands", "%n claim appearances", load.claim_appearances),
            ),
        )
        if number
    ]
    if not counts:
        carries = translate("article_commands", "It carries no annotations.")
    elif len(counts) == 1:
        carries = translate("article_commands", "It carries {what}.").format(what=counts[0])
    else:
        carries = translate("article_commands", "It carries {what} and {last}.").format(
            what=", ".join(counts[:-1]), last=counts[-1]
        )
    return translate("article_commands", "Delete “{title}”? {carries}").format(
        title=load.title, carries=carries
    )


def confirm_and_delete(parent: QWidget, session: ProjectSession, article_id: str) -> bool:
    """Ask (Cancel is the default), then delete as one undoable step."""
    load = session.store.article_load(article_id)
    title = translate("article_commands", "Delete article")
    box = QMessageBox(QMessageBox.Icon.Question, title, question(load), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown as written, never as HTML
    box.setInformativeText(
        translate("article_commands", "Undo (Ctrl+Z) brings it back with all of them.")
    )
    delete = box.addButton(
        translate("article_commands", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
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
        hint = translate("article_commands", "Open or select an article to delete first")
        window.statusBar().showMessage(hint, 4000)
        return
    confirm_and_delete(window, window.session, article_id)
