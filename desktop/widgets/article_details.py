"""Editing an article's metadata (title, outlet, author, date, URL) as one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from claimdesk.desktop.commands.scheme_commands import edit_article
from claimdesk.desktop.session import ProjectSession

from .plain_text import plain_label

FIELDS = (
    ("title", "Title"),
    ("outlet", "Outlet"),
    ("author", "Author"),
    ("date", "Date (YYYY-MM-DD)"),
    ("url", "URL"),
)


class ArticleDetailsDialog(QDialog):
    def __init__(self, session: ProjectSession, article_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.article = session.store.article(article_id)
        self.setWindowTitle("Article details")
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.editors: dict[str, QLineEdit] = {}
        for name, label in FIELDS:
            editor = QLineEdit(getattr(self.article, name), self)
            self.editors[name] = editor
            form.addRow(label, editor)
        self.info = info = plain_label(  # the source is a file name: plain text
            f"{self.article.length:,} characters · imported {self.article.created[:10]}"
            + (f" · from {self.article.source}" if self.article.source else ""),
            self,
        )
        info.setWordWrap(True)
        form.addRow(info)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        changes = {
            name: editor.text().strip()
            for name, editor in self.editors.items()
            if editor.text().strip() != getattr(self.article, name)
        }
        if changes:
            self.session.push(edit_article(self.session, self.article.id, **changes))
        super().accept()
