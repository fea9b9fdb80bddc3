"""Fact-checks from the window: importing an archive, and "checked before?" for a claim."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from claimdesk.db import ClaimdeskError, NotFoundError, Store
from claimdesk.db.factchecks.matching import add_to_archive, match_claim
from claimdesk.db.factchecks.reading import read_fact_checks
from claimdesk.db.storage.fact_check_store import fact_check_count

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

FILTER = "Fact-checks (*.json *.jsonld);;All files (*)"


def import_fact_checks(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(window, "Import fact-checks", "", FILTER)
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
        window.statusBar().showMessage(
            f"{path.name}: {added} fact-checks added ({read - added} already there)", 8000
        )

    window.task = run_in_background(
        window, "Importing fact-checks", work, done,
        lambda error: show_failure(window, "Import fact-checks", error), writes_to=session,
    )  # fmt: skip


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
        window.statusBar().showMessage(
            "Put the caret in an annotation, or select a claim, to look for earlier checks", 6000
        )
        return
    try:
        matches = match_claim(session.store, claim)
    except ClaimdeskError as error:
        show_failure(window, "Checked before?", error)
        return
    dialog = CheckedBeforeDialog(claim, matches, fact_check_count(session.store), window)
    dialog.show()
