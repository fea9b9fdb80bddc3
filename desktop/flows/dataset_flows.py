"""File → Export dataset… and File → Import annotations…, run off the UI thread with progress.

The dialogs (`widgets/dataset_dialogs`) ask what to export and how to read a file; both
jobs open their own connection to the project file in the worker thread (SQLite
connections stay in their thread), and the window refreshes from the file when an import
finishes.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from claimdesk.db import Store
from claimdesk.db.analysis.offset_units import OFFSET_FORMATS
from claimdesk.db.interchange.export import ExportReport, export_project
from claimdesk.db.interchange.formats.common import Cancelled
from claimdesk.db.storage.errors import ClaimdeskError
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.db_messages import message_text
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

IMPORT_PATTERNS = "*.jsonl *.json *.jsonld *.xmi *.zip"
INFORMATION = "information"
"""`message_box`'s icon key."""
CLAIMREVIEW_SETTINGS = ("organization", "claimreview_url_base")
UNTAGGED_FORMATS = ("w3c", "inception")
"""Formats whose annotations may come without a tag: the import asks which tag they get."""
SHOWN_ORPHANS = 5
"""Orphans listed in the import report itself; all of them are in its details."""


def remember_review_settings(store: Store, settings: Mapping[str, str]) -> None:
    """Keep the ClaimReview settings given that changed, for the next export or report."""
    kept = store.settings()
    for key in CLAIMREVIEW_SETTINGS:
        if key in settings and settings[key] != kept.get(key, ""):
            store.set_setting(key, settings[key])


def import_filter() -> str:
    """The file dialog's filter: its descriptions translated, its patterns kept."""
    annotations = translate("dataset_flows", "Annotation files")
    every = translate("dataset_flows", "All files")
    return f"{annotations} ({IMPORT_PATTERNS});;{every} (*)"


def export_dataset(window: MainWindow) -> None:
    dialog = ExportDialog(window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        start_export(window, dialog.choice())


def start_export(window: MainWindow, choice: ExportChoice) -> None:
    """Export in the background; a cancel or a failure leaves no file behind."""
    project = window.open_session().path

    def work(progress, cancelled) -> ExportReport:
        with Store.open(project, create=False) as store:
            remember_review_settings(store, choice.settings)
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
        lines = [message_text(line) for line in report.lines()]
        window.statusBar().showMessage(lines[0], 10_000)
        if report.left_out:
            title = translate("dataset_flows", "Export dataset")
            show_message(window, title, "\n".join(lines), icon=INFORMATION)

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            window.statusBar().showMessage(
                translate("dataset_flows", "Export cancelled; nothing was written."), 8000
            )
        else:
            show_failure(window, translate("dataset_flows", "Export failed"), error)

    window.task = run_in_background(  # it may remember the ClaimReview settings
        window,
        translate("dataset_flows", "Exporting"),
        work,
        done,
        failed,
        writes_to=window.session,
    )


def import_annotation_file(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("dataset_flows", "Import annotations"),
        str(window.open_session().path.parent),
        import_filter(),
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
            window.statusBar().showMessage(
                translate("dataset_flows", "Import cancelled; nothing was added."), 8000
            )
            return
        if strict and isinstance(error, SchemeLacksError):
            tag = translate("dataset_flows", "tag “{name}”")
            verdict = translate("dataset_flows", "verdict “{name}”")
            missing = [tag.format(name=name) for name in error.tags]
            missing += [verdict.format(name=name) for name in error.verdicts]
            question = translate(
                "dataset_flows",
                "{file} uses what the project's scheme lacks: {missing}.\n\n"
                "Add to the scheme and import?",
            )
            title = translate("dataset_flows", "Import annotations")
            if ask(window, title, question.format(file=path.name, missing=", ".join(missing))):
                start_import(
                    window,
                    path,
                    strict=False,
                    offsets=offsets,
                    text_field=text_field,
                    untagged_tag=untagged_tag,
                )
            return
        show_failure(window, translate("dataset_flows", "Import failed"), error)

    window.task = run_in_background(
        window,
        translate("dataset_flows", "Importing annotations"),
        work,
        done,
        failed,
        writes_to=window.session,
    )


def show_import_report(window: QWidget, report: AnnotationImportReport) -> QMessageBox:
    """What the import did; every re-anchored span and every orphan in the details."""
    head = translate("dataset_flows", "{imported}, {unchanged}, {reanchored}, {orphaned}.").format(
        imported=translate_n("dataset_flows", "%n annotations imported", report.added),
        unchanged=translate_n("dataset_flows", "%n already present", report.unchanged),
        reanchored=translate_n("dataset_flows", "%n re-anchored", len(report.reanchored)),
        orphaned=translate_n("dataset_flows", "%n orphaned", len(report.orphans)),
    )
    lines = [
        translate("dataset_flows", "{articles}, {links} and {claims} added.").format(
            articles=translate_n("dataset_flows", "%n articles", report.articles_added),
            links=translate_n("dataset_flows", "%n links", report.links_added),
            claims=translate_n("dataset_flows", "%n claims", report.claims_added),
        )
    ]
    if report.new_tags:
        new_tags = translate("dataset_flows", "New tags: {names}.")
        lines.append(new_tags.format(names=", ".join(report.new_tags)))
    if report.new_verdicts:
        new_verdicts = translate("dataset_flows", "New verdicts: {names}.")
        lines.append(new_verdicts.format(names=", ".join(report.new_verdicts)))
    lines += [message_text(remark) for remark in [*report.remarks, *report.untagged_lines()]]
    orphan = translate("dataset_flows", "Orphan: {where}: {reason}")
    lines += [
        orphan.format(where=message_text(o.where), reason=message_text(o.reason))
        for o in report.orphans[:SHOWN_ORPHANS]
    ]
    if len(report.orphans) > SHOWN_ORPHANS:
        more = len(report.orphans) - SHOWN_ORPHANS
        lines.append(translate_n("dataset_flows", "… and %n more (Show Details).", more))
    orphan_detail = translate("dataset_flows", "orphan — {where}: {reason}")
    details = [
        orphan_detail.format(where=message_text(o.where), reason=message_text(o.reason))
        for o in report.orphans
    ]
    moved = translate("dataset_flows", "re-anchored — {annotation}: {old} → {new}")
    approximate = translate("dataset_flows", "{moved} (approximate)")
    for r in report.reanchored:
        line = moved.format(
            annotation=r.annotation_id, old=f"{r.old[0]}–{r.old[1]}", new=f"{r.new[0]}–{r.new[1]}"
        )
        details.append(line if r.exact else approximate.format(moved=line))
    box = message_box(
        window,
        translate("dataset_flows", "Import annotations"),
        head,
        icon="warning" if report.orphans else "information",
        informative="\n".join(lines),
        details="\n".join(details),
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
