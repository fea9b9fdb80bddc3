"""The Story timeline panel: the claim selected in the claims list, told over time — its
appearances in publication order with the day each statement refers to, who said it, the
outlet and the figure, beside a chart of the figures (`TimelineChart`, drawn in the window's
font; the published report draws the same figures as an SVG).

Opened from Claims → Story timeline, as a tab beside the Annotations table (a third panel
stacked under the panes left the articles 8 lines on a laptop); it follows the claims list
and the project's changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import NotFoundError
from claimdesk.db.report.timeline import TimelinePoint, claim_timeline
from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.i18n.locale_format import short_date
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.readable_colours import disagreeing_colour

from .panel_dock import PanelDock
from .timeline_chart import TimelineChart

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

COLUMNS = (
    mark("TimelinePanel", "Published"),
    mark("TimelinePanel", "Said on"),
    mark("TimelinePanel", "Who said it"),
    mark("TimelinePanel", "Where"),
    mark("TimelinePanel", "Figure"),
)
DOCK_NAME = "story timeline"
TIMELINE_DOCK = f"dock-{DOCK_NAME}"
"""The dock's object name (`add_project_dock` names it after its English `name`)."""


class TimelinePanel(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.claim_id = ""
        self.points: tuple[TimelinePoint, ...] = ()
        self.title = QLabel(
            translate(
                "TimelinePanel", "Select a claim in the Claims panel to see how its figure moved."
            ),
            self,
        )
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setMinimumWidth(1)  # a long wording is cut, not wrapped to many lines
        self.chart = TimelineChart(self)
        self.chart.setAccessibleName(translate("timeline_panel", "Story timeline"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([translated("TimelinePanel", c) for c in COLUMNS])
        self.table.setAccessibleName(translate("TimelinePanel", "Appearances over time"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.chart.minimumSizeHint().height())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        # Side by side in a short, wide dock; the chart above the table in a tall one.
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.addWidget(self.chart, 3)  # the chart reads at a glance; the table scrolls
        self.row.addWidget(self.table, 2)
        layout.addLayout(self.row, 1)
        session.changed.connect(self._on_changed)
        self.show_claim("")

    def show_claim(self, claim_id: str) -> None:
        self.claim_id = claim_id
        try:
            points = claim_timeline(self.session.store, claim_id) if claim_id else ()
            wording = self.session.store.claim(claim_id).wording if claim_id else ""
        except NotFoundError:
            points, wording = (), ""
        if claim_id and points:
            self.title.setText(wording or translate("TimelinePanel", "(no wording yet)"))
        self.points = points
        self.chart.setVisible(self.chart.set_points(points))
        self._fill(points)

    def _fill(self, points: tuple[TimelinePoint, ...]) -> None:
        self.table.setRowCount(len(points))
        for row, point in enumerate(points):
            undated = translate("TimelinePanel", "undated")
            date, said_on = short_date(point.date), short_date(point.said_on)
            values = (date or undated, said_on or "—", point.claimant or "—",
                      point.outlet, point.figure or "—")  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == len(values) - 1 and point.disagrees:
                    item.setForeground(QBrush(disagreeing_colour(self.table.palette())))
                self.table.setItem(row, column, item)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        wide = size.width() >= 2 * size.height()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # high contrast on or off: its red
            self._fill(self.points)
        super().changeEvent(event)

    def _on_changed(self, change: Change) -> None:
        if self.claim_id and (change.everything or change.claims or change.annotations):
            self.show_claim(self.claim_id)


def open_timeline(window: MainWindow) -> None:
    """Show the Story timeline dock (a tab beside the Annotations table), built on first
    use and following the claims list from then on."""
    dock = window.findChild(PanelDock, TIMELINE_DOCK)
    stale = dock is not None and getattr(dock.widget(), "session", None) is not window.session
    if dock is None or stale:  # a closed project's dock waits for its deletion
        table = window.findChild(QDockWidget, "dock-annotations")
        height = table.height() if table is not None and table.isVisible() else 0
        panel = TimelinePanel(window.open_session(), window)
        # A tab beside the Annotations table: stacked under it, the articles were left
        # 8 lines at 1366x768; beside it, a third column made the window 1422 px wide.
        dock = window.add_project_dock(
            translate("timeline_panel", "Story timeline"),
            panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
            beside_table=True,
            name=DOCK_NAME,  # English: the dock is found by it in any language
        )
        claims = window.claims_panel
        claims.tree.currentItemChanged.connect(
            lambda *_: panel.show_claim(claims.current_claim_id())
        )
        panel.show_claim(claims.current_claim_id())
        if height:  # the table's height, not the one the panel's size hints ask for
            keep = [height]
            QTimer.singleShot(
                0, window, lambda: window.resizeDocks([dock], keep, Qt.Orientation.Vertical)
            )
    dock.show()
    dock.raise_()
