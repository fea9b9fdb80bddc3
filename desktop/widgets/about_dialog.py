"""Help → About: Claimdesk's version and licence, and the licences of the software it ships
with (from the bundle's build-time list, or from the installed packages' metadata)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.licences import (
    APP_LICENCE,
    app_version,
    bundle_notices,
    third_party_lines,
)
from claimdesk.desktop.resources import app_icon
from claimdesk.desktop.widgets.plain_text import plain_label

SUMMARY = mark(
    "AboutDialog",
    "Offline annotation for fact-checkers. Read reports side by side, tag and rate their"
    " claims, link the same claim across reports and export the result as a dataset."
    " Everything stays in one local project file.",
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About Claimdesk"))
        self.resize(620, 520)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        self.title = plain_label(f"Claimdesk {app_version()}", self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        heading = QHBoxLayout()
        heading.addWidget(icon)
        heading.addWidget(self.title, 1)
        summary = plain_label(translated("AboutDialog", SUMMARY), self)
        summary.setWordWrap(True)
        self.licence = plain_label(
            translate("AboutDialog", "Licence: {licence}.").format(licence=APP_LICENCE), self
        )
        intro = plain_label(
            translate("AboutDialog", "Third-party software it runs on, and its licences:"), self
        )
        self.third_party = QPlainTextEdit(self)
        self.third_party.setReadOnly(True)
        self.third_party.setAccessibleName(translate("AboutDialog", "Third-party software"))
        self.third_party.setPlainText("\n".join(third_party_lines()))
        where = plain_label(_where_the_texts_are(), self)
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(summary)
        layout.addWidget(self.licence)
        layout.addWidget(intro)
        layout.addWidget(self.third_party, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)


def _where_the_texts_are() -> str:
    notices = bundle_notices()
    if notices is not None:
        return translate(
            "about_dialog",
            "The licence texts are in {folder}, one folder per component;"
            " PySide6_Essentials/QT.txt there says how to replace the Qt libraries (LGPL-3.0).",
        ).format(folder=notices.parent)
    return translate(
        "about_dialog",
        "Each package's licence text is in its installed metadata (pip show -f NAME).",
    )
