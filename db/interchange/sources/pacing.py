"""Reading one long document page by page: progress, Cancel and a time bound.

A 300-page PDF is one file but many seconds; the window's progress bar moves with its
pages, Cancel stops between two of them, and a file that reads far slower than a real
document (a malformed or hostile PDF: a page of a million glyphs) is refused once its
time (a base plus a limit per page) runs out. The bound is checked between pages: a
single page stuck inside PDFium cannot be interrupted from Python.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from claimdesk.db.messages import message
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
    _deadline: float = 0.0
    _allowed: float = 0.0

    def start(self, pages: int) -> None:
        self._allowed = self.base_seconds + pages * self.seconds_per_page
        self._deadline = time.monotonic() + self._allowed

    def page_done(self, done: int, pages: int) -> None:
        """After each page: stop if cancelled or out of time, else report progress."""
        if self.cancelled is not None and self.cancelled():
            raise ReadCancelled
        if time.monotonic() >= self._deadline:
            raise ImportFailure(
                message(
                    "took over {allowed:,.0f} s to read ({done:,} of {pages:,} pages): far "
                    "slower than a real document, so it is refused (a malformed PDF?)",
                    allowed=self._allowed,
                    done=done,
                    pages=pages,
                )
            )
        if self.progress is not None:
            self.progress(done, pages)
