"""Find in all articles: ranked results as you type; activating one opens its article at
the first hit, selected.

The project's full-text index answers (`db/search`). After an upgrade or a large import
it first catches up in the background, with progress and Cancel; cancelled, the dialog
searches what is indexed and says how many articles it left out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import ClaimdeskError, Store
from claimdesk.db.search.search import (
    SearchResults,
    articles_to_index,
    search_articles,
    update_index,
)
from claimdesk.desktop.flows.tasks import BackgroundTask, run_in_background
from claimdesk.desktop.i18n import mark, translate, translate_n, translated
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.exact_option import exact_box
from claimdesk.desktop.widgets.search_runner import SearchRunner

MAX_SHOWN = 200
INDEX_IN_BACKGROUND = 300
"""More changed articles than this are indexed off the UI thread before a search."""
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
HELP = mark(
    "SearchAllDialog",
    'Words (all must appear), "a phrase", prefix*, OR, -left out;'
    " case and accents ignored unless Exact is on",
)


class SearchAllDialog(QDialog):
    result_activated = Signal(str, int, int)  # article id, start, end (code points)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.indexing: BackgroundTask | None = None
        self.setWindowTitle(translate("SearchAllDialog", "Find in all articles"))
        self.resize(700, 500)
        self.field = QLineEdit(self)
        # The syntax is said whole under the field until something is typed: as the
        # placeholder it was cut at the dialog's width.
        self.field.setPlaceholderText(translate("SearchAllDialog", "Find in all articles"))
        self.field.setToolTip(translated("SearchAllDialog", HELP))
        self.field.setAccessibleName(translate("SearchAllDialog", "Find in all articles"))
        self.field.setClearButtonEnabled(True)
        self.exact = exact_box(self, "search")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setText(translated("SearchAllDialog", HELP))
        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setAccessibleName(translate("SearchAllDialog", "Matching articles"))
        layout = QVBoxLayout(self)
        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.exact)
        layout.addLayout(field_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self._asked = 0  # the newest search's number: older answers are dropped
        self.runner = SearchRunner(session.store.path, lambda: search_articles, self)
        self.runner.answered.connect(self._answered)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search_as_typed)
        self.field.textChanged.connect(self._timer.start)
        self.exact.toggled.connect(self.search)
        self.field.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(self._activate)
        session.changed.connect(self._project_changed)
        session.closing.connect(self._timer.stop)
        session.closing.connect(self.runner.stop)  # its connection closes before the project
        self.finished.connect(self.runner.stop)
        session.closing.connect(self.close)
        if articles_to_index(session.store) > INDEX_IN_BACKGROUND:
            self._index_in_background()

    def search(self) -> None:
        """Show the articles matching the field's text, best first (here and now: Enter,
        Exact; as you type, `_search_as_typed` asks the worker)."""
        self._asked += 1
        if not self._typed():
            return
        try:
            found = search_articles(
                self.session.store,
                self.field.text(),
                limit=MAX_SHOWN,
                catch_up=self.indexing is None,
                exact=self.exact.isChecked(),
            )
        except ClaimdeskError as error:
            self._show(error)
            return
        self._show(found)

    def _search_as_typed(self) -> None:
        """Ask the worker, the index brought up to date here first (it writes)."""
        self._asked += 1
        if not self._typed():
            return
        try:
            if self.indexing is None:
                update_index(self.session.store)
        except ClaimdeskError as error:
            self._show(error)
            return
        self.runner.ask((self._asked, self.field.text(), self.exact.isChecked(), MAX_SHOWN))

    def _answered(self, number: int, found: object) -> None:
        if number == self._asked and isinstance(found, (SearchResults, ClaimdeskError)):
            self._show(found)

    def _typed(self) -> bool:
        """Whether there is something to search for; if not, the list is emptied."""
        if self.field.text().strip():
            return True
        self.results.clear()
        self.summary.setText(translated("SearchAllDialog", HELP))
        return False

    def _show(self, found: SearchResults | ClaimdeskError) -> None:
        self.results.clear()
        if isinstance(found, ClaimdeskError):
            self.summary.setText(message_text(found))
            return
        for hit in found.hits:
            title = hit.title or translate("SearchAllDialog", "(untitled)")
            item = QListWidgetItem(f"{title}\n{hit.bracketed()}")
            start, end = hit.hits[0] if hit.hits else (0, 0)
            item.setData(MATCH_ROLE, (hit.article_id, start, end))
            self.results.addItem(item)
        words = translate_n("SearchAllDialog", "%n articles match", found.total)
        if found.more:  # Exact stopped reading candidates once the list was full
            words = translate_n("SearchAllDialog", "At least %n articles match", found.total)
        shown = ""
        if found.total > len(found.hits):
            shown = translate_n("SearchAllDialog", "; the best %n are listed", len(found.hits))
        behind = ""
        if found.unindexed:
            behind = translate_n(
                "SearchAllDialog", " (%n changed articles not searched yet)", found.unindexed
            )
        nothing = translate("SearchAllDialog", "No articles match")
        self.summary.setText(f"{words}{shown}{behind}" if found.total else f"{nothing}{behind}")

    def _index_in_background(self) -> None:
        path = self.session.store.path
        self.summary.setText(
            translate("SearchAllDialog", "Indexing the project's articles for search…")
        )

        def work(progress, cancelled) -> int:
            with Store.open(path, create=False) as store:
                return update_index(store, progress, cancelled)

        self.indexing = run_in_background(
            self, translate("SearchAllDialog", "Indexing articles for search"), work,
            self._indexed, self._indexed,
            writes_to=self.session,
        )  # fmt: skip

    def _indexed(self, result: object) -> None:
        """Indexing ended (done, cancelled or failed): search what the index holds."""
        self.indexing = None
        self.search()
        if isinstance(result, BaseException):
            self.summary.setText(
                translate(
                    "SearchAllDialog", "The index could not be brought up to date: {error}"
                ).format(error=message_text(result))
            )

    def _project_changed(self, change: Change) -> None:
        if change.article_metadata and self.field.text():
            self._timer.start()

    def _enter(self) -> None:
        self._timer.stop()
        self.search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _activate(self, item: QListWidgetItem) -> None:
        article_id, start, end = item.data(MATCH_ROLE)
        self.result_activated.emit(article_id, start, end)
