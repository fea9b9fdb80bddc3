"""Suggested links between the articles in the panes: the same quotation, the same figure
for the same thing, near-identical sentences. Nothing is linked until the user accepts.

Enter (or A) accepts the selected suggestion: missing highlights are created with a
fitting tag and the two are linked, as one undoable step. Delete (or D) dismisses it for
good (undoable too). Selecting a suggestion shows both passages side by side.

Finding suggestions reads every article, so it runs only while the panel is shown, in a
background thread on its own read-only connection, within a time budget; a result that a
later change has made stale is dropped and the search runs again. Every search ends in
words: the suggestions (with what a bounded search left out), or why there are none — an
error, or a search stopped because the panel was hidden. Never a lasting "Looking…".
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.db import Store
from claimdesk.db.analysis.search_budget import SEARCH_SECONDS, Budget
from claimdesk.db.analysis.suggestions import Suggestion, SuggestionSearch, find_suggestions
from claimdesk.db.operations import suggestions as suggestion_ops
from claimdesk.db.records.blind_annotation import shown_annotator
from claimdesk.desktop.commands.commands import OperationCommand
from claimdesk.desktop.i18n import mark, translate, translate_n, translated
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.session import Change, ProjectSession
from claimdesk.desktop.widgets.plain_text import plain_tooltip

REFRESH_DELAY_MS = 250
POLL_MS = 40
"""How often the window looks whether the background search has ended (no signal crosses
threads: a panel closed meanwhile is never called from the worker)."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_FOR_KIND = {"quotation": "quote", "figure": "statistic", "sentence": "checkable claim"}
KIND_LABELS = {
    "quotation": mark("SuggestionsPanel", "Same quotation"),
    "figure": mark("SuggestionsPanel", "Same figure"),
    "sentence": mark("SuggestionsPanel", "Same sentence"),
}


class SuggestionsPanel(QWidget):
    ranges_requested = Signal(list)  # [(article_id, start, end), …] to show side by side
    refreshed = Signal()  # the list shows a finished search
    search_failed = Signal(str)  # the message shown when a search could not be carried out

    def __init__(self, session: ProjectSession, shown_articles, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.shown_articles = shown_articles
        """Callable giving the ids of the articles in the panes: what suggestions cover."""
        self._suggestions: dict[str, Suggestion] = {}
        self._generation = 0  # bumped by every request; older results are stale
        self._search: _Search | None = None
        self.active = False
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._collect)

        self.all_articles = QCheckBox(translate("SuggestionsPanel", "All articles"), self)
        self.all_articles.setToolTip(
            translate("SuggestionsPanel", "Look across every article, not only those in the panes")
        )
        self.all_articles.toggled.connect(self.refresh)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        self.list = _SuggestionList(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(
            translate("SuggestionsPanel", "Enter: accept and link · Delete: dismiss")
        )
        self.list.setAccessibleName(translate("SuggestionsPanel", "Suggested links"))
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(lambda _item: self.accept_current())
        accept = QPushButton(translate("SuggestionsPanel", "&Accept"), self)
        accept.setToolTip(translate("SuggestionsPanel", "Link the two passages (Enter)"))
        accept.clicked.connect(self.accept_current)
        dismiss = QPushButton(translate("SuggestionsPanel", "Dis&miss"), self)
        dismiss.setToolTip(translate("SuggestionsPanel", "Never suggest this pair again (Delete)"))
        dismiss.clicked.connect(self.dismiss_current)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.all_articles)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(accept)
        buttons.addWidget(dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        session.changed.connect(self._on_changed)
        session.closing.connect(self._refresh_timer.stop)
        session.closing.connect(self._cancel_search)

    @property
    def searching(self) -> bool:
        return self._search is not None

    @property
    def refresh_pending(self) -> bool:
        """A refresh is scheduled (changes come in bursts: one search after the last)."""
        return self._refresh_timer.isActive()

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Start a search in the background (if the panel is shown); `refreshed` follows,
        or `search_failed`."""
        self._generation += 1
        if self._search is not None:
            self._search.cancel()  # stale: it ends soon, and the search runs again
            return
        if not self.active:
            return  # searched when shown
        scope = None if self.all_articles.isChecked() else self.shown_articles()
        if scope is not None and len(set(scope)) < 2:
            self._show_found(SuggestionSearch([]))
            return
        self.count_label.setText(translate("SuggestionsPanel", "Looking for suggested links…"))
        # Blind annotation: a passage a colleague tagged is not shown as their highlight.
        only = shown_annotator(self.session.store, self.session.annotator.id)
        self._search = _Search(self._generation, self.session.path, scope, only)
        self._poll.start()

    def set_active(self, shown: bool) -> None:
        """The panel's dock was shown (its tab raised) or hidden: search only while shown."""
        self.active = shown
        if shown:
            self.refresh()
        else:
            self._cancel_search()

    def _cancel_search(self) -> None:
        if self._search is not None:
            self._search.cancel()

    def _collect(self) -> None:
        """On the UI thread: take the search's outcome once it has one."""
        search = self._search
        if search is None or not search.future.done():
            return
        self._search = None
        self._poll.stop()
        error = search.future.exception()
        stale = search.generation != self._generation
        if stale and self.active:
            self.refresh()  # something changed while searching: search again
        elif error is not None:
            self._fail(
                translate("SuggestionsPanel", "Could not look for suggestions: {error}").format(
                    error=_one_line(error)
                )
            )
        elif stale or search.future.result().stopped == "cancelled":
            self._fail(
                translate(
                    "SuggestionsPanel", "Search stopped; it runs again when this panel is shown."
                )
            )
        else:
            self._show_found(search.future.result())

    def _fail(self, message: str) -> None:
        self.count_label.setText(message)
        self.search_failed.emit(message)

    def _show_found(self, search: SuggestionSearch) -> None:
        self._fill(search.suggestions)
        if not search.complete:
            note = " ".join(message_text(part) for part in search.notes())
            self.count_label.setText(f"{self.count_label.text()}. {note}")
        self.refreshed.emit()

    def _fill(self, suggestions: list[Suggestion]) -> None:
        current = self._current_key()
        self._suggestions = {suggestion.key: suggestion for suggestion in suggestions}
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for suggestion in suggestions:
                self.list.addItem(self._item(suggestion))
                if suggestion.key == current:
                    self.list.setCurrentRow(self.list.count() - 1)
        finally:
            self.list.blockSignals(False)
        count = len(suggestions)
        self.count_label.setText(
            translate_n("SuggestionsPanel", "%n suggested links", count)
            if count
            else translate("SuggestionsPanel", "No suggestions for the articles shown")
        )

    def accept_current(self) -> None:
        suggestion = self._suggestions.get(self._current_key())
        if suggestion is None:
            return
        session = self.session
        accept = partial(
            suggestion_ops.accept_suggestion,
            session.store,
            suggestion,
            self._tag_for(suggestion.kind),
            session.annotator.id,
        )
        kind = KIND_LABELS.get(suggestion.kind)
        text = translate("SuggestionsPanel", "Accept suggestion: {kind}").format(
            kind=translated("SuggestionsPanel", kind)
            if kind
            else translate("SuggestionsPanel", "link")
        )
        session.push(OperationCommand(session, text, accept))

    def dismiss_current(self) -> None:
        key = self._current_key()
        if not key:
            return
        session = self.session
        dismiss = partial(suggestion_ops.dismiss, session.store, key, session.annotator.id)
        self.session.push(
            OperationCommand(
                self.session, translate("SuggestionsPanel", "Dismiss suggestion"), dismiss
            )
        )

    def _item(self, suggestion: Suggestion) -> QListWidgetItem:
        passages = " ↔ ".join(
            f"“{_short(ref.text)}”" for ref in (suggestion.source, suggestion.target)
        )
        label = KIND_LABELS.get(suggestion.kind)
        kind = translated("SuggestionsPanel", label) if label else suggestion.kind
        item = QListWidgetItem(f"{kind}: {message_text(suggestion.reason)}\n{passages}")
        item.setData(KEY_ROLE, suggestion.key)
        item.setToolTip(
            plain_tooltip(
                "\n\n".join(
                    f"{self.session.article_title(ref.article_id)}:\n“{ref.text}”"
                    for ref in (suggestion.source, suggestion.target)
                )
            )
        )
        return item

    def _current_key(self) -> str:
        item = self.list.currentItem()
        return (item.data(KEY_ROLE) or "") if item is not None else ""

    def _tag_for(self, kind: str) -> str:
        tags = self.session.tags()
        wanted = TAG_FOR_KIND.get(kind, "")
        chosen = next((tag for tag in tags if tag.name.casefold() == wanted), None)
        return (chosen or tags[0]).id

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        suggestion = self._suggestions.get(current.data(KEY_ROLE)) if current else None
        if suggestion is not None:
            self.ranges_requested.emit(
                [
                    (ref.article_id, ref.start, ref.end)
                    for ref in (suggestion.source, suggestion.target)
                ]
            )

    def _on_changed(self, change: Change) -> None:
        if (
            change.links
            or change.annotations
            or change.everything
            or change.article_list
            or change.suggestions
        ):
            self._generation += 1  # a search under way is now stale
            self._refresh_timer.start()


class _Search:
    """One search on a worker thread, with its own read-only connection (never the
    window's), within the window's time budget; `cancel` stops it early."""

    _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="suggestions")

    def __init__(self, generation: int, path, scope: list[str] | None, only: str = ""):
        self.generation = generation
        self._cancelled = threading.Event()
        self.future: Future[SuggestionSearch] = self._pool.submit(self._run, path, scope, only)

    def cancel(self) -> None:
        self._cancelled.set()

    def _run(self, path, scope: list[str] | None, only: str) -> SuggestionSearch:
        budget = Budget(SEARCH_SECONDS, self._cancelled.is_set)
        with Store.open(path, create=False, readonly=True) as store:
            return find_suggestions(store, scope, budget=budget, only_annotator=only)


def _one_line(error: BaseException) -> str:
    """An error as one line a user can read (`disk I/O error`, not a traceback)."""
    text = " ".join(message_text(error).split())
    return text or type(error).__name__


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _SuggestionList(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        panel = cast(SuggestionsPanel, self.parent())
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_D):
            panel.dismiss_current()
        elif plain and event.key() == Qt.Key.Key_A:
            panel.accept_current()
        else:
            super().keyPressEvent(event)
