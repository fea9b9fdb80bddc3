"""Checked before? for the claims panel and the inspector, one per open project: the
earlier fact-checks matching each text, matched on a worker thread (its own read-only
connections) and kept, so typing and moving the selection never wait for the archive.

Matching one claim against 100,000 checks takes a few milliseconds, a project's claims
some seconds: views ask `matches(text)`, get None while it is being matched, and redraw on
`updated`. Results follow the archives: importing or publishing fact-checks, choosing
another shared archive or that file changing makes them stale (`check_archives`), and a
changed wording is another text. With no archive at all nothing is matched or shown.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Collection
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from claimdesk.db.factchecks.checked_before import (
    ArchiveState,
    MatchedTexts,
    archive_state,
    match_texts,
    may_match,
)
from claimdesk.db.factchecks.matching import Match
from claimdesk.db.factchecks.published import not_its_own
from claimdesk.desktop.session import Change, ProjectSession

POLL_MS = 30
BATCH = 25
"""Texts matched per job (a few tenths of a second on a 100,000-check archive), so the
claim or annotation just selected waits for no more than one job before its own."""
KEPT = 5000
"""Texts whose matches are kept (least recently asked forgotten first)."""


class CheckedBefore(QObject):
    updated = Signal()
    """New matches arrived, or the archives changed: ask `matches` again."""

    _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checked-before")

    @classmethod
    def of(cls, session: ProjectSession) -> CheckedBefore:
        """The session's one cache (made on first use, gone with the session)."""
        found = session.findChild(cls)
        return found if found is not None else cls(session)

    def __init__(self, session: ProjectSession):
        super().__init__(session)
        self.session = session
        self.archive = 0  # checks in the archives, as the last job counted them
        self.note = ""  # why the shared archive was left out, if it was
        self._state: ArchiveState = archive_state(session.store)
        self._found: OrderedDict[str, list[Match]] = OrderedDict()
        self._wanted: dict[str, None] = {}
        self._first: dict[str, None] = {}  # the selected claim's or annotation's: matched first
        self._job: Future[MatchedTexts] | None = None
        self._job_texts: list[str] = []
        self._job_state = self._state
        self._cancel = threading.Event()
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._collect)
        session.changed.connect(self._on_changed)
        session.outside_change.connect(self.check_archives)
        session.closing.connect(self._stop)

    def matches(
        self, text: str, *, first: bool = False, claim: str | Collection[str] = ""
    ) -> list[Match] | None:
        """The earlier checks matching `text`, best first; [] for none (or no archive);
        None while they are being matched (`updated` follows); `first`: before the rest;
        `claim`: the claim asking (or the claims of the annotation asking), never offered
        the check published from it."""
        key = " ".join(text.split())
        if not key or not may_match(self._state):
            return []
        if key in self._found:
            self._found.move_to_end(key)
            return not_its_own(self._found[key], claim) if claim else self._found[key]
        (self._first if first else self._wanted)[key] = None
        self._start()
        return None

    def check_archives(self) -> None:
        """Forget every match if the archives changed since they were found."""
        if self.session.is_closed:
            return
        state = archive_state(self.session.store)
        if state != self._state:
            self._state = state
            self._found.clear()
            self._cancel.set()  # a job under way matched against the old archives
            self.updated.emit()

    def _start(self) -> None:
        if self._job is not None or not (self._first or self._wanted) or self.session.is_closed:
            return
        self._job_texts = list({**self._first, **self._wanted})[:BATCH]
        self._cancel = threading.Event()
        self._job = self._pool.submit(
            match_texts, self.session.path, self._job_texts, self._cancel.is_set
        )
        self._job_state = self._state
        self._poll.start()

    def _collect(self) -> None:
        job = self._job
        if job is None or not job.done():
            return
        self._poll.stop()
        self._job = None
        if self.session.is_closed:
            return
        error = job.exception()
        if self._job_state != self._state:
            self._start()  # matched against archives since changed: again
            return
        if error is None:
            result = job.result()
            self.archive, self.note = result.archive, result.note
            found = result.found
        else:  # the project cannot be read just now: nothing shown for these, no failure
            found = {text: [] for text in self._job_texts}
        for text, matches in found.items():
            self._found[text] = matches
            self._first.pop(text, None)
            self._wanted.pop(text, None)
        while len(self._found) > KEPT:
            self._found.popitem(last=False)
        self.updated.emit()
        self._start()

    def _on_changed(self, change: Change) -> None:
        if change.everything:
            self.check_archives()

    def _stop(self) -> None:
        self._cancel.set()
        self._poll.stop()
        self._first.clear()
        self._wanted.clear()
