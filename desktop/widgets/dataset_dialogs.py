"""The dialogs of File → Export dataset… and File → Import annotations…: what to export
(format, target, filters, offsets' unit, ClaimReview's publisher and whether reviews may
go without a URL) and how to read a file
(offsets' unit, a Label Studio task's text field). The flows that run them live in
`flows/dataset_flows`; these only ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from claimdesk.db.analysis.offset_units import (
    CODEPOINTS,
    EXPORT_OFFSET_FORMATS,
    OFFSET_FORMATS,
    UTF16,
    export_unit,
)
from claimdesk.db.interchange.formats.claimreview import ALLOW_MISSING_URL
from claimdesk.db.interchange.import_scheme import UNTAGGED
from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "jsonl": (mark("dataset_dialogs", "JSON Lines, full records, spaCy-ready"), ".jsonl"),
    "csv": (mark("dataset_dialogs", "CSV, one row per annotation"), ".csv"),
    "w3c": (mark("dataset_dialogs", "W3C Web Annotation, JSON-LD"), ".jsonld"),
    "claimreview": (mark("dataset_dialogs", "schema.org ClaimReview, JSON-LD"), ".json"),
    "labelstudio": (mark("dataset_dialogs", "Label Studio tasks + labeling config"), ".json"),
    "doccano": (mark("dataset_dialogs", "doccano sequence labelling, JSONL"), ".jsonl"),
    "inception": (mark("dataset_dialogs", "INCEpTION, UIMA CAS XMI, zipped"), ".zip"),
    "brat": (mark("dataset_dialogs", "brat standoff, zipped"), ".zip"),
    "sqlite": (mark("dataset_dialogs", "SQLite copy of the whole project"), ".claimdesk"),
}
"""Format name → (what the dialog shows, marked for translation; the file suffix it suggests)."""
CLAIMREVIEW = "ClaimReview"
"""A format's name, the same in every language."""
EXPORT_OFFSETS = (
    (mark("dataset_dialogs", "Code points (Python, spaCy, Label Studio)"), CODEPOINTS),
    (mark("dataset_dialogs", "UTF-16 units (doccano, and browsers)"), UTF16),
)
OFFSETS_NOTES = {
    "doccano": mark(
        "dataset_dialogs", "doccano counts UTF-16 units (an emoji is two): keep this for doccano."
    ),
    "jsonl": mark(
        "dataset_dialogs", "Code points, as Python and spaCy count; UTF-16 for a tool in a browser."
    ),
    "labelstudio": mark(
        "dataset_dialogs", "Code points, as Python counts; UTF-16 if your Label Studio counts them."
    ),
}
"""Under the offsets' unit: what the chosen format's tool counts."""
IMPORT_OFFSETS = (
    (
        mark(
            "dataset_dialogs",
            "As its tool counts (doccano, Label Studio: UTF-16 units; Claimdesk: code points)",
        ),
        None,
    ),
    (mark("dataset_dialogs", "Code points"), CODEPOINTS),
    (mark("dataset_dialogs", "UTF-16 units"), UTF16),
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
    """The offsets' unit for the EXPORT_OFFSET_FORMATS; None for the others."""


class ExportDialog(QDialog):
    """Format, target file and filters (annotators, tags, articles) for one export."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setWindowTitle(translate("ExportDialog", "Export dataset"))
        session = window.open_session()
        self._project = session.path
        self.format = QComboBox()
        for name, (label, suffix) in EXPORT_FORMATS.items():
            self.format.addItem(f"{translated('dataset_dialogs', label)} (*{suffix})", name)
        self._settings = window.settings
        folder = self._settings.export_folder or self._project.parent
        self.target = QLineEdit(str(folder / f"{self._project.stem}.jsonl"))
        self.target.setAccessibleName(translate("ExportDialog", "Save to"))
        browse = QPushButton(translate("ExportDialog", "Choose…"))
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)

        self.annotators = _checklist((a.name, a.name) for a in session.store.annotators())
        self.tags = _checklist((tag.name, tag.name) for tag in session.tags())
        self.articles = _checklist((a.title, a.id) for a in session.store.articles())
        self.filters = QGroupBox(
            translate("ExportDialog", "Only these (nothing ticked: everything)")
        )
        lists = QHBoxLayout(self.filters)
        for title, widget in (
            (translate("ExportDialog", "Annotators"), self.annotators),
            (translate("ExportDialog", "Tags"), self.tags),
            (translate("ExportDialog", "Articles"), self.articles),
        ):
            column = QVBoxLayout()
            heading = plain_label(title)
            heading.setBuddy(widget)
            column.addWidget(heading)
            column.addWidget(widget)
            lists.addLayout(column, 2 if widget is self.articles else 1)

        settings = session.store.settings()
        self.organization = QLineEdit(settings.get("organization", ""))
        self.organization.setPlaceholderText(
            translate("ExportDialog", "Fact-checking organization (author)")
        )
        self.url_base = QLineEdit(settings.get("claimreview_url_base", ""))
        self.url_base.setPlaceholderText(
            translate("ExportDialog", "https://example.org/fact-checks/ (claim id is added)")
        )
        self.claimreview = QGroupBox(CLAIMREVIEW)
        review_form = QFormLayout(self.claimreview)
        review_form.addRow(translate("ExportDialog", "Publisher:"), self.organization)
        review_form.addRow(translate("ExportDialog", "Review URL base:"), self.url_base)
        self.allow_missing_url = QCheckBox(
            translate("ExportDialog", "Write reviews without a URL (Google requires one)")
        )
        review_form.addRow("", self.allow_missing_url)

        self.offsets = _combo(EXPORT_OFFSETS)
        self.offsets_note = plain_label("")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ExportDialog", "Export")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format:"), self.format)
        form.addRow(translate("ExportDialog", "Save to:"), target_row)
        form.addRow(translate("ExportDialog", "Offsets:"), self.offsets)
        form.addRow("", self.offsets_note)
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
                ALLOW_MISSING_URL: "yes" if self.allow_missing_url.isChecked() else "",
            }
            if fmt == "claimreview"
            else {},
            offsets=self.offsets.currentData() if fmt in EXPORT_OFFSET_FORMATS else None,
        )

    def accept(self) -> None:
        if self.target.text().strip():
            self._settings.export_folder = self.choice().out.parent
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
            translate("ExportDialog", "A SQLite copy is always the whole project")
            if fmt == "sqlite"
            else ""
        )
        self.claimreview.setVisible(fmt == "claimreview")
        self.offsets.setEnabled(fmt in EXPORT_OFFSET_FORMATS)
        self.offsets.setCurrentIndex(self.offsets.findData(export_unit(fmt)))
        note = OFFSETS_NOTES.get(fmt)
        self.offsets_note.setText(
            translated("dataset_dialogs", note)
            if note
            else translate("ExportDialog", "This format counts code points, as its tools do.")
        )

    def _browse(self) -> None:
        fmt = self.format.currentData()
        label, suffix = EXPORT_FORMATS[fmt]
        shown = translated("dataset_dialogs", label)
        everything = translate("ExportDialog", "All files (*)")
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export dataset"),
            self.target.text(),
            f"{shown} (*{suffix});;{everything}",
        )
        if name:
            self.target.setText(name if Path(name).suffix else name + suffix)


class ImportOptionsDialog(QDialog):
    """The offsets' unit (for the formats with one), a Label Studio task's text field and the
    tag of annotations the file gives none, for one file to import."""

    def __init__(self, window: QWidget, path: Path, fmt: str):
        super().__init__(window)
        self.setWindowTitle(translate("ImportOptionsDialog", "Import annotations"))
        self._fmt = fmt
        self.offsets = _combo(IMPORT_OFFSETS)
        self.text_field = QLineEdit()
        self.text_field.setPlaceholderText(
            translate("ImportOptionsDialog", "found by itself (name it if the import asks)")
        )
        self.untagged = QLineEdit(UNTAGGED)
        self.untagged.setToolTip(
            translate(
                "ImportOptionsDialog",
                "Annotations the file gives no tag (Hypothesis notes without tags) get this tag;"
                " if the scheme lacks it, the import asks before adding it",
            )
        )
        form = QFormLayout()
        form.addRow(translate("ImportOptionsDialog", "File:"), plain_label(f"{path.name} ({fmt})"))
        if fmt in OFFSET_FORMATS:
            form.addRow(translate("ImportOptionsDialog", "Offsets count:"), self.offsets)
        if fmt == "labelstudio":
            form.addRow(translate("ImportOptionsDialog", "Text field:"), self.text_field)
        form.addRow(translate("ImportOptionsDialog", "Tag for untagged spans:"), self.untagged)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ImportOptionsDialog", "Import")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str | None, str | None]:
        """(offsets unit or None for the tool's own, text field or None)."""
        offsets = self.offsets.currentData() if self._fmt in OFFSET_FORMATS else None
        return offsets, self.text_field.text().strip() or None

    def untagged_tag(self) -> str | None:
        """The tag for annotations the file gives none (None: the import's default)."""
        return " ".join(self.untagged.text().split()) or None


def _combo(items: tuple[tuple[str, str | None], ...]) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(translated("dataset_dialogs", label), value)
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
