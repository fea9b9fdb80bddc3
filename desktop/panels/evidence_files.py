"""The evidence files kept on one annotation or claim: listed, attached, opened, removed.

The files live inside the project (`db.records.evidence_files`). Open writes a temporary
copy under a safe name (`viewer_name`: its extension matches the bytes, never the
name's say-so) in a private folder of this run, and hands it to the system's viewer;
nothing is run here. Attach and Remove are undoable operations. A chosen or dropped file
(up to 25 MB) is read in the background, then attached on the UI thread as one step
(files dropped together: one step for all); a web address dropped on an annotation's
list becomes one of its evidence URLs.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import ClaimdeskError
from claimdesk.db.operations.annotations import edit_annotation
from claimdesk.db.operations.evidence import attach_evidence_files, read_evidence, remove_evidence
from claimdesk.db.records.evidence_files import (
    EvidenceFile,
    content,
    evidence_of,
    size_warning,
    viewer_name,
)
from claimdesk.db.rules.limits import EVIDENCE_FILE_BYTES, describe_bytes
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.flows.tasks import BackgroundTask, run_in_background
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.locale_format import count, date_time
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.plain_text import error_text

_copies: Path | None = None


def _copies_folder() -> Path:
    """This run's private folder for copies handed to viewers (0700), removed at exit."""
    global _copies
    if _copies is None:
        _copies = Path(tempfile.mkdtemp(prefix="claimdesk-evidence-"))
        atexit.register(shutil.rmtree, _copies, ignore_errors=True)
    return _copies


def temporary_copy(data: bytes, name: str) -> Path:
    """`data` written, readable by this user only, as `name` in a new folder of its own
    (two files of one name never overwrite each other)."""
    folder = Path(tempfile.mkdtemp(dir=_copies_folder()))
    path = folder / name
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
    return path


class EvidenceFiles(QWidget):
    """The list and its three buttons, for the annotation or claim `show_for` names."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.target = "annotation_id"
        self.record_id: str | None = None
        self.task: BackgroundTask | None = None
        """The file being read, if one is."""
        self.setAcceptDrops(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("EvidenceFiles", "Evidence files"))
        self.list.setMaximumHeight(72)
        self.list.setToolTip(
            translate("EvidenceFiles", "Drop files here to attach them, or a web address")
        )
        self.attach_button = QPushButton(translate("EvidenceFiles", "Attach…"), self)
        self.open_button = QPushButton(translate("EvidenceFiles", "Open"), self)
        self.remove_button = QPushButton(translate("EvidenceFiles", "Remove"), self)
        self.attach_button.setToolTip(
            translate("EvidenceFiles", "Keep a file inside the project (at most {limit})").format(
                limit=describe_bytes(EVIDENCE_FILE_BYTES)
            )
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self._choose_and_attach)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        session.changed.connect(self._on_changed)
        self._enable()  # nothing to attach to yet

    def show_for(self, target: str, record_id: str | None) -> None:
        """List the files of the annotation (`annotation_id`) or claim (`claim_id`); the
        list follows its changes by itself."""
        if (target, record_id) != (self.target, self.record_id) or not self.list.count():
            self.target, self.record_id = target, record_id
            self._load()

    def files(self) -> list[EvidenceFile]:
        if self.record_id is None:
            return []
        return evidence_of(self.session.store, self.target, self.record_id)

    def attach_file(self, path: Path) -> None:
        """Keep the file at `path` on the record (one undo step); a refusal is one message."""
        self.attach_files([path])

    def attach_files(self, paths: list[Path]) -> None:
        """Read the files in the background, then attach them all as one undo step to the
        record shown when they were chosen; a refusal (one over the limit) attaches none."""
        if self.record_id is None or not paths:
            return
        record = {self.target: self.record_id}

        def read(progress, cancelled) -> list[tuple[bytes, str]] | None:
            files = []
            for index, path in enumerate(paths):
                if cancelled():
                    return None
                files.append((read_evidence(path), path.name))
                progress(index + 1, len(paths))
            return files

        def attach(files: list[tuple[bytes, str]] | None) -> None:
            if not files or self.session.is_closed:
                return
            operation = partial(
                attach_evidence_files,
                self.session.store,
                files,
                self.session.annotator.id,
                **record,
            )
            names = ", ".join(name for _, name in files)
            text = translate("EvidenceFiles", "Attach {name}").format(name=names)
            self.session.push(OperationCommand(self.session, text, operation))
            warning = size_warning(self.session.store)
            if warning:
                QMessageBox.warning(self, translate("EvidenceFiles", "Evidence files"), warning)

        self.task = run_in_background(
            self,
            translate("EvidenceFiles", "Reading evidence files"),
            read,
            attach,
            lambda error: self.session.report_failure(error_text(error)),
        )

    def add_evidence_url(self, url: str) -> None:
        """A web address kept among the annotation's evidence URLs (one undo step)."""
        if self.target != "annotation_id" or self.record_id is None:
            return
        store = self.session.store
        kept = store.annotation(self.record_id).evidence
        if url in kept:
            return
        operation = partial(edit_annotation, store, self.record_id, evidence=(*kept, url))
        text = translate("EvidenceFiles", "Add evidence URL")
        self.session.push(OperationCommand(self.session, text, operation))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.record_id is not None and self._dropped(event) != ([], []):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.record_id is not None and self._dropped(event) != ([], []):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files, addresses = self._dropped(event)
        if not files and not addresses:
            return
        event.acceptProposedAction()
        for address in addresses:
            self.add_evidence_url(address)
        self.attach_files(files)

    def _dropped(
        self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent
    ) -> tuple[list[Path], list[str]]:
        """The local files, and the web addresses (an annotation's only), being dropped."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        addresses = [
            url.toString()
            for url in urls
            if url.scheme() in ("http", "https") and self.target == "annotation_id"
        ]
        return files, addresses

    def open_selected(self) -> None:
        """A temporary copy of the selected file, opened with the system's viewer."""
        evidence = self._selected()
        if evidence is None:
            return
        try:
            data = content(self.session.store, evidence)
            path = temporary_copy(data, viewer_name(evidence.file_name, evidence.media_type))
        except (ClaimdeskError, OSError) as error:
            self.session.report_failure(error_text(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        evidence = self._selected()
        if evidence is None:
            return
        text = translate("EvidenceFiles", "Remove {name}").format(name=evidence.file_name)
        operation = partial(remove_evidence, self.session.store, evidence.id)
        self.session.push(OperationCommand(self.session, text, operation))

    def _choose_and_attach(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("EvidenceFiles", "Attach a file as evidence")
        )
        if name:
            self.attach_file(Path(name))

    def _selected(self) -> EvidenceFile | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _load(self) -> None:
        self.list.clear()
        for evidence in self.files():
            label = translate("EvidenceFiles", "{name} · {size} kB").format(
                name=evidence.file_name, size=count(max(1, round(evidence.size / 1024)))
            )
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, evidence)
            item.setToolTip(
                translate("EvidenceFiles", "{type}, added by {who} at {time} UTC").format(
                    type=evidence.media_type,
                    who=self.session.annotator_name(evidence.annotator_id),
                    time=date_time(evidence.created),
                )
                + f"\nSHA-256 {evidence.sha256}"
            )
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self._enable()

    def _enable(self) -> None:
        self.attach_button.setEnabled(self.record_id is not None)
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_changed(self, change: Change) -> None:
        if self.record_id is None:
            return
        touched = change.annotations if self.target == "annotation_id" else change.claims
        if change.everything or self.record_id in touched:
            self._load()
