"""Fact-checks from the window: importing an archive, and "checked before?" for a claim."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from claimdesk.db import ClaimdeskError, NotFoundError, Store
from claimdesk.db.factchecks.matching import add_to_archive, match_claim
from claimdesk.db.factchecks.reading import read_fact_checks
from claimdesk.db.storage.fact_check_store import fact_check_count
from claimdesk.desktop.i18n import translate, translate_n

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

PATTERNS = "*.json *.jsonld"


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
    from claimdesk.desktop.widgets.checked_before_dialog import CheckedBeforeDialog

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
    try:
        matches = match_claim(session.store, claim)
    except ClaimdeskError as error:
        show_failure(window, translate("factcheck_flows", "Checked before?"), error)
        return
    dialog = CheckedBeforeDialog(claim, matches, fact_check_count(session.store), window)
    dialog.show()
