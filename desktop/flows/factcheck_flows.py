"""Fact-checks from the window: importing them (into the project's archive or a shared
archive file, chosen or made there), "checked before?" for a claim, and the shared
fact-check archive file the project matches against too."""

from __future__ import annotations

from collections.abc import Collection
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from claimdesk.db import ClaimdeskError, NotFoundError, Store
from claimdesk.db.factchecks.matching import add_to_archive, match_everywhere
from claimdesk.db.factchecks.published import claims_of, not_its_own
from claimdesk.db.factchecks.reading import read_fact_checks
from claimdesk.db.factchecks.shared import (
    reading_shared,
    set_shared_archive,
    shared_archive_path,
)
from claimdesk.db.storage.archive_file import open_archive
from claimdesk.db.storage.fact_check_store import fact_check_count
from claimdesk.db.storage.store_base import StoreBase
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.panels.checked_before_cache import CheckedBefore
from claimdesk.desktop.widgets.plain_text import show_message

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

PATTERNS = "*.json *.jsonld"
Imported = tuple[str, int, int] | str
"""A file imported (its name, checks added, checks read), or the line refusing it."""


def fact_check_filter() -> str:
    """The file dialog's filter: descriptions translated, patterns kept."""
    fact_checks = translate("factcheck_flows", "Fact-checks")
    return f"{fact_checks} ({PATTERNS});;{translate('factcheck_flows', 'All files')} (*)"


def import_fact_checks(window: MainWindow) -> None:
    """File → Import fact-checks…: the files, then where they go (the project's archive or
    a shared archive file, chosen or made there), then the import in the background."""
    from claimdesk.desktop.widgets.fact_check_destination import FactCheckDestination

    title = translate("factcheck_flows", "Import fact-checks")
    names, _ = QFileDialog.getOpenFileNames(window, title, "", fact_check_filter())
    if not names:
        return
    files = [Path(name) for name in names]
    store = window.open_session().store
    dialog = FactCheckDestination(files, shared_archive_path(store), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        shared = dialog.shared_chosen()
        use = shared is not None and dialog.use_it.isChecked() and dialog.use_it.isEnabled()
        if use and shared is not None and not _use_shared(window, shared):
            return
        import_fact_check_files(window, files, shared)

    dialog.accepted.connect(chosen)
    dialog.open()


def import_fact_check_file(window: MainWindow, path: Path) -> None:
    """One file into the project's archive (see `import_fact_check_files`)."""
    import_fact_check_files(window, [path], None)


def import_fact_check_files(window: MainWindow, files: list[Path], shared: Path | None) -> None:
    """Read and add the files in the background (own connection) to the project's archive,
    or to the shared archive file `shared`; each file refused is one line of the report,
    the others still added. Cancel stops before the next file."""
    session = window.open_session()
    project = session.path

    def work(progress, cancelled) -> list[Imported]:
        lines = []
        with ExitStack() as held:
            if shared is not None:
                store: StoreBase = held.enter_context(open_archive(shared, write=True))
            else:
                store = held.enter_context(Store.open(project, create=False))
            for done, path in enumerate(files):
                if cancelled():
                    break
                progress(done, len(files))
                lines.append(_import_one(store, path))
        return lines

    def done(lines: list[Imported]) -> None:
        CheckedBefore.of(session).check_archives()
        refused = sum(1 for line in lines if isinstance(line, str))
        if len(lines) == 1 and not refused:
            window.statusBar().showMessage(_report_line(lines[0]), 8000)
            return
        text = "\n".join(_report_line(line) for line in lines)
        icon = "critical" if refused == len(lines) else "information"
        show_message(window, title, text, icon=icon)

    title = translate("factcheck_flows", "Import fact-checks")
    window.task = run_in_background(
        window,
        translate("factcheck_flows", "Importing fact-checks"),
        work,
        done,
        lambda error: show_failure(window, title, error),
        writes_to=session if shared is None else None,
    )


def _import_one(store: StoreBase, path: Path) -> Imported:
    """One file added (how many checks it held and how many were new), or why refused."""
    try:
        checks = read_fact_checks(path)
    except ClaimdeskError as error:
        return " ".join(message_text(error).split())  # in the interface's language
    return path.name, add_to_archive(store, checks), len(checks)


def _report_line(imported: Imported) -> str:
    if isinstance(imported, str):
        return imported
    name, added, read = imported
    return translate("factcheck_flows", "{file}: {added} ({present})").format(
        file=name,
        added=translate_n("factcheck_flows", "%n fact-checks added", added),
        present=translate_n("factcheck_flows", "%n already there", read - added),
    )


def _use_shared(window: MainWindow, path: Path) -> bool:
    """Make `path` the shared archive the project matches against too."""
    title = translate("factcheck_flows", "Shared fact-check archive")
    try:
        set_shared_archive(window.open_session().store, path)
    except ClaimdeskError as error:
        show_failure(window, title, error)
        return False
    CheckedBefore.of(window.open_session()).check_archives()
    return True


def checked_before(window: MainWindow) -> None:
    """Earlier fact-checks for the annotation at the caret, else for the selected words."""
    session = window.open_session()
    pane = window.open_workspace().active_pane()
    view = pane.view if pane is not None else None
    claim, own = "", frozenset[str]()
    if view is not None and view.current_annotation():
        try:
            claim = session.store.annotation(view.current_annotation()).quote
            own = claims_of(session.store, view.current_annotation())
        except NotFoundError:
            claim = ""
    selected = view.selected_range() if view is not None else None
    if not claim and view is not None and selected is not None:
        claim = view.text()[selected[0] : selected[1]]
    if not claim.strip():
        hint = translate(
            "factcheck_flows",
            "Put the caret in an annotation, or select a claim, to look for earlier checks",
        )
        window.statusBar().showMessage(hint, 6000)
        return
    show_checked_before(window, claim, own)


def show_checked_before_from(widget: QWidget, claim: str, own: Collection[str] = ()) -> None:
    """Checked before? for `claim`, asked from a panel (docked or floating) of the window;
    `own`: the claims it is an appearance of (see `show_checked_before`)."""
    from claimdesk.desktop.main_window import MainWindow

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, MainWindow):
        parent = parent.parentWidget()
    if parent is not None:
        show_checked_before(parent, claim, own)


def show_checked_before(window: MainWindow, claim: str, own: Collection[str] = ()) -> None:
    """Match `claim` in the project's archive and the shared one beside it (read-only); a
    shared file that cannot be read is said in the dialog, and the project's still shown.
    `own`: the claims the text is an appearance of, never offered their own published
    checks."""
    from claimdesk.desktop.widgets.checked_before_dialog import CheckedBeforeDialog

    store = window.open_session().store
    path = shared_archive_path(store)
    note = ""
    try:
        with ExitStack() as held:
            try:
                shared = held.enter_context(reading_shared(path))
            except ClaimdeskError as error:
                shared = None
                note = translate("factcheck_flows", "Shared archive left out: {reason}").format(
                    reason=" ".join(message_text(error).split())
                )
            matches = not_its_own(match_everywhere(store, shared, claim), own)
            count = fact_check_count(store) + (fact_check_count(shared) if shared else 0)
    except ClaimdeskError as error:
        show_failure(window, translate("factcheck_flows", "Checked before?"), error)
        return
    dialog = CheckedBeforeDialog(claim, matches, count, window, path, note)
    dialog.choose_shared.connect(lambda: _choose_from(window, dialog, claim, own))
    dialog.show()


def _choose_from(window: MainWindow, dialog: QDialog, claim: str, own: Collection[str]) -> None:
    if choose_shared_archive(window, dialog):
        dialog.close()
        show_checked_before(window, claim, own)


def choose_shared_archive(window: MainWindow, parent: QWidget | None = None) -> bool:
    """Shared fact-check archive…: the newsroom's archive file this project matches against
    too (remembered in the project); the file is verified before it is remembered. True if
    one was chosen."""
    from claimdesk.desktop.widgets.fact_check_destination import archive_choices

    title = translate("factcheck_flows", "Shared fact-check archive")
    name, _ = QFileDialog.getOpenFileName(parent or window, title, "", archive_choices())
    return bool(name) and _use_and_say(window, Path(name))


def new_shared_archive(window: MainWindow) -> bool:
    """New shared fact-check archive…: an empty archive file made where the user says,
    which this project then matches against too. True if one was made and used."""
    from claimdesk.desktop.widgets.fact_check_destination import new_archive_file

    path = new_archive_file(window)
    return path is not None and _use_and_say(window, path)


def _use_and_say(window: MainWindow, path: Path) -> bool:
    if not _use_shared(window, path):
        return False
    window.statusBar().showMessage(
        translate("factcheck_flows", "Shared fact-check archive: {file}").format(file=path.name),
        6000,
    )
    return True
