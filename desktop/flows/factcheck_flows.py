"""Fact-checks from the window: importing an archive, "checked before?" for a claim, and
the shared fact-check archive file the project matches against too."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from claimdesk.db import ClaimdeskError, NotFoundError, Store
from claimdesk.db.factchecks.matching import add_to_archive, match_everywhere
from claimdesk.db.factchecks.reading import read_fact_checks
from claimdesk.db.factchecks.shared import (
    reading_shared,
    set_shared_archive,
    shared_archive_path,
)
from claimdesk.db.storage.fact_check_store import fact_check_count
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.db_messages import message_text

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

PATTERNS = "*.json *.jsonld"
ARCHIVE_SUFFIX = ".cdarchive"


def fact_check_filter() -> str:
    """The file dialog's filter: descriptions translated, patterns kept."""
    fact_checks = translate("factcheck_flows", "Fact-checks")
    return f"{fact_checks} ({PATTERNS});;{translate('factcheck_flows', 'All files')} (*)"


def import_fact_checks(window: MainWindow) -> None:
    title = translate("factcheck_flows", "Import fact-checks")
    name, _ = QFileDialog.getOpenFileName(window, title, "", fact_check_filter())
    if name:
        import_fact_check_file(window, Path(name))


def import_fact_check_file(window: MainWindow, path: Path) -> None:
    """Read and add the file in the background (own connection); one line if refused."""
    session = window.open_session()
    project = session.path

    def work(progress, cancelled) -> tuple[int, int]:
        checks = read_fact_checks(path)
        with Store.open(project, create=False) as store:
            return add_to_archive(store, checks), len(checks)

    def done(counts: tuple[int, int]) -> None:
        added, read = counts
        text = translate("factcheck_flows", "{file}: {added} ({present})").format(
            file=path.name,
            added=translate_n("factcheck_flows", "%n fact-checks added", added),
            present=translate_n("factcheck_flows", "%n already there", read - added),
        )
        window.statusBar().showMessage(text, 8000)

    title = translate("factcheck_flows", "Import fact-checks")
    window.task = run_in_background(
        window,
        translate("factcheck_flows", "Importing fact-checks"),
        work,
        done,
        lambda error: show_failure(window, title, error),
        writes_to=session,
    )


def checked_before(window: MainWindow) -> None:
    """Earlier fact-checks for the annotation at the caret, else for the selected words."""
    session = window.open_session()
    pane = window.open_workspace().active_pane()
    view = pane.view if pane is not None else None
    claim = ""
    if view is not None and view.current_annotation():
        try:
            claim = session.store.annotation(view.current_annotation()).quote
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
    show_checked_before(window, claim)


def show_checked_before(window: MainWindow, claim: str) -> None:
    """Match `claim` in the project's archive and the shared one beside it (read-only); a
    shared file that cannot be read is said in the dialog, and the project's still shown."""
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
            matches = match_everywhere(store, shared, claim)
            count = fact_check_count(store) + (fact_check_count(shared) if shared else 0)
    except ClaimdeskError as error:
        show_failure(window, translate("factcheck_flows", "Checked before?"), error)
        return
    dialog = CheckedBeforeDialog(claim, matches, count, window, path, note)
    dialog.choose_shared.connect(lambda: _choose_from(window, dialog, claim))
    dialog.show()


def _choose_from(window: MainWindow, dialog: QDialog, claim: str) -> None:
    if choose_shared_archive(window, dialog):
        dialog.close()
        show_checked_before(window, claim)


def choose_shared_archive(window: MainWindow, parent: QWidget | None = None) -> bool:
    """Shared fact-check archive…: the newsroom's archive file this project matches against
    too (remembered in the project); the file is verified before it is remembered. True if
    one was chosen."""
    title = translate("factcheck_flows", "Shared fact-check archive")
    archives = translate("factcheck_flows", "Fact-check archives")
    choices = f"{archives} (*{ARCHIVE_SUFFIX});;{translate('factcheck_flows', 'All files')} (*)"
    name, _ = QFileDialog.getOpenFileName(parent or window, title, "", choices)
    if not name:
        return False
    try:
        set_shared_archive(window.open_session().store, Path(name))
    except ClaimdeskError as error:
        show_failure(window, title, error)
        return False
    window.statusBar().showMessage(
        translate("factcheck_flows", "Shared fact-check archive: {file}").format(
            file=Path(name).name
        ),
        6000,
    )
    return True
