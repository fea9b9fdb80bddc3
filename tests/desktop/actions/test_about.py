"""Help → About names the version, Claimdesk's licence, and every piece of third-party
software it runs on with its licence: read from the installed packages in a development
install, from the list the build wrote into a bundle."""

from __future__ import annotations

import sys
from importlib import metadata

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from claimdesk.desktop.licences import NOTICES_FILE, NOTICES_FOLDER
from claimdesk.desktop.widgets.about_dialog import AboutDialog


def about_opened_from_the_help_menu(window) -> dict[str, str]:
    shown: dict[str, str] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        shown["title"] = dialog.title.text()
        shown["licence"] = dialog.licence.text()
        shown["third party"] = dialog.third_party.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.action_set["help.about"].trigger()
    return shown


def test_about_shows_the_installed_version_and_the_mit_licence(qtbot, window):
    shown = about_opened_from_the_help_menu(window)
    assert shown["title"] == f"Claimdesk {metadata.version('claimdesk')}"
    assert shown["licence"] == "Licence: MIT."


def test_about_lists_qt_as_lgpl_and_the_other_installed_dependencies(qtbot, window):
    lines = about_opened_from_the_help_menu(window)["third party"].splitlines()
    qt = next(line for line in lines if line.startswith("PySide6 "))
    assert qt == f"PySide6 {metadata.version('PySide6')}: {metadata.metadata('PySide6')['License']}"
    assert "LGPL-3.0" in qt
    assert any(
        line.startswith(f"sqlite-utils {metadata.version('sqlite-utils')}: ") for line in lines
    )
    assert not any(line.startswith(("pytest", "ruff", "claimdesk ")) for line in lines)


def test_a_bundle_shows_the_list_its_build_wrote(qtbot, window, tmp_path, monkeypatch):
    notices = tmp_path / NOTICES_FOLDER
    notices.mkdir()
    (notices / NOTICES_FILE).write_text("Python 3.11.7: PSF-2.0\nlxml 6.1.3: BSD-3-Clause\n")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    shown = about_opened_from_the_help_menu(window)
    assert shown["third party"] == "Python 3.11.7: PSF-2.0\nlxml 6.1.3: BSD-3-Clause"
