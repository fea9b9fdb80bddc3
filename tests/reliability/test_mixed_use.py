"""The mixes a user really makes on one project file: a window tagging while its background
jobs (export, import, suggestions) open their own connections, `claimdesk` commands in a
terminal reading and writing the same file, a second window. Any of them may be killed
at any moment; the file must then pass `claimdesk check` and hold every acknowledged change.

The deterministic cases replay what lost work in issue 16: a background job's connection
dropped the window's locks, the next terminal command deleted the log the window still
wrote to, and edits acknowledged after that were gone after a crash.

CLAIMDESK_MIXED_ROUNDS (default 5) scales the random rounds.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from claimdesk.db import ClaimdeskError, Store

from .harness import Acknowledged, assert_survived
from .mixes import Terminal, WorkerProcess
from .processes import claimdesk
from .test_crash_safety import new_project

ROUNDS = int(os.environ.get("CLAIMDESK_MIXED_ROUNDS", "5"))
COPY_WAIT_SECONDS = 15
"""Generous: the window checkpoints after about a second of idle."""


def window_taking_commands(project: Path, seed: int) -> WorkerProcess:
    window = WorkerProcess("mixed_worker.py", project, seed, "--commands")
    window.wait_for("ready")
    return window


def counted_by_the_cli(project: Path) -> int:
    info = claimdesk("info", project, "--json")
    assert info.returncode == 0, info.stderr
    return json.loads(info.stdout)["counts"]["annotations"]


def assert_checked_by_the_cli(project: Path) -> None:
    checked = claimdesk("check", project)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize(
    "job", ["export jsonl", "export sqlite", "import", "suggest"], ids=lambda job: job
)
def test_edits_made_after_a_background_job_and_a_terminal_read_survive_killing_the_window(
    tmp_path: Path, job: str
):
    project = new_project(tmp_path / "shared.claimdesk")
    acknowledged = Acknowledged()
    window = window_taking_commands(project, seed=16)
    try:
        acknowledged.read(window.do("tag 2"))
        acknowledged.read(window.do(job))  # its own connection, opened and closed
        assert counted_by_the_cli(project) == len(acknowledged.added)
        acknowledged.read(window.do("tag 3"))
        seen_by_the_terminal = counted_by_the_cli(project)
    finally:
        acknowledged.read(window.kill())
    assert_survived(project, acknowledged)
    assert_checked_by_the_cli(project)
    assert seen_by_the_terminal == len(acknowledged.added), "another program sees every edit"


def copy_holds(project: Path, annotation_id: str, folder: Path) -> bool:
    """Copy the main file alone (no -wal, no -shm), as a file manager or a mail attachment
    does, from this process (the window's is another); does the copy hold the annotation?"""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    copy = folder / project.name
    shutil.copyfile(project, copy)
    try:
        with Store.open(copy, create=False, readonly=True) as store:
            return annotation_id in {a.id for a in store.annotations()}
    except (ClaimdeskError, sqlite3.DatabaseError):
        return False  # copied in the middle of a checkpoint: copy again


def test_a_copy_of_the_project_file_alone_holds_an_edit_made_a_moment_before(tmp_path: Path):
    """The README's "the file can be copied": shortly after the last change the main
    file alone holds it (the window checkpoints when idle), not only its -wal."""
    project = new_project(tmp_path / "shared.claimdesk")
    window = window_taking_commands(project, seed=2)
    try:
        [line] = window.do("tag 1").splitlines()[:-1]
        annotation_id = line.split()[1]
        deadline = time.monotonic() + COPY_WAIT_SECONDS
        while not copy_holds(project, annotation_id, tmp_path / "copy"):
            assert time.monotonic() < deadline, "a copy of the idle project lacks the edit"
            time.sleep(0.2)
    finally:
        window.kill()


@dataclass
class Mix:
    """What one round of a random mix left: the programs' output, the kills it took, and
    what failed as the user would have been told (a job's message, a command's exit)."""

    output: str = ""
    kills: int = 0
    failures: list[str] = field(default_factory=list)


def run_a_random_mix(project: Path, folder: Path, rng: random.Random) -> Mix:
    """A window with background jobs, maybe a second window, and a terminal, all on
    `project`; one of them is SIGKILLed at a random moment, the others a moment later."""
    windows = [WorkerProcess("mixed_worker.py", project, rng.randrange(2**31))]
    if rng.random() < 0.5:
        windows.append(WorkerProcess("mixed_worker.py", project, rng.randrange(2**31)))
    terminal = Terminal(project, rng.randrange(2**31), folder)
    terminal.start()
    outputs = []
    try:
        for window in windows:
            window.wait_for("ready")
        time.sleep(rng.uniform(1.5, 3.0))  # the point: a random moment, not a synchronisation
        victim = rng.randrange(len(windows) + 1)
        if victim == len(windows):
            terminal.kill()
        else:
            outputs.append(windows.pop(victim).kill())
        time.sleep(rng.uniform(0.2, 1.0))  # the others go on working a little
    finally:
        terminal.stop()
        outputs += [window.kill() for window in windows]
    output = "".join(outputs)
    failed = [line for line in output.splitlines() if line.startswith("failed")]
    return Mix(output + terminal.output, len(outputs) + terminal.kills, failed + terminal.failures)


def test_killing_windows_their_background_jobs_and_terminal_commands_at_random_loses_nothing(
    tmp_path: Path,
):
    project = new_project(tmp_path / "shared.claimdesk")
    rng = random.Random(1616)
    acknowledged = Acknowledged()
    changes = kills = 0
    for round_number in range(ROUNDS):
        folder = tmp_path / f"terminal{round_number}"
        folder.mkdir()
        mix = run_a_random_mix(project, folder, rng)
        changes += acknowledged.read(mix.output)
        kills += mix.kills
        assert_survived(project, acknowledged)
        assert_checked_by_the_cli(project)
        assert mix.failures == []  # every job and command ran to its end, or was killed
    print(f"\nmixed use: {ROUNDS} rounds, {kills} kills survived; {changes} acknowledged changes")
    assert changes > kills  # the kills did land in the middle of work
