"""Where imported fact-checks go: the project's own archive, or a newsroom's shared archive
file (the one the project uses, another chosen, or a new one made here as `claimdesk
archive new` makes it), which every project can then match against. A shared file may
also become the one this project matches against.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from claimdesk.db import ClaimdeskError
from claimdesk.db.storage.archive_file import create_archive
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.db_messages import message_text

from .plain_text import message_box

ARCHIVE_SUFFIX = ".cdarchive"


def archive_choices() -> str:
    """The file dialogs' filter for archive files: description translated, pattern kept."""
    archives = translate("factcheck_flows", "Fact-check archives")
    every = translate("factcheck_flows", "All files")
    return f"{archives} (*{ARCHIVE_SUFFIX});;{every} (*)"


def new_archive_file(parent: QWidget) -> Path | None:
    """A new, empty shared archive file where the user says (as `claimdesk archive new`
    makes it); None if cancelled or refused (said in a message)."""
    title = translate("FactCheckDestination", "New shared fact-check archive")
    name, _ = QFileDialog.getSaveFileName(parent, title, "", archive_choices())
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(ARCHIVE_SUFFIX)
    try:
        create_archive(path)
    except (ClaimdeskError, OSError) as error:
        message_box(parent, title, " ".join(message_text(error).split()), icon="critical").exec()
        return None
    return path


class FactCheckDestination(QDialog):
    """Asks where `files` go; `archive` is the shared file chosen (None: the project)."""

    def __init__(self, files: list[Path], shared: Path | None, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(translate("FactCheckDestination", "Import fact-checks"))
        self.archive: Path | None = shared
        self._uses = shared
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(
            translate_n("FactCheckDestination", "Add the fact-checks of %n files to:", len(files))
        )
        self.to_project = QRadioButton(translate("FactCheckDestination", "This &project's archive"))
        self.to_shared = QRadioButton(translate("FactCheckDestination", "A s&hared archive file:"))
        group = QButtonGroup(self)
        group.addButton(self.to_project)
        group.addButton(self.to_shared)
        self.to_project.setChecked(True)
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose = QPushButton(translate("FactCheckDestination", "&Choose…"), self)
        self.choose.clicked.connect(self._choose)
        self.new = QPushButton(translate("FactCheckDestination", "&New…"), self)
        self.new.setToolTip(
            translate("FactCheckDestination", "Make a new, empty shared archive file")
        )
        self.new.clicked.connect(self._new)
        self.use_it = QCheckBox(
            translate("FactCheckDestination", "&Match this project against it too"), self
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("FactCheckDestination", "&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.to_shared.toggled.connect(self._update)
        grid = QGridLayout(self)
        grid.addWidget(intro, 0, 0, 1, 3)
        grid.addWidget(self.to_project, 1, 0, 1, 3)
        grid.addWidget(self.to_shared, 2, 0)
        grid.addWidget(self.choose, 2, 1)
        grid.addWidget(self.new, 2, 2)
        grid.addWidget(self.file_label, 3, 0, 1, 3)
        grid.addWidget(self.use_it, 4, 0, 1, 3)
        grid.addWidget(buttons, 5, 0, 1, 3)
        self._update()

    def shared_chosen(self) -> Path | None:
        """The shared archive to import into; None for the project's own archive."""
        return self.archive if self.to_shared.isChecked() else None

    def _choose(self) -> None:
        title = translate("FactCheckDestination", "Shared fact-check archive")
        name, _ = QFileDialog.getOpenFileName(self, title, "", archive_choices())
        if name:
            self._take(Path(name))

    def _new(self) -> None:
        path = new_archive_file(self)
        if path is not None:
            self._take(path)

    def _take(self, path: Path) -> None:
        self.archive = path
        self.to_shared.setChecked(True)
        self.use_it.setChecked(self._uses is None or self._uses == path.resolve())
        self._update()

    def _update(self) -> None:
        shared = self.to_shared.isChecked()
        self.file_label.setText(
            str(self.archive)
            if self.archive is not None
            else translate("FactCheckDestination", "(none chosen yet: Choose… or New…)")
        )
        self.use_it.setEnabled(shared and self.archive is not None and self.archive != self._uses)
        if not self.use_it.isEnabled():
            self.use_it.setChecked(shared and self.archive is not None)
        self.ok.setEnabled(not shared or self.archive is not None)
