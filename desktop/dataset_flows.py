"""File → Export… and File → Import annotations…, run off the UI thread with progress.

Both open their own connection to the project file in the worker thread (SQLite
connections stay in their thread); the window refreshes from the file when they finish.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from claimdesk.db import Store, ValidationError
from claimdesk.db.annotation_import import import_annotations
from claimdesk.db.export import export_project

from .project_flows import show_failure
from .session import Change
from .tasks import run_in_background

if TYPE_CHECKING:
    from .main_window import MainWindow

EXPORT_FILTERS = {
    "JSON Lines, doccano/spaCy-ready (*.jsonl)": ("jsonl", ".jsonl"),
    "CSV, one row per annotation (*.csv)": ("csv", ".csv"),
    "W3C Web Annotation, JSON-LD (*.jsonld)": ("w3c", ".jsonld"),
    "schema.org ClaimReview, JSON-LD (*.json)": ("claimreview", ".json"),
    "Label Studio tasks (*.json)": ("labelstudio", ".json"),
    "brat standoff, zipped (*.zip)": ("brat", ".zip"),
    "SQLite copy of the project (*.claimdesk)": ("sqlite", ".claimdesk"),
}
IMPORT_FILTER = "Annotation files (*.jsonl *.json *.jsonld);;All files (*)"


def export_dataset(window: MainWindow) -> None:
    project = window.session.path
    name, chosen = QFileDialog.getSaveFileName(
        window, "Export dataset", str(project.with_suffix("")), ";;".join(EXPORT_FILTERS)
    )
    if not name:
        return
    fmt, suffix = EXPORT_FILTERS.get(chosen, ("jsonl", ".jsonl"))
    out = Path(name) if Path(name).suffix else Path(name + suffix)

    def work(progress, cancelled):
        with Store.open(project, create=False) as store:
            return export_project(store, fmt, out, progress=progress, cancelled=cancelled)

    def done(report) -> None:
        window.statusBar().showMessage(report.summary(), 8000)

    window._task = run_in_background(
        window, "Exporting", work, done, lambda error: show_failure(window, "Export failed", error)
    )


def import_annotation_file(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, "Import annotations", str(window.session.path.parent), IMPORT_FILTER
    )
    if name:
        _import(window, Path(name), strict=True)


def _import(window: MainWindow, path: Path, *, strict: bool) -> None:
    project = window.session.path

    def work(progress, cancelled):
        with Store.open(project, create=False) as store:
            return import_annotations(
                store, path, strict=strict, progress=progress, cancelled=cancelled
            )

    def done(report) -> None:
        window.session.announce(Change.all())
        QMessageBox.information(window, "Import annotations", report.summary())

    def failed(error: BaseException) -> None:
        lacks = "scheme" in str(error) or "scale" in str(error)
        if strict and isinstance(error, ValidationError) and lacks:
            answer = QMessageBox.question(
                window,
                "Import annotations",
                f"{error}\n\nAdd what the scheme lacks and import?",
            )
            if answer == QMessageBox.StandardButton.Yes:
                _import(window, path, strict=False)
            return
        show_failure(window, "Import failed", error)

    window._task = run_in_background(window, "Importing annotations", work, done, failed)
