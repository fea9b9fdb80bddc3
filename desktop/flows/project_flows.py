"""User flows that span dialogs and background work: new, open, import, paste, details."""

from __future__ import annotations

import contextlib
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from claimdesk.db import PROJECT_SUFFIX, ClaimdeskError, Store
from claimdesk.db.interchange.article_import import ImportOutcome, import_articles
from claimdesk.db.interchange.sources.web_archive import CapturedPage, is_archive, list_pages
from claimdesk.db.operations import articles as article_ops
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.commands.scheme_commands import ImportedArticles
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.widgets.plain_text import (
    error_text,
    message_box,
    plain_tooltip,
    show_message,
)

from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

ARTICLE_PATTERNS = (
    "*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf *.docx *.odt *.srt *.vtt *.warc"
    " *.warc.gz *.wacz *.png *.jpg *.jpeg *.tif *.tiff *.webp"
)
INFORMATION, CRITICAL = "information", "critical"
"""`message_box`'s icon keys."""
REPORT_LINES = 15
"""Refused files named in the import report itself; more are under Show Details."""


def project_filter() -> str:
    """The file dialogs' filter for projects: descriptions translated, patterns kept."""
    projects = translate("project_flows", "Claimdesk projects")
    return f"{projects} (*{PROJECT_SUFFIX});;{translate('project_flows', 'All files')} (*)"


def article_filter() -> str:
    articles = translate("project_flows", "Articles and sources")
    return f"{articles} ({ARTICLE_PATTERNS});;{translate('project_flows', 'All files')} (*)"


def new_project(window: MainWindow) -> None:
    title = translate("project_flows", "New project")
    name, _ = QFileDialog.getSaveFileName(
        window, title, str(_start_folder(window)), project_filter()
    )
    if not name:
        return
    path = Path(name)
    if path.suffix != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    if path.exists():
        exists = translate("project_flows", "{path} already exists; open it instead.")
        show_message(window, title, exists.format(path=path))
        return
    window.open_project(path)


def open_project(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("project_flows", "Open project"),
        str(_start_folder(window)),
        project_filter(),
    )
    if name:
        window.open_project(Path(name))


def fill_recent_menu(window: MainWindow) -> None:
    menu = window.action_set.recent_menu
    menu.clear()
    recent = window.settings.recent_projects()
    for path in recent:
        item = menu.addAction(path.name)
        item.setToolTip(plain_tooltip(str(path)))
        item.triggered.connect(lambda _=False, p=path: window.open_project(p))
    if not recent:
        menu.addAction(translate("project_flows", "No recent projects")).setEnabled(False)


def save_copy(window: MainWindow) -> None:
    """File → Save a copy…: a consistent copy of the whole project at this moment, written
    in the background (a large project takes a while) from a read-only connection."""
    project = window.open_session().path
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("project_flows", "Save a copy"),
        str(project.with_name(f"{project.stem} copy{PROJECT_SUFFIX}")),
        project_filter(),
    )
    if not name:
        return
    target = Path(name)
    if target.suffix != PROJECT_SUFFIX:
        target = target.with_name(target.name + PROJECT_SUFFIX)

    def work(progress, cancelled) -> Path:
        with Store.open(project, create=False, readonly=True) as store:
            return store.save_copy(target)

    window.task = run_in_background(
        window,
        translate("project_flows", "Saving a copy"),
        work,
        lambda saved: window.statusBar().showMessage(
            translate("project_flows", "Saved a copy as {path}").format(path=saved), 8000
        ),
        lambda error: show_failure(window, translate("project_flows", "Save a copy"), error),
    )


def choose_and_import(window: MainWindow) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        window,
        translate("project_flows", "Import articles"),
        str(_start_folder(window)),
        article_filter(),
    )
    if names:
        import_article_files(window, [Path(name) for name in names])


def import_article_files(window: MainWindow, paths: list[Path]) -> None:
    """Import in the background (own connection), then make the import one undo step.

    A web archive among the files is listed first (in the background too: it may be
    gigabytes) so the user picks its pages."""
    archives = [path for path in paths if is_archive(path)]
    if not archives:
        _import_files(window, paths, {})
        return

    def listing(progress, cancelled):
        found = {}
        for index, archive in enumerate(archives):
            with contextlib.suppress(ClaimdeskError):  # the import refuses it, in one line
                found[archive] = list_pages(archive, cancelled)
            progress(index + 1, len(archives))
        return None if cancelled() else found

    window.task = run_in_background(
        window,
        translate("project_flows", "Reading web archives"),
        listing,
        lambda found: _choose_pages(window, paths, found),
        lambda error: show_failure(window, translate("project_flows", "Import failed"), error),
    )


def _choose_pages(
    window: MainWindow, paths: list[Path], found: dict[Path, list[CapturedPage]] | None
) -> None:
    """Each archive's pages to tick; None (the listing was cancelled) imports nothing."""
    from claimdesk.desktop.widgets.archive_pages_dialog import ArchivePagesDialog

    if found is None:
        return
    chosen = {}
    for archive, pages in found.items():
        if not pages:
            continue
        dialog = ArchivePagesDialog(archive, pages, window)
        if not dialog.exec():
            return
        chosen[archive] = dialog.chosen()
    _import_files(window, paths, chosen)


def _import_files(
    window: MainWindow, paths: list[Path], chosen: dict[Path, set[int]], *, ocr: bool = False
) -> None:
    """`ocr` reads a scanned PDF's pages by OCR (images always are), in the interface's
    language where Tesseract has its data."""
    session = window.open_session()
    project = session.path
    language = QLocale().name()

    def work(progress, cancelled):
        with Store.open(project, create=False) as store:
            return import_articles(
                store,
                paths,
                progress=progress,
                cancelled=cancelled,
                archive_pages=chosen,
                ocr=ocr,
                ocr_language=language,
            )

    def done(report) -> None:
        added = [outcome.article.id for outcome in report.outcomes if outcome.article_added]
        if added:
            session.push(ImportedArticles(session, added, _import_text(len(added))))
            _show_imported(window, added)
        problems = [_said(outcome) for outcome in report.outcomes if outcome.message()]
        scans = [outcome.path for outcome in report.outcomes if outcome.ocr_possible]
        if problems:
            if _show_report(window, added, problems, report.cancelled, bool(scans)):
                _import_files(window, scans, {}, ocr=True)
        elif report.cancelled:
            stopped = translate_n(
                "project_flows", "Import cancelled; %n articles imported before", len(added)
            )
            window.statusBar().showMessage(stopped, 8000)
        else:
            imported = translate_n("project_flows", "Imported %n articles", len(added))
            window.statusBar().showMessage(imported, 5000)

    window.task = run_in_background(
        window,
        translate("project_flows", "Reading with OCR")
        if ocr
        else translate("project_flows", "Importing articles"),
        work,
        done,
        lambda error: show_failure(window, translate("project_flows", "Import failed"), error),
        writes_to=session,
    )


def _show_imported(window: MainWindow, added: list[str]) -> None:
    """The first imported articles go into the empty panes, in order (two into an empty
    project: side by side); a pane showing an article keeps it. With no pane empty, the
    first is shown where the user is, as before."""
    workspace = window.open_workspace()
    empty = [pane for pane in workspace.panes if not pane.article_id]
    if not empty:
        window.show_article(added[0])
        return
    for pane, article_id in zip(empty, added, strict=False):
        workspace.show_article(pane, article_id)
    empty[0].view.setFocus()


def paste_article(window: MainWindow) -> None:
    text = QGuiApplication.clipboard().text()
    if not text.strip():
        show_message(
            window,
            translate("project_flows", "Paste as new article"),
            translate("project_flows", "The clipboard holds no text to make an article from."),
            icon=INFORMATION,
        )
        return
    title, accepted = QInputDialog.getText(
        window,
        translate("project_flows", "Paste as new article"),
        translate("project_flows", "Title (leave empty to use the first line):"),
    )
    if not accepted:
        return
    session = window.open_session()
    paste = partial(article_ops.paste_article, session.store, text, title)
    command = OperationCommand(session, translate("project_flows", "Paste article"), paste)
    session.push(command)  # a failure (the same text already there) is reported by it
    if command.applied is not None:
        window.show_article(command.applied.record_id)


def edit_article_details(window: MainWindow) -> None:
    from claimdesk.desktop.widgets.article_details import ArticleDetailsDialog

    pane = window.open_workspace().active_pane()
    article_id = (pane.article_id if pane else None) or window.article_list.selected_article_id()
    if article_id:
        ArticleDetailsDialog(window.open_session(), article_id, window).exec()


def find_in_pane(window: MainWindow) -> None:
    pane = window.open_workspace().active_pane()
    if pane is not None:
        pane.open_find_bar()


def edit_scheme(window: MainWindow) -> None:
    from claimdesk.desktop.widgets.scheme_dialog import SchemeDialog

    SchemeDialog(window.open_session(), window).exec()


def _said(outcome: ImportOutcome) -> str:
    """What happened to one imported file, in the interface's language."""
    if outcome.error or outcome.duplicate_of is not None:
        return message_text(outcome.message())
    return "; ".join(message_text(warning) for warning in outcome.warnings)


def _import_text(count: int) -> str:
    return translate_n("project_flows", "Import %n articles", count)


def _show_report(
    window: MainWindow, added: list[str], problems: list[str], cancelled: bool, scans: bool
) -> bool:
    """The import report; with `scans` (scanned PDFs OCR could read) it offers Read with
    OCR, and says whether the user chose it."""
    if cancelled:
        head = translate_n(
            "project_flows", "Imported %n articles before you cancelled.", len(added)
        )
    else:
        head = translate_n("project_flows", "Imported %n articles.", len(added))
    # The reasons in the message itself: behind "Show Details…" few read them.
    files = translate_n("project_flows", "%n files need attention:", len(problems))
    shown = [files] + [f"• {problem}" for problem in problems[:REPORT_LINES]]
    if len(problems) > REPORT_LINES:
        more = len(problems) - REPORT_LINES
        shown.append(
            translate_n("project_flows", "…and %n more (Show Details… lists them all).", more)
        )
    box = message_box(
        window,
        translate("project_flows", "Import articles"),
        head,
        informative="\n".join(shown),
        details="\n".join(problems) if len(problems) > REPORT_LINES else "",
    )
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 640px; }")
    from PySide6.QtWidgets import QMessageBox  # its enums cost a few ms at start

    read = None
    if scans:
        read = box.addButton(
            translate("project_flows", "Read with OCR"), QMessageBox.ButtonRole.ActionRole
        )
        read.setToolTip(
            translate(
                "project_flows",
                "Import the scanned PDFs by reading their pages with Tesseract (OCR)",
            )
        )
        box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return read is not None and box.clickedButton() is read


def show_failure(window: MainWindow, title: str, error: BaseException) -> None:
    """A background task's error, as the user sees it: one message, in plain text (it may
    quote a record id or a value from someone else's file)."""
    show_message(window, title, error_text(error), icon=CRITICAL)


def _start_folder(window: MainWindow) -> Path:
    if window.session is not None:
        return window.session.path.parent
    return Path.home()
