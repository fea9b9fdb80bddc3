"""Reviewing on a laptop (Ctrl+3 at 1366x768): the review list shows a useful number of rows
(2 before) and the articles keep the reading height the room-for-text tests ask. In the
Annotating layout (Ctrl+2) it showed 4 rows, its heading wrapped over two lines and a
horizontal scroll bar under it: the heading folds to one line there (whole in its tooltip)
and the columns fit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from claimdesk.desktop.review.review_layers import SIDE_BY_SIDE
from claimdesk.desktop.review.review_panel import FoldingHeading
from claimdesk.desktop.session import Change
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


def review_bos_annotations(window) -> None:
    """Bo marked a few words in each article; Ana reviews them."""
    store = window.session.store
    bo = store.ensure_annotator("Bo")
    tag = store.tags()[0].id
    for article in store.articles():
        text = store.article_text(article.id)
        for word in ("the", "said", "flood", "council"):
            start = text.find(word)
            if start >= 0:
                store.add_annotation(article.id, start, start + len(word), tag, bo.id)
    window.session.announce(Change.all())
    window.review.start(bo.id)


def rows_shown(table) -> float:
    return table.viewport().height() / table.rowHeight(0)


def test_reviewing_in_the_annotating_layout_on_a_laptop_shows_five_rows(qtbot, laptop_window):
    window = laptop_window
    review_bos_annotations(window)
    window.panels.use("annotating")
    window.review.panel.parentWidget().raise_()
    qtbot.wait(50)  # the window lays its docks out
    QApplication.processEvents()
    table = window.review.panel.table
    print("review rows shown, annotating at 1366x768:", round(rows_shown(table), 1))
    assert rows_shown(table) >= 5
    assert not table.horizontalScrollBar().isVisible()
    assert min(lines_shown(pane.view) for pane in window.workspace.panes) >= 20


def test_a_folded_heading_keeps_its_whole_text_in_the_tooltip(qtbot):
    heading = FoldingHeading()
    qtbot.addWidget(heading)
    heading.resize(200, 40)
    heading.setText("Reviewing Bo's annotations as Ana. Left pane: yours · right pane: Bo's.")
    heading.fold(True)
    assert heading.text().endswith("…")
    assert "right pane: Bo's." in heading.toolTip().replace("\xa0", " ")
    heading.fold(False)
    assert heading.text() == heading.full
    assert heading.toolTip() == ""
