"""Claims → Story timeline: the selected claim's figures over time, following the claims
list and the project's edits."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QDockWidget

from claimdesk.desktop.commands.claimant_commands import name_claimant
from claimdesk.desktop.panels.timeline_panel import TIMELINE_DOCK, TimelinePanel
from claimdesk.desktop.session import Change
from tests.desktop.workspace.test_room_for_text import LAPTOP, laptop_window, lines_shown

from .test_claims_panel import wait_for_claims

__all__ = ["laptop_window"]  # the fixture, shared with the room-for-text tests


def _figures_claim(window) -> str:
    """ "about 50" (Wire, 14 January) and "56" (Daily, 17 January) as one claim."""
    store = window.session.store
    ana = store.ensure_annotator("Ana")
    statistic = store.tag_by_name("Statistic").id
    spans = []
    for title, phrase in (("Report A", "about 50"), ("Report B", "56")):
        article = next(a for a in store.articles() if a.title == title)
        start = store.article_text(article.id).index(phrase)
        spans.append(store.add_annotation(article.id, start, start + len(phrase), statistic,
                                          ana.id).id)  # fmt: skip
    claim = store.add_claim(ana.id, spans, wording="Prisoners released")
    window.session.announce(Change(everything=True))
    return claim.id


def _rows(panel) -> list[list[str]]:
    table = panel.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_timeline_follows_the_claim_selected_in_the_claims_list(qtbot, window):
    claim = _figures_claim(window)
    [row] = wait_for_claims(qtbot, window.claims_panel, 1)
    window.action_set["claims.timeline"].trigger()
    panel = window.findChild(TimelinePanel)
    assert panel is not None and panel.isVisibleTo(window)
    assert panel.table.rowCount() == 0, "no claim selected yet"
    window.claims_panel.tree.setCurrentItem(row)
    assert panel.claim_id == claim
    assert _rows(panel) == [
        ["2026-01-14", "—", "—", "Wire", "about 50"],
        ["2026-01-17", "—", "—", "Daily", "56"],
    ]
    assert panel.chart.isVisibleTo(window)
    assert panel.table.item(1, 4).foreground().color().name() == "#c62828", "56 disagrees"


def test_naming_a_claimant_shows_in_the_timeline(qtbot, window):
    claim = _figures_claim(window)
    [row] = wait_for_claims(qtbot, window.claims_panel, 1)
    window.claims_panel.tree.setCurrentItem(row)
    window.action_set["claims.timeline"].trigger()
    panel = window.findChild(TimelinePanel)
    first = window.session.store.claim(claim).annotation_ids[0]
    window.session.push(name_claimant(window.session, claim, first, "The UN", "organization"))
    assert [r[2] for r in _rows(panel)] == ["The UN", "—"]
    window.session.undo_stack.undo()
    assert [r[2] for r in _rows(panel)] == ["—", "—"]


def test_opening_the_timeline_on_a_1366x768_screen_keeps_the_window_on_it(qtbot, window):
    """It opens as a tab beside the Annotations table, not beside it (a third column at the
    bottom made the window wider than the screen, 1422 px under X11) nor under it (the
    articles were left 8 lines), and its chart writes in the window's font."""
    _figures_claim(window)
    [row] = wait_for_claims(qtbot, window.claims_panel, 1)
    window.claims_panel.tree.setCurrentItem(row)
    window.show()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.action_set["claims.timeline"].trigger()
    panel = window.findChild(TimelinePanel)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.chart.isVisible())
    assert window.width() <= 1366 and window.height() <= 768
    table = window.findChild(QDockWidget, "dock-annotations")
    assert window.tabifiedDockWidgets(table) == [window.findChild(QDockWidget, TIMELINE_DOCK)]
    label = QFontInfo(panel.chart.label_font()).pixelSize()
    assert label >= QFontInfo(window.font()).pixelSize()
    qtbot.waitUntil(lambda: panel.chart.height() >= panel.chart.minimumSizeHint().height())
    assert panel.chart.width() >= 240


def test_with_the_timeline_open_the_articles_keep_twenty_lines_on_a_laptop(qtbot, laptop_window):
    """Opening the timeline leaves the panes the reading height the room-for-text test asks
    of the layout (a third dock stacked under the panes left about 8 lines)."""
    claims = laptop_window.claims_panel
    qtbot.waitUntil(lambda: claims.tree.topLevelItemCount() > 0)
    claims.tree.setCurrentItem(claims.tree.topLevelItem(0))
    laptop_window.action_set["claims.timeline"].trigger()
    panel = laptop_window.findChild(TimelinePanel)
    qtbot.waitUntil(lambda: panel.isVisible())
    qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty())
    qtbot.wait(100)  # the window lays its docks out, as the room-for-text tests wait
    figures = [lines_shown(pane.view) for pane in laptop_window.workspace.panes]
    print("lines shown with the timeline open at 1366x768:", [round(f, 1) for f in figures])
    assert min(figures) >= 20
    assert laptop_window.height() <= LAPTOP[1]
