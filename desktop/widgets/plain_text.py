"""The one path by which text from a file (titles, quotes, notes, record ids, error messages
that quote them) reaches the screen: always as the characters it is, never as HTML.

Qt renders a label, a message box or a tooltip as rich text when it merely looks like HTML,
so a title such as `<img src="/home/me/secret.png">` would be laid out, and the image read
from disk. Labels and message boxes are set to plain text; tooltips, which have no such
setting, are escaped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def plain_tooltip(text: str) -> str:
    return QtText.convertFromPlainText(text)


def error_text(error: BaseException, where: str = "") -> str:
    """One line for an error, in the interface's language: a Claimdesk error names its
    problem and place itself; any other (a full disk, an I/O error) follows `where` (what
    was being done, or the file)."""
    from claimdesk.db import ClaimdeskError
    from claimdesk.desktop.i18n import translate
    from claimdesk.desktop.i18n.db_messages import message_text

    if isinstance(error, MemoryError):
        text = translate("plain_text", "not enough memory")
    else:
        text = message_text(error)
    text = text or type(error).__name__
    if isinstance(error, ClaimdeskError) or not where:
        return text
    return f"{where}: {text}"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: str = "warning",
    informative: str = "",
    details: str = "",
) -> QMessageBox:
    """A message box whose every text is plain (`icon`: information, warning, critical,
    question); the caller shows it with exec() or open()."""
    from PySide6.QtWidgets import QMessageBox  # its enums cost a few ms to load at start

    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(
        {
            "information": QMessageBox.Icon.Information,
            "warning": QMessageBox.Icon.Warning,
            "critical": QMessageBox.Icon.Critical,
            "question": QMessageBox.Icon.Question,
        }[icon]
    )
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)  # a QTextEdit filled with setPlainText
    box.setTextFormat(Qt.TextFormat.PlainText)  # after the informative label exists
    for label in box.findChildren(QLabel):
        if label.objectName() == "qt_msgbox_informativelabel":
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_message(parent: QWidget | None, title: str, text: str, **options: str) -> None:
    """Say something and wait for OK (see `message_box`)."""
    message_box(parent, title, text, **options).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question in plain text; True for Yes."""
    from PySide6.QtWidgets import QMessageBox

    question: str = "question"  # an icon's key, not a text shown
    box = message_box(parent, title, text, icon=question)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
