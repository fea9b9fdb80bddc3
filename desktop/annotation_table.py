"""All annotations of the articles on screen, filterable by tag, annotator and verdict.

Selecting a row (click or keyboard) shows the annotation in the text. The model keeps its
rows sorted itself (one `list.sort`, a bisect per new row) and the proxy only filters: a
sorting proxy calls `data()` over and over while it sorts, some 300,000 Python calls for
20,000 rows.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import NotFoundError
from claimdesk.db.model import Annotation

from .plain_text import plain_tooltip
from .record_table import Index, RecordTableModel, record_table
from .session import Change, ProjectSession

COLUMNS = ("Article", "Text", "Tag", "Annotator", "Verdict", "Note", "Created")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
ANY = ""


@dataclass(frozen=True)
class Row:
    annotation_id: str
    article: str
    quote: str
    tag_id: str
    tag: str
    color: str
    annotator_id: str
    annotator: str
    verdict_id: str
    verdict: str
    note: str
    created: str
    position: tuple[str, int]

    def cells(self) -> tuple:
        return (
            self.article,
            self.quote,
            self.tag,
            self.annotator,
            self.verdict,
            self.note,
            self.created,
        )


def sort_key(row: Row, column: int) -> tuple:
    """What a column sorts by; position and id break ties, so every key is unique."""
    if column <= 0:
        return (row.position, row.annotation_id)
    return (row.cells()[column], row.position, row.annotation_id)


class AnnotationTableModel(RecordTableModel):
    """Rows kept in ascending key order; a descending sort reads them back to front."""

    columns = COLUMNS

    def records(self) -> list[Row]:
        return self.rows

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self._keys: list[tuple] = []
        self._by_id: dict[str, Row] = {}
        self._column = 0
        self._descending = False

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._by_id = {row.annotation_id: row for row in rows}
        self._order(list(self._by_id.values()))
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort once, in Python; selections and the current row follow their annotations."""
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._column, self._descending):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.row_at(index.row()).annotation_id, index.column()) for index in persistent]
        self._column, self._descending = column, descending
        self._order(self.rows)
        self.changePersistentIndexList(
            persistent, [self.index(self.row_of(i) or 0, column) for i, column in held]
        )
        self.layoutChanged.emit()

    def _order(self, rows: list[Row]) -> None:
        column = self._column
        rows.sort(key=lambda row: sort_key(row, column))
        self.rows = rows
        self._keys = [sort_key(row, column) for row in rows]

    def row_at(self, view_row: int) -> Row:
        return self.rows[-1 - view_row if self._descending else view_row]

    def _view_row(self, position: int) -> int:
        return len(self.rows) - 1 - position if self._descending else position

    def _position(self, row: Row) -> int:
        return bisect_left(self._keys, sort_key(row, self._column))

    def row_of(self, annotation_id: str) -> int | None:
        row = self._by_id.get(annotation_id)
        return None if row is None else self._view_row(self._position(row))

    def put_row(self, row: Row) -> None:
        """Insert a new annotation's row in its sorted place, or update it: never a reset."""
        old = self._by_id.get(row.annotation_id)
        if old is not None:
            key = sort_key(row, self._column)
            position = self._position(old)
            if self._keys[position] == key:
                self.rows[position] = self._by_id[row.annotation_id] = row
                view_row = self._view_row(position)
                self.dataChanged.emit(
                    self.index(view_row, 0), self.index(view_row, len(COLUMNS) - 1)
                )
                return
            self.remove_row(row.annotation_id)
        position = self._position(row)
        view_row = self._view_row(position) + (1 if self._descending else 0)
        self.beginInsertRows(QModelIndex(), view_row, view_row)
        self.rows.insert(position, row)
        self._keys.insert(position, sort_key(row, self._column))
        self._by_id[row.annotation_id] = row
        self.endInsertRows()

    def remove_row(self, annotation_id: str) -> None:
        row = self._by_id.get(annotation_id)
        if row is None:
            return
        position = self._position(row)
        view_row = self._view_row(position)
        self.beginRemoveRows(QModelIndex(), view_row, view_row)
        del self.rows[position], self._keys[position], self._by_id[annotation_id]
        self.endRemoveRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.cells()[column]
            return " ".join(value.split())[:200] if isinstance(value, str) else value
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 5):
            return plain_tooltip(str(row.cells()[column]))  # never as HTML
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return QColor(row.color)
        if role == ID_ROLE:
            return row.annotation_id
        if role == FILTER_ROLE:
            return row
        return None


class _FilterProxy(QSortFilterProxyModel):
    """Filters only: sorting is handed to the source model, which does it in one pass."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tag_id = ANY
        self.annotator_id = ANY
        self.verdict_id = ANY
        self.text = ""

    def set_filter(self, **values) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, parent: Index) -> bool:
        if not (self.tag_id or self.annotator_id or self.verdict_id or self.text):
            return True
        row: Row = self.sourceModel().row_at(source_row)
        if self.tag_id and row.tag_id != self.tag_id:
            return False
        if self.annotator_id and row.annotator_id != self.annotator_id:
            return False
        if self.verdict_id and row.verdict_id != self.verdict_id:
            return False
        needle = self.text.casefold()
        return not needle or needle in f"{row.quote}\n{row.note}\n{row.article}".casefold()


class AnnotationTable(QWidget):
    annotation_activated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._article_ids: list[str] = []
        self.model = AnnotationTableModel(self)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tag_filter = QComboBox(self)
        self.annotator_filter = QComboBox(self)
        self.verdict_filter = QComboBox(self)
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText("Filter by text or note…")
        self.text_filter.setClearButtonEnabled(True)
        for box, key in (
            (self.tag_filter, "tag_id"),
            (self.annotator_filter, "annotator_id"),
            (self.verdict_filter, "verdict_id"),
        ):
            box.currentIndexChanged.connect(
                lambda _i, b=box, k=key: self.proxy.set_filter(**{k: b.currentData() or ANY})
            )
        self.text_filter.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.table = record_table(self, self.proxy, sort_column=0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (0, 2, 3, 4):
            header.resizeSection(column, 140)
        header.resizeSection(6, self.fontMetrics().horizontalAdvance("2026-01-01 00:00") + 16)
        self.table.clicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        filters = QHBoxLayout()
        filters.addWidget(self.text_filter, 2)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.annotator_filter, 1)
        filters.addWidget(self.verdict_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        session.closing.connect(self._refresh_timer.stop)
        session.changed.connect(self._on_changed)
        self._fill_filters()

    def set_articles(self, article_ids: list[str]) -> None:
        if article_ids != self._article_ids:
            self._article_ids = list(article_ids)
            self._refresh_timer.start()

    def refresh(self) -> None:
        store = self.session.store
        rows = [
            self._row(annotation)
            for article_id in dict.fromkeys(self._article_ids)
            for annotation in store.annotations(article_id)
        ]
        selected = self.selected_annotation()
        self.model.set_rows(rows)
        self._fill_filters()
        if selected:
            self.select_annotation(selected)

    def _row(self, a: Annotation) -> Row:
        session = self.session
        tag = session.tag(a.tag_id)
        verdict = session.verdict(a.verdict_id)
        return Row(
            a.id,
            session.article_title(a.article_id),
            a.quote,
            a.tag_id,
            tag.name if tag else "?",
            tag.color if tag else "#999999",
            a.annotator_id,
            session.annotator_name(a.annotator_id),
            a.verdict_id or "",
            verdict.name if verdict else "",
            a.note,
            a.created[:16].replace("T", " "),
            (a.article_id, a.start),
        )

    def _update_rows(self, annotation_ids: frozenset[str]) -> None:
        store = self.session.store
        shown = set(self._article_ids)
        for annotation_id in annotation_ids:
            try:
                annotation = store.annotation(annotation_id)
            except NotFoundError:
                continue
            if annotation.deleted or annotation.article_id not in shown:
                self.model.remove_row(annotation_id)
            else:
                self.model.put_row(self._row(annotation))

    def selected_annotation(self) -> str:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def select_annotation(self, annotation_id: str) -> None:
        row = self.model.row_of(annotation_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.blockSignals(True)
            self.table.setCurrentIndex(index)
            self.table.blockSignals(False)
            self.table.scrollTo(index)

    def _fill_filters(self) -> None:
        session = self.session
        annotators = {row.annotator_id: row.annotator for row in self.model.rows}
        _refill(self.tag_filter, "All tags", [(t.id, t.name) for t in session.tags()])
        _refill(
            self.annotator_filter,
            "All annotators",
            sorted(annotators.items(), key=lambda item: item[1]),
        )
        _refill(self.verdict_filter, "All verdicts", [(v.id, v.name) for v in session.verdicts()])

    def _on_changed(self, change: Change) -> None:
        if change.everything or change.scheme:
            self._refresh_timer.start()
        elif change.annotations:
            self._update_rows(change.annotations)
        elif set(change.articles) & set(self._article_ids):
            self._refresh_timer.start()  # article metadata: titles in every row

    def _activated(self, index: QModelIndex) -> None:
        annotation_id = index.siblingAtColumn(0).data(ID_ROLE)
        if annotation_id:
            self.annotation_activated.emit(annotation_id)


def _refill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everything, ANY)
    for item_id, name in items:
        box.addItem(name, item_id)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.blockSignals(False)
