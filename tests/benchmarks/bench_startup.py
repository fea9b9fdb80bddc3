"""Cold start: the main window painted with the demo project, against a bare PySide6 window.

Both start the same way, as a fresh Python process; the wall time runs from just before
the process is spawned to the first paint event of the main window (reported from a
zero-delay timer after that paint, so the frame is done). Median of several runs each.

Two things would otherwise measure the harness, not the app. The paint watcher is a
Python event filter on the main window alone, put on as the window is shown, in both
children alike. Application-wide, it would be handed every object that gets an event,
among them widgets Qt made in C++ that the app never touches, and PySide wraps each one
it is handed (its first unknown `QWidget` costs about 10 ms of type lookup). And both
children get a bytecode cache of their own, as an installed app has from its second start
on, even when the calling shell sets PYTHONDONTWRITEBYTECODE (the warm-up runs fill it).

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

# Both children report `time.time()` once the window's first paint is done, then quit.
# Qt is imported only when the window is shown, so the app's own import order is kept.
_REPORT_FIRST_PAINT = """
import sys, time

def watch(window, ready):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if not self.seen and event.type() == QEvent.Type.Paint and ready(watched):
                self.seen = True
                QTimer.singleShot(0, lambda: (print("PAINTED", time.time(), flush=True),
                                              QApplication.instance().quit()))
            return False

    window.installEventFilter(FirstPaint(window))
    QTimer.singleShot(20000, QApplication.instance().quit)
"""

BARE = (
    _REPORT_FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 860)
watch(window, lambda window: True)
window.show()
app.exec()
"""
)

# Started as the `claimdesk PROJECT` command starts; the watcher goes on as the window is
# shown, as in the bare child, and waits for a paint with the project in it.
CLAIMDESK = (
    _REPORT_FIRST_PAINT
    + """
from claimdesk.desktop.cli import main
from claimdesk.desktop.main_window import MainWindow
show = MainWindow.show
def show_watched(window):
    watch(window, lambda window: window.session is not None)
    show(window)
MainWindow.show = show_watched
sys.exit(main([sys.argv[1], "--annotator", "Bench"]))
"""
)


def time_to_first_paint(script: str, *args: str, bytecode: str, home: str) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": bytecode,
        "XDG_CONFIG_HOME": home,  # settings of its own, not the user's
        "XDG_DATA_HOME": home,
    }
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
    from claimdesk.db.interchange.demo import build_demo_project

    runs = 5 if quick else 9
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "demo.claimdesk"
        build_demo_project(project)
        where = {"bytecode": str(Path(folder) / "bytecode"), "home": folder}
        # warm the OS file cache and the bytecode cache for both, as a second start would
        time_to_first_paint(BARE, **where)
        time_to_first_paint(CLAIMDESK, str(project), **where)
        bare, ours = [], []
        for _ in range(runs):  # interleaved, so a busy moment hurts both alike
            bare.append(time_to_first_paint(BARE, **where))
            ours.append(time_to_first_paint(CLAIMDESK, str(project), **where))
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
