"""Two articles of one title (a budget's PDF and its Word file) are told apart in the
panes' choosers by their source file (seen under Xvfb: 'Budget statement 2024' twice)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from tests.desktop.conftest import open_window

SOURCES = Path(__file__).parents[2] / "fixtures" / "sources"


def test_two_articles_of_one_title_are_named_with_their_files_in_the_chooser(
    qtbot, tmp_path: Path, app_settings
):
    project = tmp_path / "budget.claimdesk"
    with Store.open(project) as store:
        import_articles(store, [SOURCES / "budget.pdf", SOURCES / "budget.docx"])
    window = next(open_window(qtbot, project, app_settings))
    try:
        chooser = window.workspace.panes[0].chooser
        names = sorted(chooser.itemText(row) for row in range(chooser.count()))
        assert len(set(names)) == 2, names
        assert names[0].endswith("budget.docx") and names[1].endswith("budget.pdf"), names
    finally:
        window.close_project()
