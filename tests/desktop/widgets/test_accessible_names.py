"""A screen reader names every field, list and box in the shared dialogs: each has an
accessible name, its own or its label's (a buddy)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from claimdesk.db.interchange.sources.web_archive import CapturedPage
from claimdesk.desktop.widgets.about_dialog import AboutDialog
from claimdesk.desktop.widgets.agreement_dialog import AgreementDialog
from claimdesk.desktop.widgets.archive_pages_dialog import ArchivePagesDialog
from claimdesk.desktop.widgets.article_details import ArticleDetailsDialog
from claimdesk.desktop.widgets.checked_before_dialog import CheckedBeforeDialog
from claimdesk.desktop.widgets.dataset_dialogs import ExportDialog, ImportOptionsDialog
from claimdesk.desktop.widgets.relation_dialog import RelationDialog
from claimdesk.desktop.widgets.scheme_dialog import SchemeDialog
from claimdesk.desktop.widgets.search_dialog import SearchAllDialog
from claimdesk.desktop.widgets.triage_dialog import TriageDialog

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def unnamed_inputs(dialog: QWidget) -> list[str]:
    """The inputs a screen reader would announce without a name."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, (*INPUTS, QCheckBox)) or _inside_another_input(widget, dialog):
            continue
        accessible = QAccessible.queryAccessibleInterface(widget)
        if not accessible.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()}".strip())
    return found


def _inside_another_input(widget: QWidget, dialog: QWidget) -> bool:
    """A spin box's line edit or a combo's popup list is part of its input, named with it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, INPUTS):
            return True
        parent = parent.parentWidget()
    return False


def test_every_input_of_the_project_dialogs_has_a_name_a_screen_reader_reads(qtbot, window):
    session = window.session
    article_id = session.store.articles()[0].id
    dialogs = [
        SchemeDialog(session, window),
        SearchAllDialog(session, window),
        ExportDialog(window),
        ImportOptionsDialog(window, Path("tasks.json"), "labelstudio"),
        AgreementDialog(session, window),
        TriageDialog(session, article_id, window),
        ArticleDetailsDialog(session, article_id, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_inputs(dialog) == [], type(dialog).__name__


def test_every_input_of_the_other_dialogs_has_a_name_a_screen_reader_reads(qtbot):
    page = CapturedPage(number=1, url="https://example.org/a", captured="2024-01-02T03:04:05")
    dialogs = [
        AboutDialog(None),
        RelationDialog("the first quote", "the second quote"),
        ArchivePagesDialog(Path("capture.warc"), [page]),
        CheckedBeforeDialog("A claim", [], 0, None),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_inputs(dialog) == [], type(dialog).__name__
