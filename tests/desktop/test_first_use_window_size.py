"""On a screen size never used before, the first start takes a sensible share of the
screen (issue 20 walkthrough: on a 1920×1080 monitor it opened at 1360×860 in the
top-left corner): maximised on a laptop-sized screen, where the text needs every pixel;
90% of a larger screen, centred, so other windows (the source in a browser) stay in
reach. The named layout suiting that size applies, with its panels' heights. Run in a
subprocess, on Qt's offscreen platform given the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.desktop.layouts import LAYOUTS

from .offscreen_screens import run_on_screens

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from claimdesk.db import Store
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings

app = QApplication([])
folder = Path(sys.argv[1])
project = folder / "p.claimdesk"
with Store.open(project) as store:
    store.add_article("Foro Penal confirmed 56 releases.", title="Report B")
window = MainWindow(AppSettings(folder / "settings.ini"))
window.open_when_shown(project, "Ana")  # as a start does
window.show()

def look():
    layout = window.panels.name
    bottom = {"annotating": "inspector", "reviewing": "inspector"}[layout]
    print(json.dumps({
        "geometry": window.geometry().getRect(),
        "frame": window.frameGeometry().getRect(),
        "maximised": bool(window.windowState() & Qt.WindowState.WindowMaximized),
        "layout": layout,
        "bottom": window.panels.docks[bottom].height(),
    }))
    window.close()
    app.quit()

QTimer.singleShot(1500, look)
app.exec()
"""


def _first_start(tmp_path: Path, width: int, height: int) -> dict:
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
    return run_on_screens(SCRIPT, tmp_path, [screen])


def test_a_first_start_on_a_large_screen_takes_ninety_percent_of_it_centred(tmp_path: Path):
    seen = _first_start(tmp_path, 1920, 1080)
    x, y, width, height = seen["geometry"]
    assert (width, height) == (1728, 972)
    assert abs(x - (1920 - width) // 2) <= 2 and abs(y - (1080 - height) // 2) <= 30
    assert seen["layout"] == "reviewing"
    assert seen["bottom"] == LAYOUTS["reviewing"].bottom_height  # the panels under the panes


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_a_first_start_on_a_laptop_screen_is_maximised(tmp_path: Path, size):
    seen = _first_start(tmp_path, *size)
    assert seen["maximised"]
    assert seen["frame"][2] == size[0]
    assert seen["layout"] == "annotating"
    assert seen["bottom"] == 190
