"""File → Purge removed evidence files…: the bytes of removed attachments, kept so undo can
bring them back, deleted from the project for good (as `claimdesk purge-evidence` does).

An undo in the window could then ask for bytes that are gone, so the user is told how
much would go and that the undo history is cleared, and the history is cleared before the
purge starts; the purge itself runs in the background on a connection of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.db import Store
from claimdesk.db.records.evidence_files import (
    Purged,
    purge_removed_evidence,
    removed_evidence,
)
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.locale_format import interface_locale
from claimdesk.desktop.widgets.plain_text import ask, show_message

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow


def purge_evidence(window: MainWindow) -> None:
    """Say what would go and ask; then clear the undo history and purge in the background,
    saying what went."""
    session = window.open_session()
    title = translate("purge_flow", "Purge removed evidence files")
    would = removed_evidence(session.store)
    if not would.files:
        show_message(window, title, translate("purge_flow", "No removed evidence files to purge."))
        return
    question = "\n\n".join(
        (
            translate_n(
                "purge_flow",
                "%n removed evidence files ({size}) will be deleted for good.",
                would.files,
            ).format(size=_size(would)),
            translate(
                "purge_flow", "The undo history is cleared: what was done so far cannot be undone."
            ),
        )
    )
    if not ask(window, title, question):
        return
    session.undo_stack.clear()  # no undo may ask for the bytes purged
    project = session.path

    def work(progress, cancelled) -> Purged:
        with Store.open(project, create=False) as store:
            return purge_removed_evidence(store)

    def done(purged: Purged) -> None:
        said = translate_n("purge_flow", "Purged %n removed evidence files ({size}).", purged.files)
        window.statusBar().showMessage(said.format(size=_size(purged)), 8000)

    window.task = run_in_background(
        window,
        title,
        work,
        done,
        lambda error: show_failure(window, title, error),
        writes_to=session,
    )


def _size(purged: Purged) -> str:
    return interface_locale().formattedDataSize(purged.bytes)
