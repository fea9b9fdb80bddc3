"""The window the crash test kills: a real MainWindow, offscreen, tagging with digit keys.

Usage: python window_worker.py PROJECT SEED. It selects a random range in a pane and
presses a digit key, as a user does; once the pane shows the new highlight (the command
returned, so the store committed) it prints `A <annotation id>`, flushed.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path
from typing import TextIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings

DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6)


def open_window(path: str, annotator: str) -> tuple[QApplication, MainWindow]:
    """A shown main window on `path`, with settings of its own (not the user's)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = AppSettings(Path(tempfile.mkdtemp(prefix="claimdesk-crash-")) / "settings.ini")
    window = MainWindow(settings)
    window.resize(1200, 800)
    window.show()
    if not window.open_project(Path(path), annotator):
        raise SystemExit(f"{path}: the window could not open it")
    return app, window


def tag_once(app: QApplication, window: MainWindow, rng: random.Random, out: TextIO) -> int:
    """Select a random range in a random pane, press a digit; acknowledge what appeared
    (how many)."""
    view = rng.choice(window.workspace.panes).view
    length = len(view.text())
    start = rng.randrange(length - 1)
    end = rng.randrange(start + 1, min(length, start + 40) + 1)
    before = {span.annotation_id for span in view.spans()}
    view.setFocus()
    view.select_range(start, end)
    QTest.keyClick(view, rng.choice(DIGITS))
    app.processEvents()
    appeared = {span.annotation_id for span in view.spans()} - before
    for annotation_id in appeared:
        out.write(f"A {annotation_id}\n")
    out.flush()
    return len(appeared)


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    app, window = open_window(path, "Window Worker")
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        tag_once(app, window, rng, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
