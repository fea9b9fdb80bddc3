"""The first articles imported into a project go into its empty panes (issue 20): two
articles imported into an empty project are shown side by side, not one pane filled and
the other left empty; a pane already showing an article keeps it."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.desktop.flows import project_flows

from ..conftest import open_window
from .test_dataset_flows import wait_for_task


def _two_files(folder: Path) -> list[Path]:
    first = folder / "first.txt"
    first.write_text("The first report says 50 were released.", encoding="utf-8")
    second = folder / "second.txt"
    second.write_text("The second report says 56 were released.", encoding="utf-8")
    return [first, second]


def _shown_texts(window) -> list[str]:
    return [pane.view.text() for pane in window.workspace.panes]


def test_two_articles_imported_into_an_empty_project_are_shown_side_by_side(
    qtbot, tmp_path: Path, app_settings
):
    project = tmp_path / "empty.claimdesk"
    Store.open(project).close()
    for window in open_window(qtbot, project, app_settings):
        assert not any(pane.article_id for pane in window.workspace.panes)
        project_flows.import_article_files(window, _two_files(tmp_path))
        wait_for_task(qtbot, window)
        assert _shown_texts(window) == [
            "The first report says 50 were released.",
            "The second report says 56 were released.",
        ]


def test_a_later_import_fills_the_empty_pane_and_leaves_the_one_being_read(
    qtbot, tmp_path: Path, app_settings
):
    project = tmp_path / "empty.claimdesk"
    Store.open(project).close()
    first = tmp_path / "read.txt"
    first.write_text("The article being read.", encoding="utf-8")
    for window in open_window(qtbot, project, app_settings):
        project_flows.import_article_files(window, [first])
        wait_for_task(qtbot, window)
        assert _shown_texts(window) == ["The article being read.", ""]
        window.workspace.panes[0].view.setFocus()
        project_flows.import_article_files(window, _two_files(tmp_path))
        wait_for_task(qtbot, window)
        assert _shown_texts(window) == [
            "The article being read.",
            "The first report says 50 were released.",
        ]
