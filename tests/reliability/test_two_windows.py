"""Two windows of the app on one project: each sees the other's work within moments.

Each session polls SQLite's `data_version` (it moves only when another connection
commits) and reloads every view when it moves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from claimdesk.db import Store
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings
from tests.desktop.conftest import REPORT_A


def open_window(qtbot, project: Path, settings: Path, annotator: str) -> MainWindow:
    window = MainWindow(AppSettings(settings))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_project(project, annotator)
    qtbot.waitExposed(window)
    return window


def test_a_second_window_sees_the_first_windows_annotation_without_being_asked(
    qtbot, tmp_path: Path
):
    project = tmp_path / "shared.claimdesk"
    with Store.open(project) as store:
        store.add_article(REPORT_A, title="Report A")
    first = open_window(qtbot, project, tmp_path / "first.ini", "Ana")
    second = open_window(qtbot, project, tmp_path / "second.ini", "Ben")
    try:
        view = first.workspace.panes[0].view
        view.setFocus()
        view.select_range(REPORT_A.index("about"), REPORT_A.index(" people"))
        qtbot.keyClick(view, Qt.Key.Key_1)
        [made] = first.session.store.annotations()

        other_view = second.workspace.panes[0].view
        with qtbot.waitSignal(second.session.outside_change, timeout=5000):
            pass  # the watcher notices within its polling interval
        assert [s.annotation_id for s in other_view.spans()] == [made.id]
        assert not first.session.check_outside_changes()  # its own commit is not news to it

        second.session.store.update_annotation(made.id, note="Ben checked this")
        assert first.session.store.annotation(made.id).note == "Ben checked this"
        assert first.session.check_outside_changes()
    finally:
        first.close_project()
        second.close_project()
