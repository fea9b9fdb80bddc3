"""Find in all articles: every match with its context; activating one shows it in a pane."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.desktop.session import ProjectSession

MAX_RESULTS = 500
CONTEXT = 40
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1


def find_in_texts(
    texts: list[tuple[str, str, str]], needle: str, limit: int = MAX_RESULTS
) -> list[tuple[str, str, int, int, str]]:
    """(article id, title, start, end, context) of each case-insensitive match."""
    results: list[tuple[str, str, int, int, str]] = []
    wanted = needle.casefold()
    if not wanted:
        return results
    for article_id, title, text in texts:
        folded = text.casefold()
        haystack, target = (folded, wanted) if len(folded) == len(text) else (text, needle)
        start = haystack.find(target)
        while start != -1:
            end = start + len(target)
            before = text[max(0, start - CONTEXT) : start]
            after = text[end : end + CONTEXT]
            context = " ".join(f"…{before}[{text[start:end]}]{after}…".split())
            results.append((article_id, title, start, end, context))
            if len(results) >= limit:
                return results
            start = haystack.find(target, start + 1)
    return results


class SearchAllDialog(QDialog):
    result_activated = Signal(str, int, int)  # article id, start, end (code points)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._texts: dict[str, str] = {}
        self.setWindowTitle("Find in all articles")
        self.resize(640, 480)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Words to find in every article of the project")
        self.field.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(self._activate)
        session.closing.connect(self._timer.stop)
        session.closing.connect(self.close)

    def search(self) -> None:
        store = self.session.store
        texts = []
        for article in store.articles():
            if article.id not in self._texts:  # article text never changes: read it once
                self._texts[article.id] = store.article(article.id).text
            texts.append((article.id, article.title, self._texts[article.id]))
        matches = find_in_texts(texts, self.field.text())
        self.results.clear()
        for article_id, title, start, end, context in matches:
            item = QListWidgetItem(f"{title}\n{context}")
            item.setData(MATCH_ROLE, (article_id, start, end))
            self.results.addItem(item)
        if not self.field.text():
            self.summary.setText("")
        else:
            more = " (first matches only)" if len(matches) >= MAX_RESULTS else ""
            articles = len({match[0] for match in matches})
            self.summary.setText(f"{len(matches)} matches in {articles} articles{more}")

    def _enter(self) -> None:
        self._timer.stop()
        self.search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _activate(self, item: QListWidgetItem) -> None:
        article_id, start, end = item.data(MATCH_ROLE)
        self.result_activated.emit(article_id, start, end)
