"""Find in all articles' searches as you type, on a worker thread with its own read-only
connection: the field keeps taking keys while a search runs, and only the newest search
is answered (one asked meanwhile replaces any still waiting; a stale answer is dropped
by the dialog, which knows which search it asked last)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from claimdesk.db import ClaimdeskError, Store
from claimdesk.db.search.search import SearchResults

Search = Callable[..., SearchResults]
Request = tuple[int, str, bool, int]
"""(number, text, exact, limit): the number tells the dialog's newest from stale ones."""


class SearchRunner(QObject):
    """One worker thread, started on the first search; `stop` before the project closes."""

    answered = Signal(int, object)  # request number, SearchResults or ClaimdeskError

    def __init__(self, path: Path, search: Callable[[], Search], parent: QObject | None = None):
        super().__init__(parent)
        self._path = path
        self._search = search  # looked up per search, so a test can slow it down
        self._wanted: Request | None = None
        self._stopping = False
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None

    def ask(self, request: Request) -> None:
        with self._ready:
            self._wanted = request
            self._ready.notify()
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="search", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """End the thread (after the search it runs, if any) and close its connection."""
        with self._ready:
            self._stopping = True
            self._ready.notify()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._stopping = False

    def _next(self) -> Request | None:
        with self._ready:
            while self._wanted is None and not self._stopping:
                self._ready.wait()
            request, self._wanted = self._wanted, None
            return None if self._stopping else request

    def _serve(self) -> None:
        try:
            store = Store.open(self._path, create=False, readonly=True)
        except ClaimdeskError as error:
            while (request := self._next()) is not None:
                self.answered.emit(request[0], error)
            return
        with store:
            while (request := self._next()) is not None:
                number, text, exact, limit = request
                try:
                    found: object = self._search()(
                        store, text, limit=limit, catch_up=False, exact=exact
                    )
                except ClaimdeskError as error:
                    found = error
                self.answered.emit(number, found)
