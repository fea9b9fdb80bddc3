"""High contrast (issue 24): View → High contrast turns the whole window white on black,
the article panes included, and the choice is kept for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from claimdesk.desktop.high_contrast import use_high_contrast
from claimdesk.desktop.main_window import MainWindow

from .conftest import open_window
from .driver import Desk

Role = QPalette.ColorRole
BLACK, WHITE = QColor("black"), QColor("white")


@pytest.fixture(autouse=True)
def ordinary_palette_after():
    yield
    use_high_contrast(False)  # the palette is the application's: leave it as it was


def test_high_contrast_turns_the_window_and_the_article_white_on_black(qtbot, desk):
    before = QApplication.palette().color(Role.Base)
    desk.choose("View", "High contrast")
    view = desk.pane(1).view
    qtbot.waitUntil(lambda: view.palette().color(Role.Base) == BLACK)  # a posted change
    assert view.palette().color(Role.Text) == WHITE
    assert desk.window.palette().color(Role.Window) == BLACK
    assert desk.menu_action("View", "High contrast").isChecked()
    desk.choose("View", "High contrast")
    qtbot.waitUntil(lambda: view.palette().color(Role.Base) == before)


def test_high_contrast_is_still_on_at_the_next_start(qtbot, tmp_path, desk, app_settings):
    desk.choose("View", "High contrast")
    project = desk.window.session.path
    desk.window.close_project()
    desk.window.close()
    use_high_contrast(False)  # as a new process starts
    for window in open_window(qtbot, project, app_settings):
        again = Desk(qtbot, window)
        assert again.menu_action("View", "High contrast").isChecked()
        view = again.pane(1).view
        qtbot.waitUntil(lambda v=view: v.palette().color(Role.Base) == BLACK)


def test_a_first_start_is_not_high_contrast(qtbot, app_settings):
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    assert not app_settings.high_contrast
    assert QApplication.palette().color(Role.Base) != BLACK
