"""How long a suggestion search may run, and whether it was cancelled: the window gives a
search a few seconds and a Cancel button, the command line no time limit. Every matcher
checks it as it goes, so it lives apart from them and from the search."""

from __future__ import annotations

import time
from collections.abc import Callable

SEARCH_SECONDS = 4.0
"""What the window allows a search (with reading the articles, under 5 s in all)."""
GATHER_SHARE = 0.5
"""The share of a budget spent reading articles into sentences; comparing gets the rest."""


class Budget:
    """How long a search may run, and whether it was cancelled; checked as it goes.

    `seconds=None` sets no time limit (the command line); the work limit still holds."""

    def __init__(self, seconds: float | None = None, cancelled: Callable[[], bool] | None = None):
        self.seconds = seconds
        self.cancelled = cancelled
        self.start = time.monotonic()
        self.stopped = ""  # "time" or "cancelled" once the search had to stop

    def gathering_over(self) -> bool:
        """Stop reading more articles (comparing what was read still has time)."""
        return self._over(GATHER_SHARE)

    def over(self) -> bool:
        return self._over(1.0)

    def _over(self, share: float) -> bool:
        if self.stopped:
            return True
        if self.cancelled is not None and self.cancelled():
            self.stopped = "cancelled"
        elif self.seconds is not None and time.monotonic() - self.start >= share * self.seconds:
            self.stopped = "time"
        return bool(self.stopped)
