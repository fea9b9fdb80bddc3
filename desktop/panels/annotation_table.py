"""All annotations of the articles on screen, filterable by tag, annotator and verdict.

Selecting a row (click or keyboard) shows the annotation in the text. The model sorts and
filters its rows itself, in Python, over light `TableRow` tuples: no proxy model. A sorting
proxy calls `data()` over and over while it sorts (some 300,000 Python calls for 20,000
rows) and even a filtering one calls back once per row on every reset; here the default
order (articles as the panes show them, then offsets) is plain tuple order sorted in C,
a new row is placed by bisection, and the cells of a row are worked out only when the
view asks for them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import chain, groupby
from operator import itemgetter

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.analysis.text_folding import fold
from claimdesk.db.records.table_rows import TableRow, table_row, table_rows
from claimdesk.desktop.i18n import mark, translate
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .record_table import Index, RecordTableModel, record_table

COLUMNS = (
    mark("AnnotationTableModel", "Article"),
    mark("AnnotationTableModel", "Text"),
    mark("AnnotationTableModel", "Tag"),
    mark("AnnotationTableModel", "Annotator"),
    mark("AnnotationTableModel", "Verdict"),
    mark("AnnotationTableModel", "Note"),
    mark("AnnotationTableModel", "Created"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANY = ""
FALLBACK_COLOR = "#999999"


class RowFilter:
    """Which rows are listed: a tag, an annotator, a verdict, words in quote/note/title."""

    def __init__(self, title_of: Callable[[str], str]):
        self.tag_id = ANY
        self.annotator_id = ANY
        self.verdict_id = ANY
        self.text = ""
        self.only_annotator = ANY  # blind annotation: nobody else's rows, whatever is chosen
        self._title_of = title_of

    def is_open(self) -> bool:
        return not (
            self.tag_id or self.annotator_id or self.verdict_id or self.text or self.only_annotator
        )

    def accepts(self, row: TableRow) -> bool:
        if self.only_annotator and row.annotator_id != self.only_annotator:
            return False
        if self.tag_id and row.tag_id != self.tag_id:
            return False
        if self.annotator_id and row.annotator_id != self.annotator_id:
            return False
        if self.verdict_id and (row.verdict_id or "") != self.verdict_id:
            return False
        needle = fold(self.text)  # accents and case ignored: "Rodriguez" finds "Rodríguez"
        if not needle:
            return True
        return needle in fold(f"{row.quote}\n{row.note}\n{self._title_of(row.article_id)}")


class AnnotationTableModel(RecordTableModel):
    """All rows kept in ascending key order, the listed ones (`rows`) a filtered copy;
    a descending sort reads them back to front."""

    columns = COLUMNS
    context = "AnnotationTableModel"

    def __init__(self, session: ProjectSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.filter = RowFilter(session.article_title)
        self.all_rows: list[TableRow] = []
        self.rows: list[TableRow] = []
        self._by_id: dict[str, TableRow] = {}
        self._article_rank: dict[str, int] = {}
        self._column = 0
        self._descending = False

    def records(self) -> list[TableRow]:
        return self.rows

    # What a row shows

    def cells(self, row: TableRow) -> tuple[str, ...]:
        session = self._session
        tag = session.tag(row.tag_id)
        verdict = session.verdict(row.verdict_id)
        return (
            session.article_title(row.article_id),
            row.quote,
            tag.name if tag else "?",
            session.annotator_name(row.annotator_id),
            verdict.name if verdict else "",
            row.note,
            row.created[:16].replace("T", " "),
        )

    def position(self, row: TableRow) -> tuple:
        """Where the annotation is: its article in pane order, then its offset (and id)."""
        rank = self._article_rank
        return (rank.get(row.article_id, len(rank)), row.start, row.annotation_id)

    def sort_key(self, row: TableRow) -> tuple:
        """What the current column sorts by; the position breaks ties (unique, by its id)."""
        if self._column <= 0:
            return self.position(row)
        return (self.cells(row)[self._column], self.position(row))

    def _sort_all(self) -> None:
        if self._column > 0:
            self.all_rows.sort(key=self.sort_key)
            return
        # By position: plain tuple order (article id, offset, id) in C, then the articles'
        # runs put in pane order; a key function would cost a Python call per row.
        self.all_rows.sort()
        runs = [list(run) for _, run in groupby(self.all_rows, key=itemgetter(0))]
        runs.sort(key=lambda run: self.position(run[0]))
        self.all_rows = list(chain.from_iterable(runs))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.cells(row)[column].split())[:200]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 5):
            return plain_tooltip(self.cells(row)[column])  # never as HTML
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            tag = self._session.tag(row.tag_id)
            return QColor(tag.color if tag else FALLBACK_COLOR)
        if role == ID_ROLE:
            return row.annotation_id
        return None

    # Filling, sorting, filtering

    def set_rows(self, rows: list[TableRow], article_order: list[str] | None = None) -> None:
        """All rows, with the articles' order (the panes', left to right) if it changed."""
        self.beginResetModel()
        if article_order is not None:
            self._article_rank = {a: n for n, a in enumerate(dict.fromkeys(article_order))}
        self._by_id = {row.annotation_id: row for row in rows}
        self.all_rows = list(self._by_id.values())
        self._sort_all()
        self._list_accepted()
        self.endResetModel()

    def set_filter(self, **values: str) -> None:
        self.beginResetModel()
        for key, value in values.items():
            setattr(self.filter, key, value)
        self._list_accepted()
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
        self._sort_all()
        self._list_accepted()
        self.changePersistentIndexList(
            persistent, [self.index(self.row_of(i) or 0, column) for i, column in held]
        )
        self.layoutChanged.emit()

    def _list_accepted(self) -> None:
        accepts = self.filter.accepts
        self.rows = (
            list(self.all_rows)
            if self.filter.is_open()
            else [row for row in self.all_rows if accepts(row)]
        )

    # Rows by position

    def row_at(self, view_row: int) -> TableRow:
        return self.rows[-1 - view_row if self._descending else view_row]

    def _view_row(self, position: int) -> int:
        return len(self.rows) - 1 - position if self._descending else position

    def _position(self, rows: list[TableRow], row: TableRow) -> int:
        return bisect_left(rows, self.sort_key(row), key=self.sort_key)

    def row_of(self, annotation_id: str, row: TableRow | None = None) -> int | None:
        """Where the annotation is listed, or None when it is not (filtered out, unknown)."""
        row = row or self._by_id.get(annotation_id)
        if row is None:
            return None
        position = self._position(self.rows, row)
        if position == len(self.rows) or self.rows[position] is not row:
            return None
        return self._view_row(position)

    def annotation_ids(self) -> list[str]:
        return [row.annotation_id for row in self.all_rows]

    # One row at a time: never a reset

    def put_row(self, row: TableRow) -> None:
        """Insert a new annotation's row in its sorted place, or update it in place."""
        old = self._by_id.get(row.annotation_id)
        if old is not None and self._same_place(old, row):
            self.all_rows[self._position(self.all_rows, old)] = row
            self._by_id[row.annotation_id] = row
            view_row = self.row_of(old.annotation_id, old)
            if view_row is not None:
                self.rows[-1 - view_row if self._descending else view_row] = row
                self.dataChanged.emit(
                    self.index(view_row, 0), self.index(view_row, len(COLUMNS) - 1)
                )
            return
        if old is not None:
            self.remove_row(row.annotation_id)
        self.all_rows.insert(self._position(self.all_rows, row), row)
        self._by_id[row.annotation_id] = row
        if not self.filter.accepts(row):
            return
        position = self._position(self.rows, row)
        view_row = self._view_row(position) + (1 if self._descending else 0)
        self.beginInsertRows(QModelIndex(), view_row, view_row)
        self.rows.insert(position, row)
        self.endInsertRows()

    def _same_place(self, old: TableRow, new: TableRow) -> bool:
        """An edit that neither moves the row nor changes whether it is listed."""
        accepts = self.filter.accepts
        return self.sort_key(old) == self.sort_key(new) and accepts(old) == accepts(new)

    def remove_row(self, annotation_id: str) -> None:
        row = self._by_id.pop(annotation_id, None)
        if row is None:
            return
        del self.all_rows[self._position(self.all_rows, row)]
        position = self._position(self.rows, row)
        if position < len(self.rows) and self.rows[position] is row:
            view_row = self._view_row(position)
            self.beginRemoveRows(QModelIndex(), view_row, view_row)
            del self.rows[position]
            self.endRemoveRows()


class AnnotationTable(QWidget):
    annotation_activated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._article_ids: list[str] = []
        self._awaited = ""
        self.model = AnnotationTableModel(session, self)
        self.tag_filter = QComboBox(self)
        self.annotator_filter = QComboBox(self)
        self.verdict_filter = QComboBox(self)
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(translate("AnnotationTable", "Filter by text or note…"))
        self.text_filter.setAccessibleName(translate("AnnotationTable", "Filter by text or note"))
        self.tag_filter.setAccessibleName(translate("AnnotationTable", "Show tag"))
        self.annotator_filter.setAccessibleName(translate("AnnotationTable", "Show annotator"))
        self.verdict_filter.setAccessibleName(translate("AnnotationTable", "Show verdict"))
        self.text_filter.setClearButtonEnabled(True)
        for box, key in (
            (self.tag_filter, "tag_id"),
            (self.annotator_filter, "annotator_id"),
            (self.verdict_filter, "verdict_id"),
        ):
            box.currentIndexChanged.connect(
                lambda _i, b=box, k=key: self._set_filter(**{k: b.currentData() or ANY})
            )
        self.text_filter.textChanged.connect(lambda text: self._set_filter(text=text))
        self.table = record_table(self, self.model, sort_column=0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (0, 2, 3, 4):
            header.resizeSection(column, 140)
        header.resizeSection(6, self.fontMetrics().horizontalAdvance("2026-01-01 00:00") + 16)
        self.table.setAccessibleName(translate("AnnotationTable", "Annotations"))
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
        self._refresh_timer.stop()  # a refresh asked for meanwhile would read the same rows
        selected = self.selected_annotation() or self._awaited
        self.model.set_rows(table_rows(self.session.store, self._article_ids), self._article_ids)
        self._fill_filters()
        if selected:
            self.select_annotation(selected)

    def show_only(self, annotator_id: str) -> None:
        """Blind annotation: list only this annotator's rows ("": everyone's)."""
        self.annotator_filter.setEnabled(not annotator_id)
        self._set_filter(only_annotator=annotator_id)

    def _set_filter(self, **values: str) -> None:
        selected = self.selected_annotation()
        self.model.set_filter(**values)
        if selected:
            self.select_annotation(selected)

    def _update_rows(self, annotation_ids: frozenset[str]) -> None:
        store = self.session.store
        shown = set(self._article_ids)
        for annotation_id in annotation_ids:
            row = table_row(store, annotation_id)
            if row is None or row.article_id not in shown:
                self.model.remove_row(annotation_id)
            else:
                self.model.put_row(row)
                if annotation_id == self._awaited:  # just tagged: its row is the current one
                    # After the highlight is repainted: scrolling a 20,000-row table to the
                    # row and repainting it would add 1-2 ms to the key press.
                    QTimer.singleShot(0, self, lambda a=annotation_id: self._select_if_awaited(a))

    def selected_annotation(self) -> str:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def select_annotation(self, annotation_id: str) -> None:
        """Make the annotation's row current and scroll to it; an annotation not listed yet
        (the caret lands on a new highlight before the table hears of it) is selected when
        its row arrives."""
        row = self.model.row_of(annotation_id)
        self._awaited = annotation_id if row is None else ""
        if row is None:
            return
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.blockSignals(True)
            self.table.setCurrentIndex(index)
            self.table.blockSignals(False)
            self.table.scrollTo(index)

    def _select_if_awaited(self, annotation_id: str) -> None:
        if annotation_id == self._awaited:
            self.select_annotation(annotation_id)

    def _fill_filters(self) -> None:
        session = self.session
        annotators = {row.annotator_id for row in self.model.all_rows}
        _refill(
            self.tag_filter,
            translate("AnnotationTable", "All tags"),
            [(t.id, t.name) for t in session.tags()],
        )
        _refill(
            self.annotator_filter,
            translate("AnnotationTable", "All annotators"),
            sorted(((a, session.annotator_name(a)) for a in annotators), key=lambda i: i[1]),
        )
        _refill(
            self.verdict_filter,
            translate("AnnotationTable", "All verdicts"),
            [(v.id, v.name) for v in session.verdicts()],
        )

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
