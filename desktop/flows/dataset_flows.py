"""File → Export dataset… and File → Import annotations…, run off the UI thread with progress.

The export dialog picks the format, the target, the filters and (for doccano and Label
Studio) the offsets' unit; the import asks that unit, and a Label Studio task's text
field, for the formats that have them. Both jobs open their own
connection to the project file in the worker thread (SQLite connections stay in their
thread), and the window refreshes from the file when an import finishes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import Store
from claimdesk.db.analysis.offset_units import CODEPOINTS, OFFSET_FORMATS, UTF16
from claimdesk.db.interchange.export import ExportReport, export_project
from claimdesk.db.interchange.formats.common import Cancelled
from claimdesk.db.storage.errors import ClaimdeskError
from claimdesk.desktop.session import Change
from claimdesk.desktop.widgets.plain_text import ask, message_box, plain_label, show_message

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from claimdesk.db.interchange.import_report import AnnotationImportReport
    from claimdesk.desktop.main_window import MainWindow

EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "jsonl": ("JSON Lines, doccano/spaCy-ready", ".jsonl"),
    "csv": ("CSV, one row per annotation", ".csv"),
    "w3c": ("W3C Web Annotation, JSON-LD", ".jsonld"),
    "claimreview": ("schema.org ClaimReview, JSON-LD", ".json"),
    "labelstudio": ("Label Studio tasks + labeling config", ".json"),
    "brat": ("brat standoff, zipped", ".zip"),
    "sqlite": ("SQLite copy of the whole project", ".claimdesk"),
}
"""Format name → (what the dialog shows, the file suffix it suggests)."""
IMPORT_FILTER = "Annotation files (*.jsonl *.json *.jsonld);;All files (*)"
CLAIMREVIEW_SETTINGS = ("organization", "claimreview_url_base")
SHOWN_ORPHANS = 5
"""Orphans listed in the import report itself; all of them are in its details."""
EXPORT_OFFSETS = (
    ("Code points (Python, spaCy, Label Studio's converters)", CODEPOINTS),
    ("UTF-16 units (doccano and Label Studio in the browser)", UTF16),
)
IMPORT_OFFSETS = (
    ("As its tool counts (doccano, Label Studio: UTF-16 units; Claimdesk: code points)", None),
    ("Code points", CODEPOINTS),
    ("UTF-16 units", UTF16),
)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the export dialog asks for; empty filters mean everything."""

    fmt: str
    out: Path
    annotators: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    settings: dict[str, str] = field(default_factory=dict)
    offsets: str | None = None
    """The offsets' unit for the OFFSET_FORMATS; None for the others."""


class ExportDialog(QDialog):
    """Format, target file and filters (annotators, tags, articles) for one export."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setWindowTitle("Export dataset")
        session = window.open_session()
        self._project = session.path
        self.format = QComboBox()
        for name, (label, suffix) in EXPORT_FORMATS.items():
            self.format.addItem(f"{label} (*{suffix})", name)
        self.target = QLineEdit(str(self._project.with_suffix(".jsonl")))
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)

        self.annotators = _checklist((a.name, a.name) for a in session.store.annotators())
        self.tags = _checklist((tag.name, tag.name) for tag in session.tags())
        self.articles = _checklist((a.title, a.id) for a in session.store.articles())
        self.filters = QGroupBox("Only these (nothing ticked: everything)")
        lists = QHBoxLayout(self.filters)
        for title, widget in (
            ("Annotators", self.annotators),
            ("Tags", self.tags),
            ("Articles", self.articles),
        ):
            column = QVBoxLayout()
            column.addWidget(plain_label(title))
            column.addWidget(widget)
            lists.addLayout(column, 2 if widget is self.articles else 1)

        settings = session.store.settings()
        self.organization = QLineEdit(settings.get("organization", ""))
        self.organization.setPlaceholderText("Fact-checking organization (author)")
        self.url_base = QLineEdit(settings.get("claimreview_url_base", ""))
        self.url_base.setPlaceholderText("https://example.org/fact-checks/ (claim id is added)")
        self.claimreview = QGroupBox("ClaimReview")
        review_form = QFormLayout(self.claimreview)
        review_form.addRow("Publisher:", self.organization)
        review_form.addRow("Review URL base:", self.url_base)

        self.offsets = _combo(EXPORT_OFFSETS)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Format:", self.format)
        form.addRow("Save to:", target_row)
        form.addRow("Offsets:", self.offsets)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.filters, 1)
        layout.addWidget(self.claimreview)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._suffix = ".jsonl"
        self._format_changed()
        self.resize(760, 520)

    def choose_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def choice(self) -> ExportChoice:
        fmt = self.format.currentData()
        out = Path(self.target.text().strip()).expanduser()
        if not out.is_absolute():
            out = self._project.parent / out
        filtered = fmt != "sqlite"
        return ExportChoice(
            fmt=fmt,
            out=out,
            annotators=_ticked(self.annotators) if filtered else (),
            tags=_ticked(self.tags) if filtered else (),
            articles=_ticked(self.articles) if filtered else (),
            settings={
                "organization": self.organization.text().strip(),
                "claimreview_url_base": self.url_base.text().strip(),
            }
            if fmt == "claimreview"
            else {},
            offsets=self.offsets.currentData() if fmt in OFFSET_FORMATS else None,
        )

    def accept(self) -> None:
        if self.target.text().strip():
            super().accept()

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        suffix = EXPORT_FORMATS[fmt][1]
        text = self.target.text().strip()
        if text.endswith(self._suffix):
            self.target.setText(text[: len(text) - len(self._suffix)] + suffix)
        self._suffix = suffix
        self.filters.setEnabled(fmt != "sqlite")
        self.filters.setToolTip(
            "A SQLite copy is always the whole project" if fmt == "sqlite" else ""
        )
        self.claimreview.setVisible(fmt == "claimreview")
        self.offsets.setEnabled(fmt in OFFSET_FORMATS)
        self.offsets.setToolTip(
            "" if fmt in OFFSET_FORMATS else "This format counts code points, as its tools do"
        )

    def _browse(self) -> None:
        fmt = self.format.currentData()
        label, suffix = EXPORT_FORMATS[fmt]
        name, _ = QFileDialog.getSaveFileName(
            self, "Export dataset", self.target.text(), f"{label} (*{suffix});;All files (*)"
        )
        if name:
            self.target.setText(name if Path(name).suffix else name + suffix)


def export_dataset(window: MainWindow) -> None:
    dialog = ExportDialog(window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        start_export(window, dialog.choice())


def start_export(window: MainWindow, choice: ExportChoice) -> None:
    """Export in the background; a cancel or a failure leaves no file behind."""
    project = window.open_session().path

    def work(progress, cancelled) -> ExportReport:
        with Store.open(project, create=False) as store:
            for key, value in choice.settings.items():
                if key in CLAIMREVIEW_SETTINGS and value != store.settings().get(key, ""):
                    store.set_setting(key, value)  # remembered for the next export
            return export_project(
                store,
                choice.fmt,
                choice.out,
                annotators=choice.annotators,
                tags=choice.tags,
                articles=choice.articles,
                offsets=choice.offsets,
                progress=progress,
                cancelled=cancelled,
            )

    def done(report: ExportReport) -> None:
        window.statusBar().showMessage(report.summary().splitlines()[0], 10_000)
        if report.left_out:
            show_message(window, "Export dataset", report.summary(), icon="information")

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            window.statusBar().showMessage("Export cancelled; nothing was written.", 8000)
        else:
            show_failure(window, "Export failed", error)

    window.task = run_in_background(  # it may remember the ClaimReview settings
        window, "Exporting", work, done, failed, writes_to=window.session
    )


class ImportOptionsDialog(QDialog):
    """The offsets' unit (and a Label Studio task's text field) for one file to import."""

    def __init__(self, window: QWidget, path: Path, fmt: str):
        super().__init__(window)
        self.setWindowTitle("Import annotations")
        self.offsets = _combo(IMPORT_OFFSETS)
        self.text_field = QLineEdit()
        self.text_field.setPlaceholderText("found by itself (name it if the import asks)")
        form = QFormLayout()
        form.addRow("File:", plain_label(f"{path.name} ({fmt})"))
        form.addRow("Offsets count:", self.offsets)
        if fmt == "labelstudio":
            form.addRow("Text field:", self.text_field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str | None, str | None]:
        """(offsets unit or None for the tool's own, text field or None)."""
        return self.offsets.currentData(), self.text_field.text().strip() or None


def import_annotation_file(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, "Import annotations", str(window.open_session().path.parent), IMPORT_FILTER
    )
    if not name:
        return
    path = Path(name)
    # Imported here: the importer pulls every reader (and urllib) in, not needed at start.
    from claimdesk.db.interchange.annotation_import import guess_format

    try:
        fmt = guess_format(path)
    except (ClaimdeskError, OSError):
        fmt = ""  # the import itself says what is wrong with the file, in one line
    offsets = text_field = None
    if fmt in OFFSET_FORMATS:
        dialog = ImportOptionsDialog(window, path, fmt)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        offsets, text_field = dialog.choice()
    start_import(window, path, strict=True, offsets=offsets, text_field=text_field)


def start_import(
    window: MainWindow,
    path: Path,
    *,
    strict: bool,
    offsets: str | None = None,
    text_field: str | None = None,
) -> None:
    """Import in the background; tags or verdicts the scheme lacks are asked about first."""
    project = window.open_session().path

    # Imported here: the importer pulls every reader (and urllib) in, not needed at start.
    from claimdesk.db.interchange.annotation_import import import_annotations
    from claimdesk.db.interchange.import_report import SchemeLacksError

    def work(progress, cancelled) -> AnnotationImportReport:
        with Store.open(project, create=False) as store:
            return import_annotations(
                store,
                path,
                strict=strict,
                offsets=offsets,
                text_field=text_field,
                progress=progress,
                cancelled=cancelled,
            )

    def done(report: AnnotationImportReport) -> None:
        window.open_session().announce(Change.all())
        show_import_report(window, report)

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            window.statusBar().showMessage("Import cancelled; nothing was added.", 8000)
            return
        if strict and isinstance(error, SchemeLacksError):
            missing = [f"tag “{name}”" for name in error.tags]
            missing += [f"verdict “{name}”" for name in error.verdicts]
            if ask(
                window,
                "Import annotations",
                f"{path.name} uses what the project's scheme lacks: {', '.join(missing)}."
                "\n\nAdd to the scheme and import?",
            ):
                start_import(window, path, strict=False, offsets=offsets, text_field=text_field)
            return
        show_failure(window, "Import failed", error)

    window.task = run_in_background(
        window, "Importing annotations", work, done, failed, writes_to=window.session
    )


def show_import_report(window: QWidget, report: AnnotationImportReport) -> QMessageBox:
    """What the import did; every re-anchored span and every orphan in the details."""
    head = (
        f"{report.added} annotations imported, {report.unchanged} already present,"
        f" {len(report.reanchored)} re-anchored, {len(report.orphans)} orphaned."
    )
    lines = [
        f"{report.articles_added} articles, {report.links_added} links and"
        f" {report.claims_added} claims added."
    ]
    if report.new_tags:
        lines.append(f"New tags: {', '.join(report.new_tags)}.")
    if report.new_verdicts:
        lines.append(f"New verdicts: {', '.join(report.new_verdicts)}.")
    lines += report.remarks
    lines += [f"Orphan: {o.where}: {o.reason}" for o in report.orphans[:SHOWN_ORPHANS]]
    if len(report.orphans) > SHOWN_ORPHANS:
        lines.append(f"… and {len(report.orphans) - SHOWN_ORPHANS} more (Show Details).")
    details = [f"orphan — {o.where}: {o.reason}" for o in report.orphans]
    details += [
        f"re-anchored — {r.annotation_id}: {r.old[0]}–{r.old[1]} → {r.new[0]}–{r.new[1]}"
        + ("" if r.exact else " (approximate)")
        for r in report.reanchored
    ]
    box = message_box(
        window,
        "Import annotations",
        head,
        icon="warning" if report.orphans else "information",
        informative="\n".join(lines),
        details="\n".join(details),
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def _combo(items: tuple[tuple[str, str | None], ...]) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    return combo


def _checklist(items) -> QListWidget:
    widget = QListWidget()
    for label, value in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _ticked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )
