"""A new project's panes are not blank: they say how to bring an article in, and a pane
with no article in a project that has some says where to choose one (seen under Xvfb: a
new project showed two empty white panes and empty choosers, nothing to go on)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.desktop.session import Change
from tests.desktop.conftest import open_window


def test_a_new_projects_panes_say_how_to_import_and_then_where_to_choose(
    qtbot, tmp_path: Path, app_settings
):
    project = tmp_path / "new.claimdesk"
    Store.open(project).close()
    window = next(open_window(qtbot, project, app_settings))
    try:
        left, right = window.workspace.panes
        for pane in (left, right):
            assert "Ctrl+I" in pane.view.placeholderText()
        article = tmp_path / "report.txt"
        article.write_text("The UN says about 50 people were released.", encoding="utf-8")
        window.session.store.add_article(article.read_text(encoding="utf-8"), title="Report")
        window.session.announce(Change.all())
        qtbot.waitUntil(lambda: "Ctrl+I" not in right.view.placeholderText())
        assert right.view.placeholderText() == "Choose an article above."
    finally:
        window.close_project()
