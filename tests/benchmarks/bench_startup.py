"""Cold start: the main window's first frame, and the project shown and usable, against a
bare PySide6 window started the same way.

Both start the same way, as a fresh Python process. Two times run from just before the
process is spawned:

- first frame: the first paint event of the main window, whatever it shows (the app's
  first frame has its menus, status bar and title, and says the project is opening);
- usable (Claimdesk only): the first paint with the project open (its articles in the
  panes, the keyboard focus in one), after which the panels of the docks the user can see
  are built and the event loop has turned once more, so a key typed then is handled.

Each is reported from a zero-delay timer, so the frame is done; each child also reports
its CPU time (`time.process_time()`, from its own start) at the same moments. Starts of
the bare window and the app alternate, so a busy moment on a shared machine hurts both
alike; the figures are medians.

Two things would otherwise measure the harness, not the app. The paint watcher is a
Python event filter on the main window alone, put on as the window is shown, in both
children alike. Application-wide, it would be handed every object that gets an event,
among them widgets Qt made in C++ that the app never touches, and PySide wraps each one
it is handed (its first unknown `QWidget` costs about 10 ms of type lookup). And both
children get a bytecode cache of their own, as an installed app has from its second start
on, even when the calling shell sets PYTHONDONTWRITEBYTECODE (the warm-up runs fill it).

    .venv/bin/python tests/benchmarks/bench_startup.py [--quick] [--pairs N]
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

# The children print "FIRST <time> <cpu>" once the window's first paint is done and
# "USABLE <time> <cpu>" once `usable(window)` holds after a paint, then quit. Qt is
# imported only when the window is shown, so the app's own import order is kept.
_REPORT_PAINTS = """
import sys, time

def watch(window, usable):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    def report(what):
        print(what, time.time(), time.process_time(), flush=True)

    def when_usable():
        if usable(window):
            QTimer.singleShot(0, lambda: (report("USABLE"), QApplication.instance().quit()))
        else:
            QTimer.singleShot(0, when_usable)

    class Paints(QObject):
        first = True
        project = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                if self.first:
                    self.first = False
                    QTimer.singleShot(0, lambda: report("FIRST"))
                if not self.project and usable(watched, painted_only=True):
                    self.project = True
                    QTimer.singleShot(0, when_usable)
            return False

    window.installEventFilter(Paints(window))
    QTimer.singleShot(20000, QApplication.instance().quit)
"""

BARE = (
    _REPORT_PAINTS
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 860)
watch(window, lambda window, painted_only=False: True)
window.show()
app.exec()
"""
)

# Started as the `claimdesk PROJECT` command starts; the watcher goes on as the window is
# shown, as in the bare child. Usable: a frame has shown the project's articles, and the
# panels of the docks the user can see are built.
CLAIMDESK = (
    _REPORT_PAINTS
    + """
from claimdesk.desktop.cli import main
from claimdesk.desktop.main_window import MainWindow

def usable(window, painted_only=False):
    workspace = window.workspace
    if window.session is None or workspace is None or not workspace.panes:
        return False
    if not all(pane.view.toPlainText() for pane in workspace.panes):
        return False
    return painted_only or all(dock.built for dock in window.docks.deferred if dock.shown)

show = MainWindow.show
def show_watched(window):
    watch(window, usable)
    show(window)
MainWindow.show = show_watched
sys.exit(main([sys.argv[1], "--annotator", "Bench"]))
"""
)


def start(script: str, *args: str, bytecode: str, home: str, pythonpath: str = "") -> dict:
    """One start: the seconds and CPU seconds to each moment the child reported."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": bytecode,
        "XDG_CONFIG_HOME": home,  # settings of its own, not the user's
        "XDG_DATA_HOME": home,
    }
    if pythonpath:  # another copy of the code, to compare before and after a change
        env["PYTHONPATH"] = pythonpath
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.time()
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a message box would wait for an answer
    )
    if result.returncode != 0:
        raise RuntimeError(f"the window did not start: {result.stderr.strip()[-1500:]}")
    moments = {}
    for line in result.stdout.splitlines():
        what, *values = line.split()
        if what in ("FIRST", "USABLE"):
            moments[what.lower()] = float(values[0]) - began
            moments[f"{what.lower()}_cpu"] = float(values[1])
    if "first" not in moments or ("usable" not in moments and script is CLAIMDESK):
        raise RuntimeError(f"no paint reported: {result.stdout[-300:]} {result.stderr[-500:]}")
    return moments


def median(starts: list[dict], key: str) -> float:
    return statistics.median(moments[key] for moments in starts)


def run(quick: bool, pairs: int | None = None) -> dict:
    from claimdesk.db.interchange.demo import build_demo_project

    pairs = pairs or (5 if quick else 15)
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "demo.claimdesk"
        build_demo_project(project)
        where = {"bytecode": str(Path(folder) / "bytecode"), "home": folder}
        # warm the OS file cache and the bytecode cache for both, as a second start would
        start(BARE, **where)
        start(CLAIMDESK, str(project), **where)
        bare, ours = [], []
        for _ in range(pairs):  # alternating, so a busy moment hurts both alike
            bare.append(start(BARE, **where))
            ours.append(start(CLAIMDESK, str(project), **where))
    bare_s = median(bare, "first")
    return {
        "pairs": pairs,
        "bare_window_s": round(bare_s, 3),
        "claimdesk_first_frame_s": round(median(ours, "first"), 3),
        "first_frame_ratio": round(median(ours, "first") / bare_s, 2),
        "claimdesk_usable_s": round(median(ours, "usable"), 3),
        "usable_ratio": round(median(ours, "usable") / bare_s, 2),
        "bare_window_cpu_s": round(median(bare, "first_cpu"), 3),
        "claimdesk_first_frame_cpu_s": round(median(ours, "first_cpu"), 3),
        "claimdesk_usable_cpu_s": round(median(ours, "usable_cpu"), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer starts (5 pairs)")
    parser.add_argument("--pairs", type=int, help="alternating starts of each (default 15)")
    arguments = parser.parse_args()
    print(json.dumps(run(arguments.quick, arguments.pairs), indent=2))


if __name__ == "__main__":
    main()
