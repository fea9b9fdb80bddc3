"""Who annotates is the same whether the name came from the first-start dialog,
`--annotator NAME` or CLAIMDESK_ANNOTATOR, for every way of opening or creating a project;
a project that cannot be created leaves no file behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from claimdesk.db import Store
from claimdesk.desktop import app as desktop_app
from claimdesk.desktop import cli
from claimdesk.desktop.flows import project_flows
from claimdesk.desktop.main_window import MainWindow


@pytest.fixture
def start(qtbot, monkeypatch, app_settings, boxes):
    """Start the app as the `claimdesk` command does; returns the window it shows (a
    message box it would show is answered and kept in `boxes`)."""
    monkeypatch.setattr(desktop_app, "AppSettings", lambda: app_settings)
    monkeypatch.setattr(QApplication, "exec", lambda app: 0)
    windows: list[MainWindow] = []

    def run(*argv: str) -> MainWindow:
        before = set(QApplication.topLevelWidgets())
        assert cli.main(list(argv)) == 0
        [window] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w not in before
        ]
        qtbot.addWidget(window)
        windows.append(window)
        qtbot.waitUntil(lambda: not window.opening)  # opened right after its first frame
        return window

    yield run
    for window in windows:
        window.close_project()


def annotators_of(path: Path) -> list[str]:
    with Store.open(path, create=False) as store:
        return [annotator.name for annotator in store.annotators()]


def every_way_of_opening(window: MainWindow, tmp_path: Path, monkeypatch, boxes) -> list[Path]:
    """New project, Open project and Open recent, each through its menu flow."""
    created = tmp_path / "new.claimdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(created), ""))
    project_flows.new_project(window)
    other = tmp_path / "other.claimdesk"
    Store.open(other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    project_flows.open_project(window)
    project_flows.fill_recent_menu(window)
    recent = next(a for a in window.action_set.recent_menu.actions() if a.text() == created.name)
    recent.trigger()
    assert window.session is not None and window.session.path == created
    assert boxes.shown == []
    return [created, other]


def test_with_the_variable_set_every_way_of_opening_records_that_name(
    start, tmp_path, monkeypatch, boxes
):
    monkeypatch.setenv(cli.ANNOTATOR_VARIABLE, "Maria")
    first = tmp_path / "first.claimdesk"
    window = start(str(first))
    assert window.session.annotator.name == "Maria"
    for path in [first, *every_way_of_opening(window, tmp_path, monkeypatch, boxes)]:
        assert annotators_of(path) == ["Maria"]


def test_with_the_flag_every_way_of_opening_records_that_name(start, tmp_path, monkeypatch, boxes):
    monkeypatch.delenv(cli.ANNOTATOR_VARIABLE, raising=False)
    window = start("--annotator", "Jon", str(tmp_path / "first.claimdesk"))
    for path in every_way_of_opening(window, tmp_path, monkeypatch, boxes):
        assert annotators_of(path) == ["Jon"]


def test_with_the_name_from_the_first_start_every_way_of_opening_records_it(
    start, tmp_path, monkeypatch, app_settings, boxes
):
    monkeypatch.delenv(cli.ANNOTATOR_VARIABLE, raising=False)
    monkeypatch.setattr(desktop_app, "_ask_annotator_name", lambda: "Ana")
    window = start(str(tmp_path / "first.claimdesk"))
    assert app_settings.annotator_name == "Ana"  # remembered for the next start
    for path in every_way_of_opening(window, tmp_path, monkeypatch, boxes):
        assert annotators_of(path) == ["Ana"]


def test_a_project_that_cannot_be_created_leaves_no_file_behind(
    start, tmp_path, monkeypatch, boxes
):
    monkeypatch.setenv(cli.ANNOTATOR_VARIABLE, "   ")  # a name of blanks only
    target = tmp_path / "blank.claimdesk"
    window = start(str(target))
    assert window.session is None
    assert boxes.shown and "annotator needs a name" in boxes.shown[0]
    assert sorted(tmp_path.glob("blank*")) == []
