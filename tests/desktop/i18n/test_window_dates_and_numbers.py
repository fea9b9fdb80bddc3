"""The window shows its dates and counts as its language writes them (issue 24), while
the article list still sorts and filters by the stored ISO date."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, Qt

from claimdesk.db.records.table_rows import TableRow
from claimdesk.desktop.panels.annotation_table_model import CREATED, AnnotationTableModel
from claimdesk.desktop.session import Change
from claimdesk.desktop.workspace.spans import describe
from tests.desktop.conftest import link_with_keys
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


def test_in_arabic_the_status_bar_counts_and_tells_the_time_in_arabic_indic_digits(qtbot, window):
    QLocale.setDefault(QLocale("ar"))
    try:
        window.session.announce(Change.all())
        desk = Desk(qtbot, window)
        qtbot.waitUntil(lambda: "٢" in " ".join(desk.status_bar()))  # two articles: ٢
        saved = next(text for text in desk.status_bar() if "saved" in text)
        assert not any(character.isascii() and character.isdigit() for character in saved)
    finally:
        QLocale.setDefault(QLocale("en"))


def test_in_spanish_an_article_pane_heads_its_article_with_a_spanish_date(qtbot, spanish, window):
    pane = window.workspace.panes[0]
    assert pane.meta_label.text() in ("Wire · 14/1/2026", "Daily · 17/1/2026")


def test_in_spanish_the_annotation_table_writes_when_and_sorts_by_the_moment(qapp, spanish):
    class Names:
        def tag(self, tag_id):
            return SimpleNamespace(name=tag_id, color="#ffd54f")

        def verdict(self, verdict_id):
            return None

        def article_title(self, article_id):
            return article_id

        def annotator_name(self, annotator_id):
            return "Ana"

    def made(annotation_id: str, start: int, created: str) -> TableRow:
        return TableRow("a1", start, annotation_id, "q", "Claim", "ana", None, "", created)

    model = AnnotationTableModel(Names())
    model.set_rows(
        [made("later", 1, "2026-01-10T08:05:00Z"), made("sooner", 2, "2026-01-09T23:40:00Z")]
    )
    model.sort(CREATED, Qt.SortOrder.AscendingOrder)
    created = [model.index(row, CREATED).data() for row in range(model.rowCount())]
    assert created == ["9/1/2026 23:40", "10/1/2026 8:05"]  # not "10/1…" first, as text would


def test_in_arabic_a_highlights_confidence_is_said_in_arabic_indic_digits(qtbot, window):
    store = window.session.store
    article = store.articles()[0]
    tag = store.tags()[0]
    annotation = store.add_annotation(
        article.id, 0, 3, tag.id, window.session.annotator.id, confidence=0.8
    )
    QLocale.setDefault(QLocale("ar"))
    try:
        assert "٨٠" in describe(window.session, annotation)
    finally:
        QLocale.setDefault(QLocale("en"))


def test_in_arabic_the_claims_list_counts_and_dates_appearances_in_arabic_indic_digits(
    qtbot, window, two_figures
):
    QLocale.setDefault(QLocale("ar"))
    try:
        link_with_keys(qtbot, window, *two_figures, 0)
        tree = window.claims_panel.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
        claim = tree.topLevelItem(0)
        assert claim.text(2) == "٢"  # two appearances
        assert claim.child(0).text(0).startswith("Wire · ١٤\u200f/١\u200f/٢٠٢٦")
    finally:
        QLocale.setDefault(QLocale("en"))
