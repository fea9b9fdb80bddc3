"""Long work (import, export, merge, agreement) off the UI thread, with progress and cancel.

The work function runs in a worker thread and must open its own store connection; it
receives `progress(done, total)` and `cancelled()` callables and returns a result that is
handed back on the UI thread. A progress dialog appears only when the work takes longer
than a moment, so quick jobs do not flash a window. A job that writes to the open project
names its session, so its commits count as the window's own, not another program's.
Whatever happens, the job ends in exactly one of `on_done` or `on_error`, with its dialog
gone: an error in `on_done` itself is handed to `on_error`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from claimdesk.desktop.i18n import translate

if TYPE_CHECKING:
    from claimdesk.desktop.session import ProjectSession

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
SHOW_AFTER_MS = 600


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event):
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as error:  # handed to the UI thread, which reports it
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One job: a thread, a worker and (after a moment) a progress dialog with Cancel."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        session: ProjectSession | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self._cancel = threading.Event()
        self._on_done, self._on_error = on_done, on_error
        self.dialog = QProgressDialog(title, translate("BackgroundTask", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._thread = QThread(self)  # not `thread`: QObject.thread() is a method
        self.worker = _Worker(work, self._cancel)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        if self._session is not None:
            self._session.begin_own_writes()
        self.dialog.setValue(0)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        self.dialog.setLabelText(translate("BackgroundTask", "Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._session is not None and self._session.is_closed:
            return  # its project was closed meanwhile: the work is in that file, nothing to show
        try:
            self._on_done(result)
        except Exception as error:  # reported like the work's own errors, never lost
            self._on_error(error)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self._on_error(error)

    def _finish(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self._thread.quit()
        self._thread.wait()
        if self._session is not None:
            self._session.end_own_writes()
        self.finished.emit()
        self.deleteLater()


def run_in_background(
    parent: QWidget,
    title: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    writes_to: ProjectSession | None = None,
) -> BackgroundTask:
    """Start a job; `writes_to` is the session whose project the job writes to, if any."""
    task = BackgroundTask(parent, title, work, on_done, on_error, writes_to)
    task.start()
    return task
