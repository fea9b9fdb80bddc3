"""Checked before? where the fact-checker is working: the earlier fact-checks matching the
selected claim (the claims panel's editor: each with its rating, publisher, date, address
and why it matches) or the selected annotation (the inspector: the best one, and "N more…"
opening the Checked before? dialog). Nothing at all is shown while nothing matches, or
when there is no archive. Everything here came from someone else's file: plain text.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
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
from claimdesk.desktop.i18n.locale_format import short_date
from claimdesk.desktop.session import ProjectSession
from claimdesk.desktop.widgets.checked_before_dialog import describe
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .checked_before_cache import CheckedBefore

LIST_HEIGHT = 120


def best_line(match: Match) -> str:
    """The best match in one line: rating · publisher, date: the claim reviewed."""
    check = match.fact_check
    rating = check.rating or translate("checked_before_dialog", "unrated")
    who = ", ".join(part for part in (check.publisher, short_date(check.date[:10])) if part)
    return f"{rating}{f' · {who}' if who else ''}: {' '.join(check.claim.split())}"


class _Follower(QWidget):
    """Shows the matches of one text, redrawn as the cache finds them."""

    def __init__(self, session: ProjectSession, parent: QWidget | None):
        super().__init__(parent)
        self.cache = CheckedBefore.of(session)
        self.text = ""
        self.claim: str | Collection[str] = ""
        self.cache.updated.connect(self._redraw)
        self.setVisible(False)

    def show_text(self, text: str, claim: str | Collection[str] = "") -> None:
        """Follow `text` (a claim's wording, an annotation's quote; "" for nothing); `claim`:
        the claim it is the wording of (or the claims the annotation appears in), not shown
        its own published check."""
        self.claim = claim
        if text != self.text:
            self.text = text
            self.cache.check_archives()
        self._redraw()

    def _redraw(self) -> None:
        matches = self.cache.matches(self.text, first=True, claim=self.claim) if self.text else []
        self.setVisible(bool(matches))
        if matches:
            self._show(matches)

    def _show(self, matches: list[Match]) -> None:
        raise NotImplementedError


class CheckedBeforeList(_Follower):
    """The claim editor's: every match, described in full."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMaximumHeight(LIST_HEIGHT)
        self.list.setAccessibleName(translate("CheckedBeforeList", "Checked before"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def _show(self, matches: list[Match]) -> None:
        self.heading.setText(
            translate_n(
                "CheckedBeforeList", "Checked before? %n earlier fact-checks match", len(matches)
            )
        )
        self.list.clear()
        for match in matches:
            item = QListWidgetItem(describe(match))
            item.setToolTip(plain_tooltip(describe(match)))
            self.list.addItem(item)


class CheckedBeforeNote(_Follower):
    """The inspector's: the best match in a line, and a button to the dialog for the rest."""

    more_requested = Signal(str)
    """The text whose matches the user wants to see in full."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.best = QLabel(self)
        self.best.setTextFormat(Qt.TextFormat.PlainText)
        self.best.setMinimumWidth(1)  # elided by the layout, not widening the inspector
        self.more = QPushButton(self)
        self.more.setFlat(True)
        self.more.clicked.connect(lambda: self.more_requested.emit(self.text))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.best, 1)
        row.addWidget(self.more)
        self._line = ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        """One line, cut with … where the inspector is narrow (the tooltip has it all)."""
        metrics = self.best.fontMetrics()
        width = max(self.best.width(), 1)
        self.best.setText(metrics.elidedText(self._line, Qt.TextElideMode.ElideRight, width))

    def _show(self, matches: list[Match]) -> None:
        self._line = translate("CheckedBeforeNote", "Checked before: {best}").format(
            best=best_line(matches[0])
        )
        self.best.setAccessibleName(self._line)  # whole, where the label is cut short
        self._elide()
        self.best.setToolTip(plain_tooltip(describe(matches[0])))
        others = len(matches) - 1
        self.more.setText(
            translate_n("CheckedBeforeNote", "%n more…", others)
            if others
            else translate("CheckedBeforeNote", "Why…")
        )
