"""Editing an article's metadata (title, outlet, author, date, URL), the language it is read
in, and its provenance (source file, its SHA-256, original URL, retrieval or capture time,
archive URL) as one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from claimdesk.db.analysis.language import LANGUAGES, NATIVE_NAMES, detect_language
from claimdesk.db.records.article_sources import PROVENANCE_LABELS, article_source
from claimdesk.desktop.commands.scheme_commands import edit_article
from claimdesk.desktop.i18n import mark, translate, translate_n, translated
from claimdesk.desktop.i18n.locale_format import short_date
from claimdesk.desktop.session import ProjectSession

from .plain_text import plain_label

FIELDS = (
    ("title", mark("ArticleDetailsDialog", "Title")),
    ("outlet", mark("ArticleDetailsDialog", "Outlet")),
    ("author", mark("ArticleDetailsDialog", "Author")),
    ("date", mark("ArticleDetailsDialog", "Date (YYYY-MM-DD)")),
    ("url", mark("ArticleDetailsDialog", "URL")),
)
PROVENANCE_SHOWN = {
    "file_name": mark("ArticleDetailsDialog", "Source file"),
    "file_sha256": mark("ArticleDetailsDialog", "File SHA-256"),
    "original_url": mark("ArticleDetailsDialog", "Original URL"),
    "retrieved": mark("ArticleDetailsDialog", "Retrieved or captured"),
    "archive_url": mark("ArticleDetailsDialog", "Archive URL"),
}
"""db's PROVENANCE_LABELS (English, no Qt there) as the window shows them, translated."""
LANGUAGE_NAMES = {
    "en": mark("ArticleDetailsDialog", "English"),
    "es": mark("ArticleDetailsDialog", "Spanish"),
    "pt": mark("ArticleDetailsDialog", "Portuguese"),
    "fr": mark("ArticleDetailsDialog", "French"),
    "ar": mark("ArticleDetailsDialog", "Arabic"),
}
"""The languages named in the interface's language, for "Detected (Spanish)"."""


class ArticleDetailsDialog(QDialog):
    def __init__(self, session: ProjectSession, article_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.article = session.store.article(article_id)
        self.provenance = article_source(session.store, article_id).provenance
        self.setWindowTitle(translate("ArticleDetailsDialog", "Article details"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.editors: dict[str, QLineEdit] = {}
        for name, label in FIELDS:
            shown = translated("ArticleDetailsDialog", label)
            self._add_editor(form, name, shown, getattr(self.article, name))
        self.language = self._language_choice()
        form.addRow(translate("ArticleDetailsDialog", "Language"), self.language)
        form.addRow(plain_label(translate("ArticleDetailsDialog", "Provenance"), self))
        for name, label in PROVENANCE_LABELS.items():
            shown = translated("ArticleDetailsDialog", PROVENANCE_SHOWN.get(name, label))
            self._add_editor(form, name, shown, getattr(self.provenance, name))
        facts = translate_n(
            "ArticleDetailsDialog", "%n characters · imported {date}", self.article.length
        ).format(date=short_date(self.article.created[:10]))
        if self.article.source:
            facts += translate("ArticleDetailsDialog", " · from {source}").format(
                source=self.article.source
            )
        self.info = info = plain_label(facts, self)  # the source is a file name: plain text
        info.setWordWrap(True)
        form.addRow(info)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _language_choice(self) -> QComboBox:
        """The detected language first ("Detected (Spanish)"), then each named in itself: the
        one shown is the one the article's figures, dates and claims are read in."""
        self.detected = detect_language(self.article.text)
        detected = translated("ArticleDetailsDialog", LANGUAGE_NAMES[self.detected])
        choice = QComboBox(self)
        choice.setAccessibleName(translate("ArticleDetailsDialog", "Language"))
        choice.setToolTip(
            translate(
                "ArticleDetailsDialog",
                "The language this article's numbers, dates and claims are read in",
            )
        )
        choice.addItem(
            translate("ArticleDetailsDialog", "Detected ({language})").format(language=detected),
            self.detected,
        )
        for code in LANGUAGES:
            choice.addItem(NATIVE_NAMES[code], code)
        stored = self.article.language or self.detected
        choice.setCurrentIndex(0 if stored == self.detected else choice.findData(stored))
        return choice

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
        language = self.language.currentData()
        if language != (self.article.language or self.detected):
            changes["language"] = language
        if changes:
            self.session.push(edit_article(self.session, self.article.id, **changes))
        super().accept()
