"""Cold start: the main window painted with the demo project, against a bare PySide6 window.

Both start the same way, as a fresh Python process; the wall time runs from just before
the process is spawned to the first paint event of the main window (reported from a
zero-delay timer after that paint, so the frame is done). Median of several runs each.

Two things would otherwise measure the harness, not the app. The paint watcher is a
Python event filter: application-wide it would run for every event of every widget
(tens of milliseconds in a window with docks, next to nothing in a bare one), so it moves
onto the main window as soon as that exists. And both children get a bytecode cache of
their own, as an installed app has from its second start on, even when the calling
shell sets PYTHONDONTWRITEBYTECODE (the warm-up runs fill it).

    .venv/bin/python tests/benchmarks/bench_startup.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The child reports `time.time()` when the window's first paint is done, then quits.
_REPORT_FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.seen = False
        self.window = None

    def eventFilter(self, watched, event):
        if self.window is None and isinstance(watched, QMainWindow):
            self.window = watched  # from now on, only the main window's own events
            QApplication.instance().removeEventFilter(self)
            watched.installEventFilter(self)
        if (not self.seen and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow) and watched.isVisible() and READY()):
            self.seen = True
            QTimer.singleShot(0, lambda: (print("PAINTED", time.time(), flush=True),
                                          QApplication.instance().quit()))
        return False

def watch(app):
    app._first_paint = FirstPaint()
    app.installEventFilter(app._first_paint)
    QTimer.singleShot(20000, app.quit)
"""

BARE = (
    _REPORT_FIRST_PAINT
    + """
READY = lambda: True
app = QApplication(sys.argv[:1])
watch(app)
window = QMainWindow()
window.resize(1360, 860)
window.show()
app.exec()
"""
)

CLAIMDESK = (
    _REPORT_FIRST_PAINT
    + """
from pathlib import Path
from claimdesk.desktop.app import create_application, run_app
from claimdesk.desktop.settings import AppSettings
project, ini = Path(sys.argv[1]), Path(sys.argv[2])
app = create_application()
READY = lambda: any(getattr(w, "session", None) is not None for w in app.topLevelWidgets())
watch(app)
run_app(project, annotator="Bench", settings=AppSettings(ini))
"""
)


def time_to_first_paint(script: str, *args: str, bytecode: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": bytecode}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.time()
    result = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env
    )
    if result.returncode != 0:
        raise RuntimeError(f"the window did not start: {result.stderr.strip()[-1500:]}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("PAINTED")]
    if not lines:
        raise RuntimeError(f"no first paint reported: {result.stderr[-500:]}")
    return float(lines[-1].split()[1]) - began


def run(quick: bool) -> dict:
    from claimdesk.db.demo import build_demo_project

    runs = 5 if quick else 9
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "demo.claimdesk"
        build_demo_project(project)
        ini = str(Path(folder) / "settings.ini")
        cache = str(Path(folder) / "bytecode")
        # warm the OS file cache and the bytecode cache for both, as a second start would
        time_to_first_paint(BARE, bytecode=cache)
        time_to_first_paint(CLAIMDESK, str(project), ini, bytecode=cache)
        bare, ours = [], []
        for _ in range(runs):  # interleaved, so a busy moment hurts both alike
            bare.append(time_to_first_paint(BARE, bytecode=cache))
            ours.append(time_to_first_paint(CLAIMDESK, str(project), ini, bytecode=cache))
    return {
        "runs": runs,
        "bare_window_s": round(statistics.median(bare), 3),
        "claimdesk_demo_s": round(statistics.median(ours), 3),
        "ratio": round(statistics.median(ours) / statistics.median(bare), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    print(json.dumps(run(parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
