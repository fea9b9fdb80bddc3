"""Start a worker, SIGKILL it at a random moment, and check what it acknowledged survived."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.rules.check import check_project

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


@dataclass
class Acknowledged:
    """Everything workers printed: each line is a change whose store call had returned."""

    added: set[str] = field(default_factory=set)
    notes: dict[str, int] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    links: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    KINDS = frozenset("AUDLR")
    """Change lines: those of crash_worker.py, and `R <article id>` for an article imported."""

    def read(self, output: str) -> int:
        """Record the complete change lines of one worker's output; returns how many."""
        # The last piece may be a line cut by the kill: no promise.
        lines = [line for line in output.split("\n")[:-1] if line.split(" ", 1)[0] in self.KINDS]
        for line in lines:
            kind, *rest = line.split()
            if kind == "A":
                self.added.add(rest[0])
            elif kind == "U":
                self.notes[rest[0]] = int(rest[1])
            elif kind == "D":
                self.deleted.add(rest[0])
            elif kind == "L":
                self.links.add(rest[0])
            elif kind == "R":
                self.articles.add(rest[0])
        return len(lines)


def kill_at_random(
    worker: str, project: Path, seed: int, delay: float, *, after_ready: bool = False
) -> str:
    """Run `worker` on `project`, SIGKILL it `delay` seconds after it started (or, with
    `after_ready`, after it said it is ready, so a slow start-up under load still leaves
    time to work); its output."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / worker), str(project), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    ready = process.stdout.readline() if after_ready else b""
    time.sleep(delay)  # the point of the harness: a random moment, not a synchronisation
    process.send_signal(signal.SIGKILL)
    output, errors = process.communicate()
    assert process.returncode == -signal.SIGKILL, errors.decode()[-2000:]
    return (ready + output).decode()


def assert_survived(project: Path, acknowledged: Acknowledged) -> None:
    """The file passes `claimdesk check` and holds every acknowledged change."""
    with Store.open(project, create=False, readonly=True) as store:
        assert check_project(store) == []
        assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = store.conn.execute("SELECT id, note, deleted FROM annotations").fetchall()
        links = {row[0] for row in store.conn.execute("SELECT id FROM links")}
        articles = {article.id for article in store.articles()}
    found = {annotation_id: (note, deleted) for annotation_id, note, deleted in rows}
    missing = acknowledged.added - found.keys()
    assert not missing, f"{len(missing)} acknowledged annotations lost: {sorted(missing)[:3]}…"
    assert all(found[annotation_id][1] == 1 for annotation_id in acknowledged.deleted)
    for annotation_id, stamp in acknowledged.notes.items():
        assert int(found[annotation_id][0]) >= stamp  # the acknowledged note, or a later one
    assert acknowledged.links <= links
    assert acknowledged.articles <= articles, acknowledged.articles - articles
