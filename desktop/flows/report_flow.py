"""File → Publish report…: the project's claims as a fact-check page, Markdown or a PDF,
chosen in `PublishDialog` and written in the background with progress and Cancel (the PDF
is laid out by Qt, in the worker: QTextDocument and QPdfWriter paint without the UI
thread). The organisation and review URL base are kept in the project for next time, as
the ClaimReview export keeps them; once published, "Open" shows the page or the folder."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from claimdesk.db import Store
from claimdesk.db.interchange.formats.common import Cancelled
from claimdesk.db.messages import Message
from claimdesk.db.report.publish import Published, publish_report
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.widgets.plain_text import message_box
from claimdesk.desktop.widgets.publish_dialog import PublishChoice, PublishDialog

from .dataset_flows import remember_review_settings
from .project_flows import show_failure
from .tasks import run_in_background

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

INFORMATION = "information"
"""`message_box`'s icon key."""
NO_URL = "no `url` (Google requires one): set the project setting claimreview_url_base"
"""The db's note for the command line (formats/claimreview.py); the window names the
Publish dialog's field instead of a setting the window never shows."""


def publish_report_dialog(window: MainWindow) -> None:
    dialog = PublishDialog(window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        start_publishing(window, dialog.choice())


def start_publishing(window: MainWindow, choice: PublishChoice) -> None:
    """Publish in the background; a cancel leaves no file."""
    project = window.open_session().path

    def work(progress, cancelled) -> Published:
        with Store.open(project, create=False) as store:
            remember_review_settings(store, choice.settings)
            if choice.fmt == "pdf":
                from claimdesk.desktop.report_pdf import publish_pdf

                publish = publish_pdf
            else:
                publish = partial(publish_report, fmt=choice.fmt)
            return publish(
                store,
                choice.out,
                chosen=choice.chosen,
                split=choice.split,
                settings=choice.settings,
                progress=progress,
                cancelled=cancelled,
            )

    def done(published: Published) -> None:
        window.statusBar().showMessage(message_text(published.lines()[0]), 10_000)
        show_published(window, published, choice)

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            cancelled = translate("report_flow", "Publishing cancelled; nothing was written.")
            window.statusBar().showMessage(cancelled, 8000)
        else:
            show_failure(window, translate("report_flow", "Publish report failed"), error)

    title = translate("report_flow", "Publishing report")
    window.task = run_in_background(window, title, work, done, failed, writes_to=window.session)


def show_published(window: MainWindow, published: Published, choice: PublishChoice) -> None:
    """What was published, with "Open" for the page (or the folder of pages)."""
    summary = "\n".join(_shown(line) for line in published.lines())
    box = message_box(window, translate("report_flow", "Publish report"), summary, icon=INFORMATION)
    opening = box.addButton(translate("report_flow", "&Open"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(opening)
    box.exec()
    if box.clickedButton() is opening:
        open_published(choice)


def _shown(line: str) -> str:
    """A line of what was published, as the window says it."""
    if isinstance(line, Message) and line.template == NO_URL:
        return translate(
            "report_flow",
            "The reviews have no web address (Google requires one): fill in "
            "“Review URL base” in File → Publish report… and publish again.",
        )
    return message_text(line)


def open_published(choice: PublishChoice) -> None:
    """The page (or the folder of pages) in the system's browser or file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(choice.out)))
