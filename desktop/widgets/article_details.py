"""Editing an article's metadata (title, outlet, author, date, URL) and provenance (source
file, its SHA-256, original URL, retrieval or capture time, archive URL) as one undoable
step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from claimdesk.db.records.article_sources import PROVENANCE_LABELS, article_source
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
        self.provenance = article_source(session.store, article_id).provenance
        self.setWindowTitle("Article details")
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.editors: dict[str, QLineEdit] = {}
        for name, label in FIELDS:
            self._add_editor(form, name, label, getattr(self.article, name))
        form.addRow(plain_label("Provenance", self))
        for name, label in PROVENANCE_LABELS.items():
            self._add_editor(form, name, label, getattr(self.provenance, name))
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

    def _add_editor(self, form: QFormLayout, name: str, label: str, value: str) -> None:
        editor = QLineEdit(value, self)
        self.editors[name] = editor
        form.addRow(label, editor)

    def _current(self, name: str) -> str:
        holder = self.provenance if name in PROVENANCE_LABELS else self.article
        value: str = getattr(holder, name)
        return value

    def accept(self) -> None:
        changes = {
            name: editor.text().strip()
            for name, editor in self.editors.items()
            if editor.text().strip() != self._current(name)
        }
        if changes:
            self.session.push(edit_article(self.session, self.article.id, **changes))
        super().accept()
