"""The window shows its dates and counts as its language writes them (issue 24), while
the article list still sorts and filters by the stored ISO date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from claimdesk.desktop.session import Change
from tests.desktop.driver import Desk


@pytest.fixture
def spanish():
    QLocale.setDefault(QLocale("es"))
    yield
    QLocale.setDefault(QLocale("en"))


def dates_shown(window) -> list[str]:
    proxy = window.article_list.proxy
    return [proxy.index(row, 2).data() for row in range(proxy.rowCount())]


def test_in_spanish_the_article_list_shows_spanish_dates_and_sorts_and_filters_by_iso(
    qtbot, window, spanish
):
    window.session.store.add_article("Texto.", title="Informe C", date="2025-12-31")
    window.session.announce(Change.all())
    qtbot.waitUntil(lambda: len(dates_shown(window)) == 3)
    window.article_list.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert dates_shown(window) == ["31/12/2025", "14/1/2026", "17/1/2026"]
    window.article_list.filter_box.setText("2026-01-1")
    assert dates_shown(window) == ["14/1/2026", "17/1/2026"]


def test_in_arabic_the_status_bar_counts_in_arabic_indic_digits(qtbot, window):
    QLocale.setDefault(QLocale("ar"))
    try:
        window.session.announce(Change.all())
        qtbot.waitUntil(lambda: "٢" in " ".join(Desk(qtbot, window).status_bar()))  # 2: ٢
    finally:
        QLocale.setDefault(QLocale("en"))


def test_in_spanish_an_article_pane_heads_its_article_with_a_spanish_date(qtbot, spanish, window):
    pane = window.workspace.panes[0]
    assert pane.meta_label.text() in ("Wire · 14/1/2026", "Daily · 17/1/2026")
