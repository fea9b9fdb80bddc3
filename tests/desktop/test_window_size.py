"""The window fits the screen it opens on: on a laptop's screen the status bar, which says
whether every change is saved, must be on screen, not below its bottom edge."""

from __future__ import annotations

from claimdesk.desktop.main_window import MainWindow


def test_a_first_start_on_a_small_screen_fits_the_window_on_it(qtbot, app_settings):
    main = MainWindow(app_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    screen = main.screen().availableGeometry()
    assert main.width() <= screen.width() and main.height() <= screen.height()
    assert main.statusBar().geometry().bottom() <= screen.height()
