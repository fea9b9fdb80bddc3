"""Review → Agreement…: figures per tag, "n/a" where undefined, exported as CSV or JSON."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from claimdesk.desktop.panels.agreement_chart import figure_text
from claimdesk.desktop.session import Change
from claimdesk.desktop.widgets.agreement_dialog import AgreementDialog, number
from tests.desktop.conftest import REPORT_B


@pytest.fixture
def two_annotators(window):
    """On Report B (9 words) Ana marks 56 and 400 as statistics, Bo only 56; both mark
    the whole report as a claim, so for that tag chance agreement is total."""
    store = window.session.store
    ana, bo = window.session.annotator, store.ensure_annotator("Bo")
    article = next(a for a in store.articles() if a.title == "Report B")
    tags = {tag.name: tag.id for tag in store.tags()}
    for who, words in ((ana, "56"), (ana, "400"), (bo, "56")):
        start = REPORT_B.index(words)
        store.add_annotation(article.id, start, start + len(words), tags["Statistic"], who.id)
    for who in (ana, bo):
        store.add_annotation(article.id, 0, len(REPORT_B) - 1, tags["Checkable claim"], who.id)
    window.session.announce(Change.all())


@pytest.fixture
def computed(qtbot, window, two_annotators) -> AgreementDialog:
    dialog = AgreementDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.agreement is not None, timeout=10_000)
    return dialog


def test_annotators_with_annotations_are_ticked_and_two_are_needed(qtbot, window, two_annotators):
    dialog = AgreementDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.compute_button.isEnabled()
    dialog.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.compute_button.isEnabled()


def test_two_ticked_at_opening_are_not_told_to_tick_two(qtbot, window, two_annotators):
    """The hint follows the ticks (it said "Tick at least two annotators" with two ticked)."""
    dialog = AgreementDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert len(dialog.chosen_ids()) == 2
    assert "Tick at least two" not in dialog.status.text()
    assert "Compute" in dialog.status.text()
    dialog.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "Tick at least two" in dialog.status.text()


def test_a_simple_case_gives_the_textbook_kappa_and_f1(computed):
    # 2×2 table over 9 tokens: both 1, Ana only 1, neither 7 → κ = 14/23.
    assert computed.cell_text("Statistic", "κ Ana / Bo") == f"{14 / 23:.3f}"
    assert computed.cell_text("Statistic", "F1 exact Ana / Bo") == "0.667"
    assert computed.cell_text("All tags (micro)", "F1 exact Ana / Bo") == f"{2 * 2 / 5:.3f}"


def test_an_undefined_kappa_reads_n_a_never_zero(computed):
    assert computed.cell_text("Checkable claim", "κ Ana / Bo") == "n/a"
    assert computed.cell_text("Checkable claim", "α (all)") == "n/a"
    assert computed.cell_text("Checkable claim", "F1 exact Ana / Bo") == "1.000"


def test_hovering_a_figure_shows_the_counts_behind_it(computed):
    columns = [
        computed.table.horizontalHeaderItem(c).text() for c in range(computed.table.columnCount())
    ]
    item = computed.table.item(1, columns.index("κ Ana / Bo"))
    assert "tokens both: 1" in item.toolTip() and "tokens only first: 1" in item.toolTip()


def test_the_chart_draws_undefined_figures_as_gaps_and_negative_axes_only_when_needed(
    computed,
):
    assert computed.chart.groups == ["Checkable claim", "Statistic"]
    [(_, kappas)] = computed.chart.series
    assert kappas[0] is None and kappas[1] == pytest.approx(14 / 23)
    assert computed.chart.low() == 0.0
    computed.chart.set_data(["x"], [("a / b", [-0.2])])
    assert computed.chart.low() == -1.0
    assert not computed.chart.grab().isNull()


def test_copy_as_csv_and_save_json(computed, tmp_path, monkeypatch):
    computed.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "tag,pair,cohen_kappa,f1_exact,f1_overlap,alpha"
    assert lines[1].startswith("Checkable claim,Ana / Bo,,1.000000,")
    out = tmp_path / "agreement.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    computed.save_button.click()
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["tags"]["Statistic"]["pairs"][0]["f1_exact"] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("value", "on_the_chart", "in_the_table"),
    [(-0.0, "0.00", "0.000"), (-0.0004, "0.00", "0.000"), (-0.004, "0.00", "-0.004")],
)
def test_a_figure_that_rounds_to_zero_reads_zero_never_minus_zero(
    value, on_the_chart, in_the_table
):
    """Issue 20: the chart labelled a kappa of about zero "-0.00"."""
    assert figure_text(value, 2) == on_the_chart
    assert number(value) == in_the_table


def test_a_real_disagreement_keeps_its_sign():
    assert figure_text(-0.006, 2) == "-0.01"
