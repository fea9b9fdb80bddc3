"""Dragging the window onto a screen of another size re-chooses its named layout: the one
last used on a screen of that size, or the one that suits the window there, and the
layout left behind is remembered for its screen. Run in a subprocess, on Qt's offscreen
platform given two screens (a 1366×768 laptop and a 1920×1080 monitor)."""

from __future__ import annotations

from pathlib import Path

from .offscreen_screens import run_on_screens

SCREENS = [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
    {"name": "monitor", "x": 1366, "y": 0, "width": 1920, "height": 1080},
]

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from claimdesk.db import Store
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings

app = QApplication([])
laptop, monitor = app.screens()
folder = Path(sys.argv[1])
project = folder / "p.claimdesk"
with Store.open(project) as store:
    store.add_article("Foro Penal confirmed 56 releases.", title="Report B")
window = MainWindow(AppSettings(folder / "settings.ini"))
window.resize(1300, 700)
window.open_project(project, "Ana")
window.show()
app.processEvents()
seen = []

def drag(x, screen):
    window.move(x, 30)
    for _ in range(10000):  # the move, then the screen change it brings
        if window.screen() == screen:
            break
        app.processEvents()

def look():
    app.processEvents()
    seen.append([window.screen().name(), window.panels.name,
                 window.panels.docks["claims"].isVisible()])

window.action_set["view.layout_reading"].trigger()
look()
drag(1400, monitor)  # dragged onto the monitor, never used before
look()
window.action_set["view.layout_annotating"].trigger()
drag(100, laptop)  # and back
look()
drag(1400, monitor)
look()
window.close_project()
settings = AppSettings(folder / "settings.ini")
seen.append([settings.window_state(size)[2] for size in ("1366x768", "1920x1080")])
print(json.dumps(seen))
"""


def test_moving_the_window_to_a_screen_of_another_size_takes_that_sizes_layout(tmp_path: Path):
    seen = run_on_screens(SCRIPT, tmp_path, SCREENS)
    assert seen == [
        ["laptop", "reading", False],
        ["monitor", "reviewing", True],  # a size never used: the one suiting 90% of it
        ["laptop", "reading", False],  # back: the laptop's own layout
        ["monitor", "annotating", False],  # and the monitor's, as left there
        ["reading", "annotating"],  # each remembered for its screen size
    ]
