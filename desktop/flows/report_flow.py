"""File → Publish report…: the project's claims as a fact-check page, Markdown or a PDF,
written in the background with progress and Cancel (the PDF is laid out by Qt, in the
worker: QTextDocument and QPdfWriter paint without the UI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from claimdesk.db import Store
from claimdesk.db.interchange.formats.common import Cancelled
from claimdesk.db.report.publish import Published, publish_report
from claimdesk.desktop.widgets.plain_text import show_message

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

FILTERS = {
    "Web page (*.html)": "html",
    "PDF (*.pdf)": "pdf",
    "Markdown (*.md)": "md",
}
SUFFIXES = {"html": ".html", "pdf": ".pdf", "md": ".md"}


def publish_report_dialog(window: MainWindow) -> None:
    session = window.open_session()
    suggested = session.path.with_name(session.path.stem + "-report.html")
    name, chosen = QFileDialog.getSaveFileName(
        window, "Publish report", str(suggested), ";;".join(FILTERS)
    )
    if name:
        fmt = FILTERS.get(chosen, "html")
        out = Path(name)
        if out.suffix.lower() != SUFFIXES[fmt]:
            out = out.with_name(out.name + SUFFIXES[fmt])
        start_publishing(window, out, fmt)


def start_publishing(window: MainWindow, out: Path, fmt: str) -> None:
    """Publish every claim to `out` in the background; a cancel leaves no file."""
    project = window.open_session().path

    def work(progress, cancelled) -> Published:
        with Store.open(project, create=False) as store:
            if fmt == "pdf":
                from claimdesk.desktop.report_pdf import publish_pdf

                return publish_pdf(store, out, progress=progress, cancelled=cancelled)
            return publish_report(store, out, fmt, progress=progress, cancelled=cancelled)

    def done(published: Published) -> None:
        window.statusBar().showMessage(published.summary().splitlines()[0], 10_000)
        show_message(window, "Publish report", published.summary(), icon="information")

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            window.statusBar().showMessage("Publishing cancelled; nothing was written.", 8000)
        else:
            show_failure(window, "Publish report failed", error)

    window.task = run_in_background(window, "Publishing report", work, done, failed)
