"""File → Export dataset… and File → Import annotations…, run off the UI thread with progress.

The dialogs (`widgets/dataset_dialogs`) ask what to export and how to read a file; both
jobs open their own connection to the project file in the worker thread (SQLite
connections stay in their thread), and the window refreshes from the file when an import
finishes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from claimdesk.db import Store
from claimdesk.db.analysis.offset_units import OFFSET_FORMATS
from claimdesk.db.interchange.export import ExportReport, export_project
from claimdesk.db.interchange.formats.common import Cancelled
from claimdesk.db.storage.errors import ClaimdeskError
from claimdesk.desktop.session import Change
from claimdesk.desktop.widgets.dataset_dialogs import (
    ExportChoice,
    ExportDialog,
    ImportOptionsDialog,
)
from claimdesk.desktop.widgets.plain_text import ask, message_box, show_message

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from claimdesk.db.interchange.import_report import AnnotationImportReport
    from claimdesk.desktop.main_window import MainWindow

IMPORT_FILTER = "Annotation files (*.jsonl *.json *.jsonld *.xmi *.zip);;All files (*)"
CLAIMREVIEW_SETTINGS = ("organization", "claimreview_url_base")
UNTAGGED_FORMATS = ("w3c", "inception")
"""Formats whose annotations may come without a tag: the import asks which tag they get."""
SHOWN_ORPHANS = 5
"""Orphans listed in the import report itself; all of them are in its details."""


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
                settings=choice.settings,
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
    offsets = text_field = untagged = None
    if fmt in OFFSET_FORMATS or fmt in UNTAGGED_FORMATS:
        dialog = ImportOptionsDialog(window, path, fmt)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        offsets, text_field = dialog.choice()
        untagged = dialog.untagged_tag()
    start_import(
        window, path, strict=True, offsets=offsets, text_field=text_field, untagged_tag=untagged
    )


def start_import(
    window: MainWindow,
    path: Path,
    *,
    strict: bool,
    offsets: str | None = None,
    text_field: str | None = None,
    untagged_tag: str | None = None,
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
                untagged_tag=untagged_tag,
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
                start_import(
                    window,
                    path,
                    strict=False,
                    offsets=offsets,
                    text_field=text_field,
                    untagged_tag=untagged_tag,
                )
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
    lines += report.untagged_lines()
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
