"""Choosing which captured pages of a web archive to import (all are ticked at first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.interchange.bounded_read import shown_path
from claimdesk.db.interchange.sources.web_archive import CapturedPage
from claimdesk.desktop.i18n import translate, translate_n

from .plain_text import plain_label


class ArchivePagesDialog(QDialog):
    def __init__(self, archive: Path, pages: list[CapturedPage], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ArchivePagesDialog", "Import pages from a web archive"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = plain_label(
            translate_n(
                "ArchivePagesDialog",
                "{archive} holds %n captured web pages."
                " Tick the ones to import as articles; each keeps its URL and capture time.",
                len(pages),
            ).format(archive=shown_path(archive.name)),
            self,
        )
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ArchivePagesDialog", "Captured pages to import"))
        for page in pages:  # a list item shows plain text: a URL is never rendered
            item = QListWidgetItem(f"{page.captured.replace('T', ' ')}   {page.url}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, page.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ArchivePagesDialog", "Import")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> set[int]:
        """The ticked pages' numbers."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return {
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        }
