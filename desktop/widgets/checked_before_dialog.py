"""Checked before? Earlier fact-checks in the project's archive, and in the newsroom's
shared archive file if the project uses one, that match a claim, best first, each with its
rating, publisher, date, web address, the reason it matches and which archive holds it.

Offline: the archives are what File → Import fact-checks… and published reports put there;
addresses are shown as text, never opened. Everything here came from someone else's file:
plain text. "Shared fact-check archive…" chooses the shared file (remembered per project).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.factchecks.matching import Match
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.i18n.locale_format import count, short_date


class CheckedBeforeDialog(QDialog):
    choose_shared = Signal()
    """The user asked to choose the shared archive file."""

    def __init__(
        self,
        claim: str,
        matches: list[Match],
        archive: int,
        parent: QWidget | None,
        shared: Path | None = None,
        note: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("CheckedBeforeDialog", "Checked before?"))
        self.resize(660, 420)
        shown = " ".join(claim.split())
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        if not archive:
            found = translate(
                "CheckedBeforeDialog",
                "The archive is empty: File → Import fact-checks… adds earlier fact-checks.",
            )
        elif matches:
            found = translate_n(
                "CheckedBeforeDialog",
                "%n earlier fact-checks match, best first (of {archive}).",
                len(matches),
            ).format(archive=count(archive))
        else:
            found = translate(
                "CheckedBeforeDialog", "No earlier fact-check among {archive} matches."
            ).format(archive=count(archive))
        self.summary.setText(f"“{shown}”\n{found}")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(translate("CheckedBeforeDialog", "Earlier fact-checks"))
        for match in matches:
            self.list.addItem(QListWidgetItem(describe(match)))
        self.shared = QLabel(self)
        self.shared.setTextFormat(Qt.TextFormat.PlainText)
        self.shared.setWordWrap(True)
        self.shared.setText(
            note
            or (
                translate("CheckedBeforeDialog", "Also searched: the shared archive {file}").format(
                    file=shared.name
                )
                if shared is not None
                else translate("CheckedBeforeDialog", "No shared archive: only this project's")
            )
        )
        self.choose = QPushButton(translate("CheckedBeforeDialog", "&Shared fact-check archive…"))
        self.choose.clicked.connect(self.choose_shared)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closing.rejected.connect(self.reject)  # not the window manager's title bar alone
        row = QHBoxLayout()
        row.addWidget(self.shared, 1)
        row.addWidget(self.choose)
        row.addWidget(closing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addLayout(row)


def describe(match: Match) -> str:
    check = match.fact_check
    who = ", ".join(part for part in (check.publisher, short_date(check.date[:10])) if part)
    said = (
        translate("checked_before_dialog", " (said by {claimant})").format(claimant=check.claimant)
        if check.claimant
        else ""
    )
    rating = check.rating or translate("checked_before_dialog", "unrated")
    held = (
        translate("checked_before_dialog", " (shared archive {file})").format(file=match.archive)
        if match.archive
        else ""
    )
    return (
        f"{rating}{f' · {who}' if who else ''}: {check.claim}{said}{held}\n"
        f"    ▸ {'; '.join(message_text(reason) for reason in match.reasons)}\n    {check.url}"
    )
