"""The window a user really runs: tagging while background jobs open their own connections.

Usage: python mixed_worker.py PROJECT SEED [--commands]

By default it tags with digit keys as `window_worker.py` does and, every few tags, starts
one of the window's background jobs while tagging goes on: an export (JSON Lines or a
SQLite copy), an import of a file of new annotations, or a search of the Suggestions panel.
With `--commands` it does what stdin asks, one line at a time, the event loop running
in between (so the window's timers fire while it is idle), and ends each with `ok`, or
`failed <why>`:

    tag N          N new annotations, tagged with digit keys
    export FMT     File → Export dataset in FMT (jsonl, sqlite), waited for
    import         File → Import annotations of a file of new ones, waited for
    suggest        the Suggestions panel's search over all articles, waited for

Every change is acknowledged as in crash_worker.py (`A <annotation id>`), printed and
flushed once the store call (or the whole import) has returned; a job that failed, as
the user would be told, is a line `failed: <message>`.
"""

from __future__ import annotations

import faulthandler
import random
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from window_worker import open_window, tag_once

from claimdesk.db import Store
from claimdesk.db.interchange.export import export_project
from claimdesk.desktop.flows import dataset_flows
from claimdesk.desktop.flows.dataset_flows import ExportChoice
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.widgets.dataset_dialogs import EXPORT_FORMATS

if TYPE_CHECKING:
    from claimdesk.desktop.panels.suggestions_panel import SuggestionsPanel

JOB_CHANCE = 0.3
"""Per tag, the chance that the window starts a background job (if none is running)."""
WAIT_SECONDS = 60
"""How long a command waits for its job: a generous bound, not a performance target."""
IMPORTED_PER_FILE = 4


class Jobs:
    """The window's background jobs, started as its File menu and Suggestions panel do;
    their reports, which would be message boxes, become lines."""

    def __init__(self, window: MainWindow, rng: random.Random):
        self.window, self.rng = window, rng
        # Beside the project (a test's temporary folder), never inside the user's.
        self.folder = Path(tempfile.mkdtemp(prefix="jobs-", dir=window.session.path.parent))
        self.running = False
        self.failure = ""
        self._made = 0
        self._importing: list[str] = []
        self._panel: SuggestionsPanel | None = None
        self._searched = False
        self._search_failure = ""
        dataset_flows.show_import_report = self._imported
        dataset_flows.show_failure = self._failed

    def start(self, job: str, *args: str) -> Callable[[], bool]:
        """Start `job`; a callable saying whether it has finished."""
        self.failure = ""
        if job == "suggest":
            return self._suggest()
        if job == "export":
            fmt = args[0] if args else self.rng.choice(("jsonl", "sqlite"))
            suffix = EXPORT_FORMATS[fmt][1]
            dataset_flows.start_export(self.window, ExportChoice(fmt, self._new_path(suffix)))
        elif job == "import":
            path, self._importing = self._annotation_file()
            dataset_flows.start_import(self.window, path, strict=False)
        else:
            raise ValueError(job)
        self.running = True
        self.window.task.finished.connect(self._finished)
        return lambda: not self.running

    def _new_path(self, suffix: str) -> Path:
        self._made += 1
        return self.folder / f"job{self._made}{suffix}"

    def _annotation_file(self) -> tuple[Path, list[str]]:
        """A JSON Lines file of new annotations on one of the project's articles, written
        from a scratch project of its own (never the project's file)."""
        store = self.window.session.store
        article = store.article(self.rng.choice(store.articles()).id)
        with Store.open(self._new_path(".claimdesk")) as scratch:
            copy = scratch.add_article(article.text, title=article.title)
            who = scratch.ensure_annotator("Imported Colleague").id
            tags = [tag.id for tag in scratch.tags()]
            made = []
            for _ in range(IMPORTED_PER_FILE):
                start = self.rng.randrange(article.length - 1)
                end = self.rng.randrange(start + 1, min(article.length, start + 60) + 1)
                made.append(scratch.add_annotation(copy.id, start, end, tags[0], who).id)
            path = self._new_path(".jsonl")
            export_project(scratch, "jsonl", path)
        return path, made

    def _suggest(self) -> Callable[[], bool]:
        self._searched = False
        if self._panel is None:
            self._panel = self.window.suggestions_panel
            self._panel.refreshed.connect(self._refreshed)
            self._panel.all_articles.setChecked(True)
            self._panel.set_active(True)
        else:
            self._panel.refresh()
        return lambda: self._searched or bool(self._search_failure_shown())

    def take_failure(self) -> str:
        """What went wrong since the last call, as the user would see it ('' if nothing):
        a job's error message, or a new one in the Suggestions panel."""
        failure, self.failure = self.failure, ""
        shown = self._search_failure_shown()
        if shown != self._search_failure:
            self._search_failure = shown
            failure = failure or shown
        return failure

    def _search_failure_shown(self) -> str:
        label = self._panel.count_label.text() if self._panel is not None else ""
        return label if label.startswith("Could not") else ""

    def _refreshed(self) -> None:
        self._searched = True

    def _finished(self) -> None:
        self.running = False

    def _imported(self, _window, _report) -> None:
        for annotation_id in self._importing:
            sys.stdout.write(f"A {annotation_id}\n")
        sys.stdout.flush()
        self._importing = []

    def _failed(self, _window, title: str, error: BaseException) -> None:
        self.failure = f"{title}: {error}"


class Commands(QObject):
    """Lines from stdin, read in a thread and handed to the UI thread by signal; the end
    of stdin is an empty line."""

    received = Signal(str)

    def listen(self) -> None:
        def read() -> None:
            for line in sys.stdin:
                if line.strip():
                    self.received.emit(line.strip())
            self.received.emit("")

        threading.Thread(target=read, daemon=True).start()


def run_commands(app: QApplication, window: MainWindow, rng: random.Random) -> None:
    jobs = Jobs(window, rng)

    def wait_until(done: Callable[[], bool]) -> bool:
        deadline = time.monotonic() + WAIT_SECONDS
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        return done()

    pending: deque[str] = deque()

    def receive(line: str) -> None:
        """Queue the line; commands run one after another, never inside another's wait."""
        pending.append(line)
        if len(pending) == 1:
            while pending:
                do(pending[0])
                pending.popleft()

    def do(line: str) -> None:
        if not line:
            app.quit()
            return
        command, *args = line.split()
        if command == "tag":
            wanted = int(args[0])
            for _ in range(wanted * 10):
                wanted -= tag_once(app, window, rng, sys.stdout)
                if wanted <= 0:
                    break
            outcome = "ok" if wanted <= 0 else "failed: the window made no new highlight"
        elif not wait_until(jobs.start(command, *args)):
            outcome = f"failed: {command} did not finish in {WAIT_SECONDS} s"
        else:
            failure = jobs.take_failure()
            outcome = f"failed: {failure}" if failure else "ok"
        sys.stdout.write(outcome + "\n")
        sys.stdout.flush()

    commands = Commands()
    commands.received.connect(receive)
    commands.listen()
    app.exec()


def run_randomly(app: QApplication, window: MainWindow, rng: random.Random) -> None:
    jobs = Jobs(window, rng)
    while True:
        tag_once(app, window, rng, sys.stdout)
        failure = jobs.take_failure()
        if failure:
            sys.stdout.write(f"failed: {failure}\n")
        if rng.random() < JOB_CHANCE and not jobs.running:
            jobs.start(rng.choice(("export", "import", "suggest")))


def main(path: str, seed: int, commands: bool) -> None:
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # a hang shows where it is
    rng = random.Random(seed)
    app, window = open_window(path, "Mixed Worker")
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    (run_commands if commands else run_randomly)(app, window, rng)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), "--commands" in sys.argv[3:])
