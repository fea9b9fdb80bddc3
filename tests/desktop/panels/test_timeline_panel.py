"""Claims → Story timeline: the selected claim's figures over time, following the claims
list and the project's edits."""

from __future__ import annotations

from claimdesk.desktop.commands.claimant_commands import name_claimant
from claimdesk.desktop.panels.timeline_panel import TimelinePanel
from claimdesk.desktop.session import Change

from .test_claims_panel import wait_for_claims


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
    """It goes under the Annotations table, tall enough to read, not beside it: a third
    column at the bottom made the window wider than the screen (1422 px under X11), and left
    the chart 160 px wide."""
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
    table = window.annotation_table
    assert (
        panel.mapTo(window, panel.rect().topLeft()).y()
        > table.mapTo(window, table.rect().topLeft()).y()
    )
    qtbot.waitUntil(lambda: panel.chart.height() >= 80)
    assert panel.chart.width() >= 240
