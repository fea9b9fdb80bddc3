"""File → Merge a colleague's project…: bring their file in, off the UI thread.

A merge rewrites many records at once and is not undoable, so the user confirms first
and a copy of the project is taken beside it (`NAME.before-merge.claimdesk`) before
anything is written. The worker opens its own connection (SQLite connections stay in
their thread); a bad file is refused whole by `merge_project`, leaving the project as it
was. After a merge the undo stack is cleared: its commands describe the file as it was.

The summary names what the colleague's file changed of your work, and what both of you
changed, as plain text (quotes from a file are never read as HTML); review mode then lists
those changes, where rejecting one restores your version.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from claimdesk.db import Store
from claimdesk.db.interchange.export import export_project
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.merging.merge_report import MergeReport
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.review.merged_change_text import change_line
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.plain_text import ask, show_message

from .project_flows import project_filter, show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

MAX_CONFLICTS_LISTED = 20


def backup_path(project: Path) -> Path:
    """Where the copy taken before a merge goes: beside the project, named after it."""
    return project.with_name(f"{project.stem}.before-merge{project.suffix}")


def merge_colleague_project(window: MainWindow) -> None:
    """Ask for the colleague's file, confirm, then merge it in the background."""
    project = window.open_session().path
    title = _title()
    name, _ = QFileDialog.getOpenFileName(window, title, str(project.parent), project_filter())
    if not name:
        return
    other = Path(name)
    if other.resolve() == project.resolve():
        itself = translate("merge_flow", "That is the open project itself; choose another file.")
        show_message(window, title, itself)
        return
    backup = backup_path(project)
    question = translate(
        "merge_flow",
        "Merge {other} into {project}?\n\n"
        "Merging cannot be undone, and it clears the undo history. "
        "A copy of the project as it is now is saved first as {backup}.",
    ).format(other=other.name, project=project.name, backup=backup.name)
    if ask(window, title, question):  # plain text: a file's name may look like HTML
        run_merge(window, other, backup)


def run_merge(window: MainWindow, other: Path, backup: Path | None) -> None:
    session = window.open_session()
    project = session.path
    me = session.annotator.id

    def work(progress, cancelled):
        with Store.open(project, create=False) as store:
            if backup is not None:
                export_project(store, "sqlite", backup)
            return merge_project(store, other, me=me, progress=progress, cancelled=cancelled)

    def done(report: MergeReport) -> None:
        if report.cancelled:
            window.statusBar().showMessage(message_text(report.summary()), 8000)
            return
        if report.changed:
            session.undo_stack.clear()
            session.announce(Change.all())
        show_summary(window, merge_summary(session, other, report, backup))

    window.task = run_in_background(
        window,
        translate("merge_flow", "Merging"),
        work,
        done,
        lambda error: show_failure(window, translate("merge_flow", "Merge failed"), error),
        writes_to=session,
    )


def show_summary(window: MainWindow, text: str) -> QMessageBox:
    """The merge summary, as plain text: it quotes the colleague's file."""
    box = QMessageBox(QMessageBox.Icon.Information, _title(), text, parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def merge_summary(
    session: ProjectSession, other: Path, report: MergeReport, backup: Path | None
) -> str:
    """What arrived, per table, then what changed of your work and what both changed, each
    record named by what it is (quote, tag and article; wording; name), never by its id."""
    lines = [translate("merge_flow", "Merged {file}.").format(file=other.name)]
    lines += [f"  {message_text(line)}" for line in report.count_lines()]
    if not report.changed:
        lines.append(
            translate(
                "merge_flow", "Nothing new: the project already holds everything in that file."
            )
        )
    changes = change_lines(session, report)
    if changes:
        lines += ["", *changes]
        if any(change.restorable for change in report.changes):
            lines.append(
                translate(
                    "merge_flow",
                    "Review → Start review… lists these; rejecting one restores your version.",
                )
            )
    if backup is not None:
        saved = translate("merge_flow", "The project before the merge is saved as {file}.")
        lines.append("\n" + saved.format(file=backup.name))
    return "\n".join(lines)


def change_lines(session: ProjectSession, report: MergeReport) -> list[str]:
    """Changes to your work, then other records both sides changed (newer kept)."""
    lines = []
    yours = report.changes_to_yours
    others = [change for change in report.conflicts if not change.yours]
    if yours:
        lines.append(
            translate(
                "merge_flow",
                "Changes to your work ({colleague} is the most recent annotator in that file;"
                " who made each edit is not recorded):",
            ).format(colleague=report.author)
        )
    for group, heading in (
        (yours, ""),
        (
            others,
            translate_n(
                "merge_flow", "Changed on both sides (%n); the newer version was kept:", len(others)
            ),
        ),
    ):
        if not group:
            continue
        if heading:
            lines.append(heading)
        lines += [
            f"  {change_line(session, change, detail=True)}"
            for change in group[:MAX_CONFLICTS_LISTED]
        ]
        if len(group) > MAX_CONFLICTS_LISTED:
            more = len(group) - MAX_CONFLICTS_LISTED
            lines.append("  " + translate_n("merge_flow", "… and %n more", more))
    return lines


def _title() -> str:
    return translate("merge_flow", "Merge a colleague's project")
