"""User flows that span dialogs and background work: new, open, import, paste, details."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from claimdesk.db import PROJECT_SUFFIX, ClaimdeskError, Store
from claimdesk.db.interchange.article_import import import_articles, import_pasted_text
from claimdesk.desktop.commands.scheme_commands import ImportedArticles
from claimdesk.desktop.widgets.plain_text import (
    error_text,
    message_box,
    plain_tooltip,
    show_message,
)

from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

PROJECT_FILTER = f"Claimdesk projects (*{PROJECT_SUFFIX});;All files (*)"
ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


def new_project(window: MainWindow) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window, "New project", str(_start_folder(window)), PROJECT_FILTER
    )
    if not name:
        return
    path = Path(name)
    if path.suffix != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    if path.exists():
        show_message(window, "New project", f"{path} already exists; open it instead.")
        return
    window.open_project(path)


def open_project(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, "Open project", str(_start_folder(window)), PROJECT_FILTER
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
        menu.addAction("No recent projects").setEnabled(False)


def save_copy(window: MainWindow) -> None:
    """File → Save a copy…: a consistent copy of the whole project at this moment, written
    in the background (a large project takes a while) from a read-only connection."""
    project = window.open_session().path
    name, _ = QFileDialog.getSaveFileName(
        window,
        "Save a copy",
        str(project.with_name(f"{project.stem} copy{PROJECT_SUFFIX}")),
        PROJECT_FILTER,
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
        "Saving a copy",
        work,
        lambda saved: window.statusBar().showMessage(f"Saved a copy as {saved}", 8000),
        lambda error: show_failure(window, "Save a copy", error),
    )


def choose_and_import(window: MainWindow) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        window, "Import articles", str(_start_folder(window)), ARTICLE_FILTER
    )
    if names:
        import_article_files(window, [Path(name) for name in names])


def import_article_files(window: MainWindow, paths: list[Path]) -> None:
    """Import in the background (own connection), then make the import one undo step."""
    session = window.open_session()
    project = session.path

    def work(progress, cancelled):
        with Store.open(project, create=False) as store:
            return import_articles(store, paths, progress=progress, cancelled=cancelled)

    def done(report) -> None:
        added = [outcome.article.id for outcome in report.outcomes if outcome.article_added]
        if added:
            session.push(ImportedArticles(session, added, _import_text(len(added))))
            window.show_article(added[0])
        problems = [outcome.message() for outcome in report.outcomes if outcome.message()]
        if problems:
            _show_report(window, added, problems, report.cancelled)
        else:
            window.statusBar().showMessage(f"Imported {len(added)} article(s)", 5000)

    window.task = run_in_background(
        window,
        "Importing articles",
        work,
        done,
        lambda error: show_failure(window, "Import failed", error),
        writes_to=session,
    )


def paste_article(window: MainWindow) -> None:
    text = QGuiApplication.clipboard().text()
    if not text.strip():
        show_message(
            window,
            "Paste as new article",
            "The clipboard holds no text to make an article from.",
            icon="information",
        )
        return
    title, accepted = QInputDialog.getText(
        window, "Paste as new article", "Title (leave empty to use the first line):"
    )
    if not accepted:
        return
    session = window.open_session()
    try:
        article = import_pasted_text(session.store, text, title=title)
    except ClaimdeskError as error:
        show_message(window, "Paste as new article", str(error))
        return
    session.push(ImportedArticles(session, [article.id], "Paste article"))
    window.show_article(article.id)


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


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        "About Claimdesk",
        "Claimdesk — offline annotation for fact-checkers.\n\n"
        "Read reports side by side, tag and rate their claims, link the same claim "
        "across reports and export the result as a dataset. Everything stays in one "
        "local project file.",
    )


def _import_text(count: int) -> str:
    return "Import article" if count == 1 else f"Import {count} articles"


SHOWN_PROBLEMS = 8
"""Refusals listed in an import's message; the rest are in its details."""


def _show_report(
    window: MainWindow, added: list[str], problems: list[str], cancelled: bool
) -> None:
    head = f"Imported {len(added)} article(s)" + (" before you cancelled." if cancelled else ".")
    # The reasons in the message itself: behind "Show Details…" few read them.
    shown = problems[:SHOWN_PROBLEMS]
    more = len(problems) - len(shown)
    lines = [f"{len(problems)} file(s) need attention:", *shown]
    if more:
        lines.append(f"… and {more} more (Show Details…).")
    message_box(
        window,
        "Import articles",
        head,
        informative="\n".join(lines),
        details="\n".join(problems) if more else "",
    ).exec()


def show_failure(window: MainWindow, title: str, error: BaseException) -> None:
    """A background task's error, as the user sees it: one message, in plain text (it may
    quote a record id or a value from someone else's file)."""
    show_message(window, title, error_text(error), icon="critical")


def _start_folder(window: MainWindow) -> Path:
    if window.session is not None:
        return window.session.path.parent
    return Path.home()
