"""Dragging the window onto a screen of a size never used gives it the size a first start
gives it there (a laptop's maximised, a larger screen's 90% centred); onto a size used
before, the geometry it was left with there. Run in a subprocess, on Qt's offscreen
platform given three screens (a 1366×768 laptop, a 1920×1080 monitor, a 1280×800 tablet)."""

from __future__ import annotations

from pathlib import Path

from .offscreen_screens import run_on_screens

SCREENS = [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
    {"name": "monitor", "x": 1366, "y": 0, "width": 1920, "height": 1080},
    {"name": "tablet", "x": 3286, "y": 0, "width": 1280, "height": 800},
]

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from claimdesk.db import Store
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings

app = QApplication([])
laptop, monitor, tablet = app.screens()
folder = Path(sys.argv[1])
project = folder / "p.claimdesk"
with Store.open(project) as store:
    store.add_article("Foro Penal confirmed 56 releases.", title="Report B")
window = MainWindow(AppSettings(folder / "settings.ini"))
window.setGeometry(40, 30, 1200, 650)
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
    g = window.geometry()
    seen.append([window.screen().name(), g.x(), g.y(), g.width(), g.height(),
                 window.isMaximized()])

drag(1400, monitor)  # never used: 90% of it, centred
look()
window.setGeometry(1500, 100, 1400, 800)  # then made smaller there
drag(100, laptop)  # back to the laptop: as it was left there
look()
drag(1400, monitor)
look()
drag(3300, tablet)  # never used, a laptop's size: maximised
look()
print(json.dumps(seen))
"""


def test_a_window_dragged_to_a_new_screen_size_takes_the_first_use_size_there(tmp_path: Path):
    seen = run_on_screens(SCRIPT, tmp_path, SCREENS)
    shown = [(name, width, height, maxed) for name, _x, _y, width, height, maxed in seen]
    assert shown == [
        ("monitor", 1728, 972, False),  # a size never used: 90% of 1920×1080
        ("laptop", 1200, 650, False),  # as it was left on the laptop
        ("monitor", 1400, 800, False),  # as it was left on the monitor
        ("tablet", 1276, 796, True),  # never used, a laptop's size: maximised
    ]
    assert seen[0][1:3] == [1366 + 96 + 2, 54 + 2]  # centred (inside a 2-pixel frame)
