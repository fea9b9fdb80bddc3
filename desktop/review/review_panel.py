"""The Review dock: a colleague's annotations with the reviewer's decision on each.

Unreviewed rows come first (then document order); a filter shows unreviewed, accepted,
rejected or all; the counts and a progress bar sit on top. Selecting a row asks for it
to be revealed in the text; the decisions themselves are made by `ReviewMode`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import cast

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.panels.record_table import Index, RecordTableModel, record_table
from claimdesk.desktop.widgets.plain_text import plain_tooltip

COLUMNS = (
    mark("ReviewModel", "Decision"),
    mark("ReviewModel", "Article"),
    mark("ReviewModel", "Text"),
    mark("ReviewModel", "Tag"),
    mark("ReviewModel", "Difference"),
    mark("ReviewModel", "Comment"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_BESIDE = 400
"""The width, in pixels, left for the heading beside the counts from which it goes there:
a line it saves is a row of the list on a laptop (2 rows shown at 1366x768 before)."""
FOLD_BELOW = 16
"""The panel's height, in lines of its font, under which the heading folds to one line
(the full text in its tooltip): each line it saves is a row of the list under the panes."""
KEPT_WIDTHS = {0: 90, 3: 110}
"""The decision's and the tag's columns: short words, kept whole."""
COLUMN_WIDTHS = {1: 140, 2: 220, 5: 160}
"""The article's, text's and comment's widths where the panel has room; narrower, they
shrink alike (down to `COLUMN_LEAST`) so the list needs no horizontal scroll bar, which
took a row's height under the panes."""
COLUMN_LEAST = 48
FILTERS = (
    (mark("ReviewPanel", "Unreviewed"), ""),
    (mark("ReviewPanel", "Accepted"), "accepted"),
    (mark("ReviewPanel", "Rejected"), "rejected"),
    (mark("ReviewPanel", "All"), None),
)
DECISION_LABELS = {
    "": mark("ReviewRow", "to review"),
    "accepted": mark("ReviewRow", "✓ accepted"),
    "rejected": mark("ReviewRow", "✗ rejected"),
}


class FoldingHeading(QLabel):
    """The heading above the list: wrapped over its lines, or folded to one line cut with
    "…" and the whole of it in the tooltip (`fold`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full = ""
        self.folded = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMinimumWidth(1)

    def setText(self, text: str) -> None:
        self.full = text
        self.setAccessibleDescription(text)
        self._show()

    def fold(self, folded: bool) -> None:
        if folded != self.folded:
            self.folded = folded
            self.setWordWrap(not folded)
            self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.folded:
            self._show()

    def _show(self) -> None:
        shown = self.full
        if self.folded:
            metrics = QFontMetrics(self.font())
            shown = metrics.elidedText(self.full, Qt.TextElideMode.ElideRight, self.width())
        self.setToolTip(plain_tooltip(self.full) if shown != self.full else "")
        super().setText(shown)


@dataclass(frozen=True)
class ReviewRow:
    annotation_id: str
    article_id: str
    article: str
    quote: str
    tag: str
    color: str
    difference: str
    decision: str  # "" while unreviewed
    comment: str
    order: int  # document order: article, then position

    def cells(self) -> tuple[str, ...]:
        quote = self.quote if len(self.quote) <= 120 else self.quote[:119] + "…"
        label = DECISION_LABELS.get(self.decision)
        decision = translated("ReviewRow", label) if label is not None else self.decision
        return (decision, self.article, quote, self.tag, self.difference, self.comment)


class ReviewModel(RecordTableModel):
    columns = COLUMNS
    context = "ReviewModel"

    def records(self) -> list[ReviewRow]:
        return self.rows

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self._index: dict[str, int] = {}

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._index = {row.annotation_id: n for n, row in enumerate(rows)}
        self.endResetModel()

    def position_of(self, annotation_id: str) -> int | None:
        """The row's place in the model (not in the filtered, sorted table)."""
        return self._index.get(annotation_id)

    def row_for(self, annotation_id: str) -> ReviewRow | None:
        position = self._index.get(annotation_id)
        return None if position is None else self.rows[position]

    def set_decision(self, annotation_id: str, decision: str, comment: str) -> None:
        position = self._index.get(annotation_id)
        if position is None:
            return
        self.rows[position] = replace(self.rows[position], decision=decision, comment=comment)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    def counts(self) -> dict[str, int]:
        counts = {"": 0, "accepted": 0, "rejected": 0}
        for row in self.rows:
            counts[row.decision] = counts.get(row.decision, 0) + 1
        return counts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells()[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # titles and quotes come from files
            return plain_tooltip(row.cells()[index.column()])
        if role == ID_ROLE:
            return row.annotation_id
        if role == SORT_ROLE:
            return (row.decision != "", row.order)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 3:
            return QColor(row.color)
        return None


class ReviewFilter(QSortFilterProxyModel):
    """Rows of one decision (None: all), unreviewed first, then in document order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.decision: str | None = ""
        self.setDynamicSortFilter(True)

    def set_decision(self, decision: str | None) -> None:
        self.beginFilterChange()
        self.decision = decision
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.decision is None:
            return True
        return cast(ReviewModel, self.sourceModel()).rows[source_row].decision == self.decision

    def lessThan(self, left: Index, right: Index) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


class ReviewPanel(QWidget):
    annotation_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = FoldingHeading(self)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        progress = translate("ReviewPanel", "%v of %m reviewed")  # Qt fills %v and %m
        self.progress.setFormat(progress)
        widest = progress.replace("%v", "0000").replace("%m", "0000")
        self.progress.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 24)
        self.filter_box = QComboBox(self)
        self.filter_box.setAccessibleName(translate("ReviewPanel", "Show annotations"))
        for label, decision in FILTERS:
            self.filter_box.addItem(translated("ReviewPanel", label), decision)
        self.filter_box.currentIndexChanged.connect(self._filter_chosen)
        self.model = ReviewModel(self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self, self.proxy, 0)
        self.table.setSortingEnabled(False)
        self.proxy.sort(0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The difference says what changed ("Jon changed the verdict of …"): it gets the room.
        header.setSectionResizeMode(COLUMNS.index("Difference"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setAccessibleName(translate("ReviewPanel", "Annotations to review"))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.dataChanged.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)

        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.progress)
        show = QLabel(translate("ReviewPanel", "Show:"), self)
        show.setBuddy(self.filter_box)
        top.addWidget(show)
        top.addWidget(self.filter_box)
        self.top = top
        self.head = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.head.addWidget(self.heading, 1)
        self.head.addLayout(top)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(self.head)
        layout.addWidget(self.table, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The heading beside the counts where that leaves it room, else above them, on
        one line where the panel is short; the columns as wide as the panel allows."""
        size = event.size()
        wide = size.width() - self.top.sizeHint().width() >= HEADING_BESIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.head.direction() != direction:
            self.head.setDirection(direction)
        self.heading.fold(size.height() < FOLD_BELOW * self.fontMetrics().height())
        kept = sum(KEPT_WIDTHS.values()) + 2 * COLUMN_LEAST  # the difference's least
        room = size.width() - kept - self.table.verticalScrollBar().sizeHint().width() - 12
        share = min(1.0, room / sum(COLUMN_WIDTHS.values()))
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, max(COLUMN_LEAST, int(width * share)))
        for column, width in KEPT_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        super().resizeEvent(event)

    def set_rows(self, rows: list[ReviewRow]) -> None:
        current = self.current_annotation()
        self.model.set_rows(rows)
        if current:
            self.select(current)

    def current_annotation(self) -> str:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def select(self, annotation_id: str) -> bool:
        """Make a row current (if the filter shows it); False when it is not shown."""
        row = self.model.position_of(annotation_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        if index.row() != self.table.currentIndex().row():
            self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def next_unreviewed(self, after: str) -> str:
        """The first unreviewed annotation after `after` in document order, wrapping."""
        rows = sorted(self.model.rows, key=lambda row: row.order)
        current = self.model.row_for(after)
        start = current.order if current else -1
        pending = [row for row in rows if not row.decision and row.annotation_id != after]
        later = [row for row in pending if row.order > start]
        chosen = next(iter(later or pending), None)
        return chosen.annotation_id if chosen else ""

    def step(self, step: int) -> str:
        """The row `step` rows from the current one in the panel's order, wrapping."""
        count = self.proxy.rowCount()
        if count == 0:
            return ""
        current = self.table.currentIndex()
        row = (current.row() + step) % count if current.isValid() else 0
        return self.proxy.index(row, 0).data(ID_ROLE)

    def show_all(self) -> None:
        self.filter_box.setCurrentIndex(self.filter_box.findData(None))

    def _filter_chosen(self, index: int) -> None:
        current = self.current_annotation()
        self.proxy.set_decision(self.filter_box.itemData(index))
        if current:
            self.select(current)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.annotation_selected.emit(current.data(ID_ROLE))

    def _update_counts(self) -> None:
        counts = self.model.counts()
        self.counts_label.setText(
            translate(
                "ReviewPanel", "{pending} to review · {accepted} accepted · {rejected} rejected"
            ).format(pending=counts[""], accepted=counts["accepted"], rejected=counts["rejected"])
        )
        total = len(self.model.rows)
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(total - counts[""])
