"""The read-only, sortable, one-row-at-a-time table that record lists share."""

from __future__ import annotations

from collections.abc import Sized

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from claimdesk.desktop.i18n import translated

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """A flat table of records under fixed column titles; subclasses give `records()`
    (what is counted) and `data()`."""

    columns: tuple[str, ...] = ()
    context = ""
    """Where `columns` were marked (`mark(context, ...)`): their titles are shown translated."""

    def records(self) -> Sized:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(self.context, self.columns[section])
        return None


def record_table(parent: QWidget, model: QAbstractItemModel, sort_column: int) -> QTableView:
    """A compact table of records: whole rows selected, no editing, no row numbers."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 8)
    table.setWordWrap(False)
    return table
