"""`ProjectSession`: one open project as the desktop app sees it.

It owns the store, the undo stack and who is annotating, and it is the single place a
change is announced: every command runs an operation and `announce`s what it reports, and every view
refreshes what it shows from the `changed` signal (undo and redo take the same path).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from claimdesk.db import Store
from claimdesk.db.operations import Changes
from claimdesk.db.records.model import Annotator, ArticleHeading, Tag, Verdict
from claimdesk.desktop.i18n.locale_format import clock_now

WATCH_INTERVAL_MS = 1500
"""How often to look for commits by another window or program (one cheap read of a counter)."""
CHECKPOINT_IDLE_MS = 1000
"""After the last change, this much quiet and the project file alone holds everything."""
CHECKPOINT_RETRY_MS = 5000
"""When a reader elsewhere held part of the log back (or the disk failed), try again after."""

if TYPE_CHECKING:
    from claimdesk.desktop.commands.commands import OperationCommand


Change = Changes
"""What a command changed, as its operation reports it (`db.operations.Changes`)."""


class ProjectSession(QObject):
    changed = Signal(object)  # Change
    failed = Signal(str)  # a user-facing message when a command could not be carried out
    saved = Signal(str)  # the time of the last committed change, for the status bar
    outside_change = Signal()  # another window or program changed the file; views reloaded
    closing = Signal()  # views stop pending refreshes: the store is about to close
    checkpointed = Signal(bool)  # True: the project file alone holds every change

    def __init__(self, store: Store, annotator: Annotator, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.annotator = annotator
        self.undo_stack = QUndoStack(self)
        self._tags: list[Tag] = []
        self._verdicts: list[Verdict] = []
        self._annotator_names: dict[str, str] = {}
        self._headings: list[ArticleHeading] | None = None
        self._article_titles: dict[str, str] = {}
        self._reload_scheme()
        self.changed.connect(self._on_changed)
        self._outside = store.outside_changes()
        self._own_jobs = 0  # background jobs of this window writing on their own connections
        self._closed = False
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_outside_changes)
        self._watch.start()
        self._checkpoint_timer = QTimer(self, singleShot=True, interval=CHECKPOINT_IDLE_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        # Opening may have written (a new project, a migration, a crash's log replayed):
        # the file alone should hold that too, as after any change.
        self._checkpoint_timer.start(CHECKPOINT_IDLE_MS)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def is_closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
        self._watch.stop()
        self._checkpoint_timer.stop()  # closing the store checkpoints
        self.closing.emit()
        self.undo_stack.clear()
        self.store.close()

    # Commands and announcements

    def push(self, command: OperationCommand) -> None:
        """Run a command, then put it on the undo stack only if it succeeded: a failed step
        (reported by the command) must leave nothing for Ctrl+Z to trip over."""
        if command.run_first():
            self.undo_stack.push(command)

    def announce(self, change: Change) -> None:
        self.changed.emit(change)
        self.saved.emit(clock_now())  # in the language's digits
        self._checkpoint_timer.start(CHECKPOINT_IDLE_MS)

    def checkpoint(self) -> bool:
        """Make the project file alone hold every change, so copying, mailing or syncing
        just the `.claimdesk` file gives the current project. If that could not complete
        (a reader elsewhere holds part of the log back, a disk error), try again later: the
        changes are safe in the log meanwhile."""
        if self._closed:
            return False
        try:
            whole = self.store.checkpoint()
        except Exception:  # the disk: the log still holds everything; retry
            whole = False
        if not whole:
            self._checkpoint_timer.start(CHECKPOINT_RETRY_MS)
        self.checkpointed.emit(whole)
        return whole

    def begin_own_writes(self) -> None:
        """A job of this window starts writing through a connection of its own: until it
        ends, commits are not taken for another window's or program's."""
        self._own_jobs += 1

    def end_own_writes(self) -> None:
        """The job ended (its result handler refreshes the views): its commits are ours."""
        self._own_jobs -= 1
        if self._own_jobs == 0 and not self._closed:
            self._outside = self.store.outside_changes()
            self._checkpoint_timer.start(CHECKPOINT_IDLE_MS)

    def check_outside_changes(self) -> bool:
        """Refresh every view when another program committed to the file (polled)."""
        if self._own_jobs or self._closed:
            return False
        try:
            counter = self.store.outside_changes()
        except Exception:  # a failing disk: the next write reports it, not every poll
            return False
        if counter == self._outside:
            return False
        self._outside = counter
        self.changed.emit(Change.all())
        self.outside_change.emit()
        return True

    def report_failure(self, message: str) -> None:
        self.failed.emit(message)

    # Cached lookups views need on every repaint

    def tags(self) -> list[Tag]:
        return self._tags

    def tag(self, tag_id: str) -> Tag | None:
        return self._tag_index.get(tag_id)

    def verdicts(self) -> list[Verdict]:
        return self._verdicts

    def verdict(self, verdict_id: str | None) -> Verdict | None:
        return self._verdict_index.get(verdict_id) if verdict_id else None

    def annotator_name(self, annotator_id: str) -> str:
        if annotator_id not in self._annotator_names:
            self._annotator_names = {a.id: a.name for a in self.store.annotators()}
        return self._annotator_names.get(annotator_id, "?")

    def article_headings(self) -> list[ArticleHeading]:
        """Live articles in import order (cached until the article list changes)."""
        if self._headings is None:
            self._headings = self.store.article_headings()
            self._article_titles = {heading.id: heading.title for heading in self._headings}
        return self._headings

    def article_title(self, article_id: str) -> str:
        """Cached: views show titles on every selection, and an article row holds its text."""
        if article_id not in self._article_titles:
            self._headings = None
            self.article_headings()
        return self._article_titles.get(article_id, "?")

    def _on_changed(self, change: Change) -> None:
        if change.article_metadata:
            self._headings = None
            self._article_titles = {}
        if change.scheme or change.everything:
            self._reload_scheme()
        if change.everything:
            self._annotator_names = {}

    def _reload_scheme(self) -> None:
        # Deleted tags stay resolvable: an annotation may still point at one until undo.
        tags = self.store.tags(include_deleted=True)
        verdicts = self.store.verdicts(include_deleted=True)
        self._tags = [tag for tag in tags if not tag.deleted]
        self._tag_index = {tag.id: tag for tag in tags}
        self._verdicts = [verdict for verdict in verdicts if not verdict.deleted]
        self._verdict_index = {verdict.id: verdict for verdict in verdicts}
