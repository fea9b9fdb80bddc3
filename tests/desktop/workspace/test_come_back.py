"""Reopening a project brings the reader back where they were (issue 20): each pane's
article, caret and scroll, and the claim selected, not only which articles were open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from claimdesk.db.interchange.demo import build_demo_project
from claimdesk.desktop.main_window import MainWindow


def test_each_panes_caret_and_scroll_and_the_selected_claim_come_back(
    qtbot, tmp_path: Path, app_settings
):
    project = tmp_path / "demo.claimdesk"
    build_demo_project(project)
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_project(project, "Ana")
    qtbot.waitExposed(window)
    window.workspace.set_zoom(10)  # big letters: the articles scroll
    QApplication.processEvents()
    window.action_set["view.layout_reviewing"].trigger()
    claims = window.claims_panel
    qtbot.waitUntil(lambda: claims.tree.topLevelItemCount() == 3)
    claims.tree.setCurrentItem(claims.tree.topLevelItem(2))  # lays out its appearances
    chosen = claims.current_claim_id()
    first, second = window.workspace.panes
    first.view.set_caret(200)
    bar = second.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 3)
    bar.setValue(3)
    articles = [pane.article_id for pane in window.workspace.panes]
    window.close_project()

    assert window.open_project(project, "Ana")
    QApplication.processEvents()
    first, second = window.workspace.panes
    assert [first.article_id, second.article_id] == articles
    assert first.view.caret_offset() == 200
    qtbot.waitUntil(lambda: second.view.verticalScrollBar().value() == 3)
    qtbot.waitUntil(lambda: window.docks.dock("claims").built)
    assert window.claims_panel.current_claim_id() == chosen
    window.close_project()
