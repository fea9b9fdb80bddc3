"""A New project opened in the window the demo started in keeps the room for the text
(issue 20 walkthrough: the first New project showed the article panes about 70 px tall,
the panels under them filling the screen, until the layout was chosen again); and the
window stays where it is instead of jumping down by its title bar's height."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from claimdesk.desktop.flows import project_flows

from ..flows.test_dataset_flows import wait_for_task
from . import test_room_for_text
from .test_room_for_text import lines_shown

demo_on_laptop = test_room_for_text.laptop_window  # the demo as a first start shows it


def _new_project(qtbot, window, path: Path) -> None:
    """What File → New project does once a name is chosen; the old panels go."""
    assert window.open_project(path)
    qtbot.wait(50)  # the closed project's widgets deleted, the new ones laid out
    QApplication.processEvents()


def test_a_new_project_after_the_demo_gives_the_articles_twenty_lines(
    qtbot, demo_on_laptop, tmp_path: Path, seed_paths
):
    window = demo_on_laptop
    # The panels under the panes left taller than the text, as the walkthrough saw them.
    bottom = window.panels.docks["inspector"]
    window.resizeDocks([bottom], [560], Qt.Orientation.Vertical)
    QApplication.processEvents()
    _new_project(qtbot, window, tmp_path / "fresh.claimdesk")
    project_flows.import_article_files(window, seed_paths)
    wait_for_task(qtbot, window)
    QApplication.processEvents()
    figures = [lines_shown(pane.view) for pane in window.workspace.panes]
    print("lines shown after New project at 1366x768:", [round(f, 1) for f in figures])
    assert min(figures) >= 20


def test_a_new_project_leaves_the_window_where_it_is(qtbot, demo_on_laptop, tmp_path: Path):
    window = demo_on_laptop
    before = window.geometry()
    _new_project(qtbot, window, tmp_path / "fresh.claimdesk")
    assert window.geometry() == before


def test_a_new_project_shows_the_panels_as_they_were_left(qtbot, demo_on_laptop, tmp_path: Path):
    """The saved state goes to the new project's docks, not to the closed project's,
    which were still in the window (deleted on a later turn) and found first by name."""
    window = demo_on_laptop
    inspector = window.panels.docks["inspector"]
    window.resizeDocks([inspector], [260], Qt.Orientation.Vertical)
    QApplication.processEvents()
    left = {key: dock.geometry() for key, dock in window.panels.docks.items() if dock.isVisible()}
    _new_project(qtbot, window, tmp_path / "fresh.claimdesk")
    shown = {key: dock.geometry() for key, dock in window.panels.docks.items() if dock.isVisible()}
    assert shown == left
