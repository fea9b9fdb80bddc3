"""Checked before? Earlier fact-checks in the project's archive that match a claim, best
first, each with its rating, publisher, date, web address and the reason it matches.

Offline: the archive is what File → Import fact-checks… put in the project; addresses are
shown as text, never opened. Everything here came from someone else's file: plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from claimdesk.db.factchecks.matching import Match
from claimdesk.desktop.i18n import translate, translate_n


class CheckedBeforeDialog(QDialog):
    def __init__(self, claim: str, matches: list[Match], archive: int, parent: QWidget | None):
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
            ).format(archive=f"{archive:,}")
        else:
            found = translate(
                "CheckedBeforeDialog", "No earlier fact-check among {archive} matches."
            ).format(archive=f"{archive:,}")
        self.summary.setText(f"“{shown}”\n{found}")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(translate("CheckedBeforeDialog", "Earlier fact-checks"))
        for match in matches:
            self.list.addItem(QListWidgetItem(describe(match)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)


def describe(match: Match) -> str:
    check = match.fact_check
    who = ", ".join(part for part in (check.publisher, check.date[:10]) if part)
    said = (
        translate("checked_before_dialog", " (said by {claimant})").format(claimant=check.claimant)
        if check.claimant
        else ""
    )
    rating = check.rating or translate("checked_before_dialog", "unrated")
    return (
        f"{rating}{f' · {who}' if who else ''}: {check.claim}{said}\n"
        f"    ▸ {'; '.join(match.reasons)}\n    {check.url}"
    )
