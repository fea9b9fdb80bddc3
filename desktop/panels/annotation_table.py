"""All annotations of the articles on screen, filterable by tag, annotator and verdict.

Selecting a row (click or keyboard) shows the annotation in the text. The rows and their
order are `annotation_table_model`'s, the filter bar is `annotation_filters`'.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from claimdesk.db.records.table_rows import table_row, table_rows
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import Change, ProjectSession

from .annotation_filters import AnnotationFilters
from .annotation_table_model import COLUMNS, ID_ROLE, AnnotationTableModel
from .record_table import record_table

__all__ = ["COLUMNS", "ID_ROLE", "AnnotationTable", "AnnotationTableModel"]


class AnnotationTable(QWidget):
    annotation_activated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._article_ids: list[str] = []
        self._awaited = ""
        self.model = AnnotationTableModel(session, self)
        self.filters = AnnotationFilters(self)
        self.filters.changed.connect(lambda key, value: self._set_filter(**{key: value}))
        # Its boxes, by the names they had when they were the table's own.
        self.tag_filter = self.filters.tag_filter
        self.annotator_filter = self.filters.annotator_filter
        self.verdict_filter = self.filters.verdict_filter
        self.text_filter = self.filters.text_filter
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filters)
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
        self.filters.fill(self.session, self.model.all_rows)

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
