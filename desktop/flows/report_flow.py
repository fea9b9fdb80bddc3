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
from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.widgets.plain_text import show_message

from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

FORMATS = {"html": mark("report_flow", "Web page"), "pdf": "PDF", "md": "Markdown"}
"""Each format's description in the file dialog (a format's own name is not translated)."""
SUFFIXES = {"html": ".html", "pdf": ".pdf", "md": ".md"}
INFORMATION = "information"
"""`message_box`'s icon key."""


def filters() -> dict[str, str]:
    """The file dialog's filters, described in the interface's language, to their format."""
    return {
        f"{translated('report_flow', described)} (*{SUFFIXES[fmt]})": fmt
        for fmt, described in FORMATS.items()
    }


def publish_report_dialog(window: MainWindow) -> None:
    session = window.open_session()
    suggested = session.path.with_name(session.path.stem + "-report.html")
    offered = filters()
    name, chosen = QFileDialog.getSaveFileName(
        window, translate("report_flow", "Publish report"), str(suggested), ";;".join(offered)
    )
    if name:
        fmt = offered.get(chosen, "html")
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
        title = translate("report_flow", "Publish report")
        show_message(window, title, published.summary(), icon=INFORMATION)

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            cancelled = translate("report_flow", "Publishing cancelled; nothing was written.")
            window.statusBar().showMessage(cancelled, 8000)
        else:
            show_failure(window, translate("report_flow", "Publish report failed"), error)

    title = translate("report_flow", "Publishing report")
    window.task = run_in_background(window, title, work, done, failed)
