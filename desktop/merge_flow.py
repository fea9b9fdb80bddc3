"""File → Merge a colleague's project…: bring their file in, off the UI thread.

A merge rewrites many records at once and is not undoable, so the user confirms first
and a copy of the project is taken beside it (`NAME.before-merge.claimdesk`) before
anything is written. The worker opens its own connection (SQLite connections stay in
their thread); a bad file is refused whole by `merge_project`, leaving the project as it
was. After a merge the undo stack is cleared: its commands describe the file as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from claimdesk.db import Store
from claimdesk.db.export import export_project
from claimdesk.db.merge import TABLES, MergeReport, merge_project

from .project_flows import PROJECT_FILTER, show_failure
from .session import Change
from .tasks import run_in_background

if TYPE_CHECKING:
    from .main_window import MainWindow

TITLE = "Merge a colleague's project"
MAX_CONFLICTS_LISTED = 20


def backup_path(project: Path) -> Path:
    """Where the copy taken before a merge goes: beside the project, named after it."""
    return project.with_name(f"{project.stem}.before-merge{project.suffix}")


def merge_colleague_project(window: MainWindow) -> None:
    """Ask for the colleague's file, confirm, then merge it in the background."""
    project = window.session.path
    name, _ = QFileDialog.getOpenFileName(window, TITLE, str(project.parent), PROJECT_FILTER)
    if not name:
        return
    other = Path(name)
    if other.resolve() == project.resolve():
        QMessageBox.warning(window, TITLE, "That is the open project itself; choose another file.")
        return
    backup = backup_path(project)
    answer = QMessageBox.question(
        window,
        TITLE,
        f"Merge {other.name} into {project.name}?\n\n"
        "Merging cannot be undone, and it clears the undo history. "
        f"A copy of the project as it is now is saved first as {backup.name}.",
    )
    if answer == QMessageBox.StandardButton.Yes:
        run_merge(window, other, backup)


def run_merge(window: MainWindow, other: Path, backup: Path | None) -> None:
    session = window.session
    project = session.path

    def work(progress, cancelled):
        with Store.open(project, create=False) as store:
            if backup is not None:
                export_project(store, "sqlite", backup)
            return merge_project(store, other, progress=progress, cancelled=cancelled)

    def done(report: MergeReport) -> None:
        if report.cancelled:
            window.statusBar().showMessage(report.summary(), 8000)
            return
        if report.changed:
            session.undo_stack.clear()
            session.announce(Change.all())
        QMessageBox.information(window, TITLE, merge_summary(other, report, backup))

    window._task = run_in_background(
        window,
        "Merging",
        work,
        done,
        lambda error: show_failure(window, "Merge failed", error),
    )


def merge_summary(other: Path, report: MergeReport, backup: Path | None) -> str:
    """What arrived, per table, then the conflicts (the newer version was kept)."""
    lines = [f"Merged {other.name}."]
    for table in TABLES:
        added, updated = report.added[table], report.updated[table]
        if added or updated:
            lines.append(f"  {table.replace('_', ' ')}: {added} added, {updated} updated")
    if not report.changed:
        lines.append("Nothing new: the project already holds everything in that file.")
    if report.conflicts:
        lines.append(f"\n{len(report.conflicts)} conflict(s); the newer version was kept:")
        for table, record_id, text in report.conflicts[:MAX_CONFLICTS_LISTED]:
            lines.append(f"  {table} {record_id}: {text}")
        if len(report.conflicts) > MAX_CONFLICTS_LISTED:
            lines.append(f"  … and {len(report.conflicts) - MAX_CONFLICTS_LISTED} more")
    if backup is not None:
        lines.append(f"\nThe project before the merge is saved as {backup.name}.")
    return "\n".join(lines)
