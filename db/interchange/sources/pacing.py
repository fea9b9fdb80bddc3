"""Reading one long document page by page: progress, Cancel and a time bound.

A 300-page PDF is one file but many seconds; the window's progress bar moves with its
pages, Cancel stops it, and a file that reads far slower than a real document (a
malformed or hostile PDF: a page of a million glyphs, a page PDFium loops on) is refused
once its time (a base plus a limit per page) runs out. A PDF is read in a child process
(`child_reader`), so the bound and Cancel hold even while PDFium is stuck inside a page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from claimdesk.db.messages import Message, message
from claimdesk.db.storage.errors import ImportFailure

BASE_SECONDS = 10.0
SECONDS_PER_PAGE = 1.0
"""PDFium reads a word processor's page in about 2 ms: 500 times that is no real page."""


class ReadCancelled(Exception):
    """The user pressed Cancel while a document was being read; nothing of it is kept."""


@dataclass
class Pacing:
    progress: Callable[[int, int], None] | None = None
    """(pages read, pages) of this document."""
    cancelled: Callable[[], bool] | None = None
    seconds_per_page: float = field(default_factory=lambda: SECONDS_PER_PAGE)
    base_seconds: float = field(default_factory=lambda: BASE_SECONDS)
    _began: float | None = None
    _allowed: float = 0.0

    def begin(self) -> None:
        """The clock starts: the base time to open the document."""
        self._began = time.monotonic()
        self._allowed = self.base_seconds

    def start(self, pages: int) -> None:
        """The document has `pages`: each adds its time to the bound."""
        if self._began is None:
            self.begin()
        self._allowed = self.base_seconds + pages * self.seconds_per_page

    def check(self, page: int, pages: int) -> None:
        """While page `page` (0: the document itself) is read: `ReadCancelled` if the user
        cancelled, `ImportFailure` once the time is out."""
        if self.cancelled is not None and self.cancelled():
            raise ReadCancelled
        if self._began is not None and time.monotonic() - self._began >= self._allowed:
            raise ImportFailure(
                message(
                    "stopped answering after {seconds} s {where} (far slower than"
                    " a real document: a malformed PDF?): not imported",
                    seconds=seconds(self._allowed),
                    where=reading_at(page, pages),
                )
            )

    def page_done(self, done: int, pages: int) -> None:
        """After each page: stop if cancelled or out of time, else report progress."""
        self.check(done, pages)
        if self.progress is not None:
            self.progress(done, pages)


def reading_at(page: int, pages: int) -> Message:
    """Where in the document reading was ("at page 3 of 40"; page 0: "while opening it"),
    a fragment of a longer message."""
    if page:
        return message("at page {page:,} of {pages:,}", page=page, pages=pages)
    return message("while opening it")


def seconds(value: float) -> str:
    """12 → "12", 0.5 → "0.5", 1234 → "1,234"."""
    return f"{value:,.1f}".removesuffix(".0")
