"""The project's articles: title, outlet, date and annotation count, with a filter box.

Under blind annotation (View → Show only my annotations) the count is of your own
annotations: a colleague's work must not show even as a number."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db.analysis.text_folding import Needle
from claimdesk.db.records import blind_annotation
from claimdesk.db.records.model import ArticleSummary
from claimdesk.desktop.actions.actions import context_menu
from claimdesk.desktop.actions.shortcuts import key_label
from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.i18n.locale_format import count, short_date
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.exact_option import exact_box
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .record_table import Index, RecordTableModel, record_table

COLUMNS = (
    mark("ArticleListModel", "Title"),
    mark("ArticleListModel", "Outlet"),
    mark("ArticleListModel", "Date"),
    mark("ArticleListModel", "Annotations"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticleListModel(RecordTableModel):
    columns = COLUMNS
    context = "ArticleListModel"

    def records(self) -> list[ArticleSummary]:
        return self._articles

    def __init__(self, parent=None):
        super().__init__(parent)
        self._articles: list[ArticleSummary] = []

    def set_articles(self, articles: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._articles = list(articles)
        self.endResetModel()

    def set_counts(self, counts: dict[str, int]) -> None:
        """New annotation counts for some articles, without resetting the list."""
        for row, article in enumerate(self._articles):
            if article.id in counts and counts[article.id] != article.annotation_count:
                self._articles[row] = replace(article, annotation_count=counts[article.id])
                self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        article = self._articles[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:  # what sorts: the ISO date, the number
            return (article.title, article.outlet, article.date, article.annotation_count)[column]
        if role == Qt.ItemDataRole.DisplayRole:  # the date or count written as the language does
            if column == 2:
                return short_date(article.date)
            if column == 3:
                return count(article.annotation_count)
            return (article.title, article.outlet)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            date = short_date(article.date)
            details = [article.title, article.outlet, article.author, date, article.url]
            # Escaped: Qt renders a tooltip that looks like HTML (a title `<img src=…>`).
            return plain_tooltip("\n".join(part for part in details if part))
        if role == ID_ROLE:
            return article.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class _FilterProxy(QSortFilterProxyModel):
    """Articles whose title, outlet or date contain the typed text: accents and case
    ignored ("Rodriguez" finds "Rodríguez"), or exactly as typed.

    The text is kept as a Python string: reading it back from Qt's regular expression
    on every row cost a call per row, and making the first one ~1 ms at start-up."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.needle = Needle("")

    def set_needle(self, text: str, exact: bool) -> None:
        self.beginFilterChange()
        self.needle = Needle(text, exact=exact)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self.needle:
            return True
        model = self.sourceModel()
        text = " ".join(str(model.index(row, c, parent).data() or "") for c in range(3))
        text += " " + str(model.index(row, 2, parent).data(Qt.ItemDataRole.EditRole) or "")
        return self.needle.found_in(text)


class ArticleList(QWidget):
    article_activated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = ArticleListModel(self)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(translate("ArticleList", "Filter articles…"))
        self.filter_box.setAccessibleName(translate("ArticleList", "Filter articles"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.exact = exact_box(self, "articles")
        self.exact.toggled.connect(self._filter)
        self.table = record_table(self, self.proxy, sort_column=-1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 110)
        # Fixed widths, not ResizeToContents: that re-measures every row of the column
        # (thousands of data() calls) each time a count changes, i.e. on every tag key.
        metrics = self.fontMetrics()
        for column, widest in ((2, "2026-12-31"), (3, translated("ArticleListModel", COLUMNS[3]))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 20)
        self.table.setAccessibleName(translate("ArticleList", "Articles"))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.filter_box, 1)
        filter_row.addWidget(self.exact)
        layout.addLayout(filter_row)
        layout.addWidget(self.table)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        session.closing.connect(self._refresh_timer.stop)
        session.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_articles(blind_annotation.articles(self.session.store, self._only()))

    def _only(self) -> str:
        """Whose annotations are counted: yours alone under blind annotation, else all."""
        return blind_annotation.shown_annotator(self.session.store, self.session.annotator.id)

    def selected_article_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def _on_changed(self, change: Change) -> None:
        if change.article_metadata or change.everything:
            # Coalesced: a burst of changes (an import, an undo of many) refreshes once.
            self._refresh_timer.start()
        elif change.annotations:
            # Tagging or deleting: only the counts of the articles it touched change.
            articles = list(change.articles)
            store = self.session.store
            self.model.set_counts(blind_annotation.annotation_counts(store, articles, self._only()))

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        article_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if not article_id:
            return
        self.table.setCurrentIndex(index)
        handlers = {
            "articles.open": lambda: self.article_activated.emit(article_id),
            "articles.delete": lambda: self.delete_article(article_id),
        }
        menu = QMenu(self)
        for item in context_menu("articles"):  # as the action registry lists them
            if item.separator_before:
                menu.addSeparator()
            keys = key_label(item)
            text = translated("Actions", item.text)  # marked in the action registry
            menu.addAction(text + (f"\t{keys}" if keys else ""), handlers[item.id])
        menu.exec(self.table.viewport().mapToGlobal(position))

    def delete_article(self, article_id: str) -> None:
        """Asks first, with the counts of what the article carries; undoable."""
        # Deleting loads its dialog and the deletion rules: not before the first frame.
        from claimdesk.desktop.commands.article_commands import confirm_and_delete

        confirm_and_delete(self, self.session, article_id)

    def _filter(self, *_args) -> None:
        self.proxy.set_needle(self.filter_box.text(), self.exact.isChecked())

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.siblingAtColumn(0).data(ID_ROLE)
        if article_id:
            self.article_activated.emit(article_id)
