"""A real main window on a fresh project, for tests that drive it as a user does."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings

REPORT_A = (
    "The UN counts about 50 people released. 👩🏽‍⚖️ Officials said more than 100 were freed.\n"
    "Café owners (cafe\u0301) cheered. قال المسؤول إن 400 أُطلق سراحهم.\n"
)
REPORT_B = "Foro Penal confirmed 56 releases. The government claims 400.\n"


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, tmp_path: Path, app_settings: AppSettings):
    project = tmp_path / "window.claimdesk"
    with Store.open(project) as store:
        store.add_article(REPORT_A, title="Report A", outlet="Wire", date="2026-01-14")
        store.add_article(REPORT_B, title="Report B", outlet="Daily", date="2026-01-17")
    main = MainWindow(app_settings)
    qtbot.addWidget(main)
    main.resize(1300, 800)
    main.show()
    assert main.open_project(project, "Ana")
    qtbot.waitExposed(main)
    yield main
    main.close_project()
