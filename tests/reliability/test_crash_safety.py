"""SIGKILL at random moments never loses an acknowledged change nor damages the file.

CLAIMDESK_CRASH_KILLS (default 60) and CLAIMDESK_WINDOW_KILLS (default 12) scale the runs.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from claimdesk.db import Store
from tests.desktop.conftest import REPORT_A, REPORT_B

from .harness import ROOT, Acknowledged, assert_survived, kill_at_random

STORE_KILLS = int(os.environ.get("CLAIMDESK_CRASH_KILLS", "60"))
WINDOW_KILLS = int(os.environ.get("CLAIMDESK_WINDOW_KILLS", "12"))


def new_project(path: Path) -> Path:
    with Store.open(path) as store:
        store.add_article(REPORT_A * 20, title="Report A")
        store.add_article(REPORT_B * 20, title="Report B")
    return path


def kill_repeatedly(
    project: Path, worker: str, kills: int, seed: int, delays: tuple, after_ready: bool
) -> int:
    """Kill `worker` `kills` times on one file, checking the file after each; lines read."""
    rng = random.Random(seed)
    acknowledged = Acknowledged()
    lines = 0
    for _ in range(kills):
        output = kill_at_random(
            worker, project, rng.randrange(2**31), rng.uniform(*delays), after_ready=after_ready
        )
        lines += acknowledged.read(output)
        assert_survived(project, acknowledged)
    return lines


def kill_on_two_files(
    tmp_path: Path, worker: str, kills: int, delays: tuple, *, after_ready: bool = False
) -> list[Path]:
    """Kill `worker` `kills` times in all, on two files side by side (one per core)."""
    projects = [new_project(tmp_path / f"crash{n}.claimdesk") for n in range(2)]
    shares = ((kills + 1) // 2, kills // 2)
    with ThreadPoolExecutor(2) as pool:
        lines = sum(
            pool.map(
                lambda n: kill_repeatedly(projects[n], worker, shares[n], n, delays, after_ready),
                range(2),
            )
        )
    print(f"\n{worker}: {kills} kills survived; {lines} acknowledged changes all present")
    assert lines > kills  # the kills did land in the middle of work
    return projects


def test_killing_a_process_that_annotates_never_loses_an_acknowledged_change(tmp_path: Path):
    # The delays span start-up (the file is opened, and recovered after the previous
    # kill) and the annotating loop.
    projects = kill_on_two_files(tmp_path, "crash_worker.py", STORE_KILLS, (0.2, 0.7))
    checked = subprocess.run(
        [sys.executable, "-m", "claimdesk.desktop.cli", "check", str(projects[0])],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert checked.returncode == 0, checked.stderr


def test_killing_the_window_while_tagging_never_loses_an_acknowledged_annotation(
    tmp_path: Path,
):
    # Timed from the window being ready: a loaded machine may take seconds to start Qt.
    kill_on_two_files(tmp_path, "window_worker.py", WINDOW_KILLS, (0.1, 0.8), after_ready=True)
