"""The annotation table's rows: all annotations of the articles on screen, sorted and
filtered by the model itself.

The model sorts and filters its rows in Python, over light `TableRow` tuples: no proxy
model. A sorting proxy calls `data()` over and over while it sorts (some 300,000 Python
calls for 20,000 rows) and even a filtering one calls back once per row on every reset;
here the default order (articles as the panes show them, then offsets) is plain tuple
order sorted in C, a new row is placed by bisection, and the cells of a row are worked out
only when the view asks for them.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import chain, groupby
from operator import itemgetter

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from claimdesk.db.records.table_rows import TableRow
from claimdesk.desktop.i18n import mark
from claimdesk.desktop.i18n.locale_format import date_time
from claimdesk.desktop.session import ProjectSession
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .annotation_filters import RowFilter
from .record_table import Index, RecordTableModel

COLUMNS = (
    mark("AnnotationTableModel", "Article"),
    mark("AnnotationTableModel", "Text"),
    mark("AnnotationTableModel", "Tag"),
    mark("AnnotationTableModel", "Annotator"),
    mark("AnnotationTableModel", "Verdict"),
    mark("AnnotationTableModel", "Note"),
    mark("AnnotationTableModel", "Created"),
)
CREATED = COLUMNS.index("Created")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
FALLBACK_COLOR = "#999999"


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

    def cell(self, row: TableRow, column: int) -> str:
        """The text of one column of `row`: only that one is worked out, since a paint or a
        sort asks for one column of many rows (a date is formatted only for its column)."""
        session = self._session
        if column == 0:
            return session.article_title(row.article_id)
        if column == 1:
            return row.quote
        if column == 2:
            tag = session.tag(row.tag_id)
            return tag.name if tag else "?"
        if column == 3:
            return session.annotator_name(row.annotator_id)
        if column == 4:
            verdict = session.verdict(row.verdict_id)
            return verdict.name if verdict else ""
        if column == 5:
            return row.note
        return date_time(row.created)

    def position(self, row: TableRow) -> tuple:
        """Where the annotation is: its article in pane order, then its offset (and id)."""
        rank = self._article_rank
        return (rank.get(row.article_id, len(rank)), row.start, row.annotation_id)

    def sort_key(self, row: TableRow) -> tuple:
        """What the current column sorts by; the position breaks ties (unique, by its id)."""
        if self._column <= 0:
            return self.position(row)
        if self._column == CREATED:  # by the moment, not by how the language writes it
            return (row.created, self.position(row))
        return (self.cell(row, self._column), self.position(row))

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
            return " ".join(self.cell(row, column).split())[:200]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 5):
            return plain_tooltip(self.cell(row, column))  # never as HTML
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
