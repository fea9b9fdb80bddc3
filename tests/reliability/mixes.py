"""The programs of a user's mix on one project file, each one SIGKILL away from a crash:
a worker (a window, offscreen) whose acknowledgements are read as they come, and a
terminal running `claimdesk` commands one after another."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from .harness import HERE, ROOT

WAIT_SECONDS = 120
"""How long a worker may take to answer: Qt's start-up alone takes seconds on a loaded machine."""


class WorkerProcess:
    """`python WORKER PROJECT SEED [ARGS]`, its stdout lines collected by a thread."""

    def __init__(self, worker: str, project: Path, seed: int, *args: str):
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / worker), str(project), str(seed), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        self.lines: list[str] = []
        self._errors: list[str] = []
        self._new: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        threading.Thread(
            target=self._errors.extend, args=(self.process.stderr,), daemon=True
        ).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)
            self._new.put(line)
        self._new.put("")  # the end

    def wait_for(self, *endings: str) -> str:
        """The lines up to and including the first that is one of `endings`."""
        seen = []
        while True:
            try:
                line = self._new.get(timeout=WAIT_SECONDS)
            except queue.Empty:
                self.process.send_signal(signal.SIGUSR1)  # the worker dumps its stacks
                time.sleep(1)
                raise AssertionError(
                    f"no {endings} in {WAIT_SECONDS} s: {seen} {self.stderr()}"
                ) from None
            if not line:
                raise AssertionError(f"the worker ended: {seen} {self.stderr()}")
            seen.append(line)
            if line.strip().split(" ", 1)[0] in endings:
                return "".join(seen)

    def do(self, command: str) -> str:
        """Ask a `--commands` worker to do `command`; its acknowledgement lines."""
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        done = self.wait_for("ok", "failed")
        assert done.splitlines()[-1] == "ok", f"{command}: {done} {self.stderr()}"
        return done

    def kill(self) -> str:
        """SIGKILL it; everything it printed (the last line maybe cut short)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self._reader.join(WAIT_SECONDS)  # until the reader has seen the end of its output
        assert self.process.returncode == -signal.SIGKILL, self.stderr()
        return "".join(self.lines)

    def stderr(self) -> str:
        return "".join(self._errors)[-2000:]


class Terminal:
    """A user at a terminal: `claimdesk info/articles/check/import/export` on the project,
    one after another in a thread, until stopped. Each `import` that exits 0 acknowledges
    its article (`R <id>` in `output`); any other exit but our SIGKILL is a failure."""

    def __init__(self, project: Path, seed: int, folder: Path):
        self.project, self.folder = project, folder
        self.rng = random.Random(seed)
        self.output = ""
        self.failures: list[str] = []
        self.runs = self.kills = 0
        self._running: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._work, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def kill(self) -> None:
        """SIGKILL the command running now, if any."""
        with self._lock:
            if self._running is not None:
                self._running.send_signal(signal.SIGKILL)

    def stop(self) -> None:
        """End the session as a crash would: the command running now is killed."""
        self._stopped.set()
        self.kill()
        self._thread.join()

    def _command(self) -> list[str]:
        n = self.runs
        choice = self.rng.choice(("info", "articles", "check", "import", "export", "copy"))
        if choice == "import":
            article = self.folder / f"statement {n}.txt"
            article.write_text(f"Statement {n}: the ministry counted {n * 7} releases.\n")
            return ["import", self.project, article]
        if choice == "export":
            return ["export", self.project, "-f", "jsonl", "-o", self.folder / f"out{n}.jsonl"]
        if choice == "copy":
            copy = self.folder / f"copy{n}.claimdesk"
            return ["export", self.project, "-f", "sqlite", "-o", copy]
        return [choice, self.project] + (["--json"] if choice == "info" else [])

    def _work(self) -> None:
        while not self._stopped.is_set():
            args = [str(arg) for arg in self._command()]
            with self._lock:
                if self._stopped.is_set():
                    return
                self._running = subprocess.Popen(
                    [sys.executable, "-m", "claimdesk.desktop.cli", *args],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    cwd=ROOT,
                )
            out, errors = self._running.communicate()
            code = self._running.returncode
            with self._lock:
                self._running = None
            self.runs += 1
            if code == -signal.SIGKILL:
                self.kills += 1
            elif code != 0:
                self.failures.append(f"claimdesk {' '.join(args)}: exit {code}: {errors}")
            elif args[0] == "import":
                self.output += "".join(f"R {line.split()[0]}\n" for line in out.splitlines())
