"""Reviewing on a laptop (Ctrl+3 at 1366x768): the review list shows a useful number of rows
(2 before) and the articles keep the reading height the room-for-text tests ask."""

from __future__ import annotations

from claimdesk.desktop.review.review_layers import SIDE_BY_SIDE
from tests.desktop.workspace.test_room_for_text import LAPTOP, laptop_window, lines_shown

__all__ = ["laptop_window"]  # the fixture, shared with the room-for-text tests


def test_the_review_list_shows_six_rows_in_the_reviewing_layout(qtbot, laptop_window):
    window = laptop_window
    store = window.session.store
    ben = store.ensure_annotator("Ben")
    article, tag = store.articles()[0], store.tags()[0]
    for n in range(10):
        store.add_annotation(article.id, 10 * n, 10 * n + 5, tag.id, ben.id)
    window.panels.use("reviewing")
    window.review.start(ben.id, SIDE_BY_SIDE)
    table = window.review.panel.table
    qtbot.waitUntil(lambda: not table.visibleRegion().isEmpty())
    qtbot.wait(100)  # the window lays its docks out, as the room-for-text tests wait
    rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    lines = [lines_shown(pane.view) for pane in window.workspace.panes]
    print(f"review rows shown: {rows:.1f}; lines shown:", [round(f, 1) for f in lines])
    assert rows >= 6
    assert min(lines) >= 20
    assert window.height() <= LAPTOP[1]
