"""A claim's "figures differ" warning can be judged no contradiction, with the reason
kept and shown, and the contradicted count follows (issue 20); undo takes it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.desktop.conftest import link_with_keys

REASON = "The UN rounds: about 50 is 56"
LONG_TITLE = "Multiple Americans who were detained in Venezuela have been released"


def test_judging_differing_figures_consistent_keeps_the_reason_and_undo_warns_again(
    qtbot, window, two_figures, monkeypatch
):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)  # same claim
    window.panels.use("reviewing")
    panel = window.claims_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    note = panel.editor.figures_note
    assert panel.count_label.text() == "1 claim · 1 contradicted"
    assert note.isVisible() and note.button.text() == "Not a contradiction…"
    assert panel.editor.contradictions_label.text().startswith("⚠ figures differ")

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (REASON, True))
    note.button.click()
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 claim · 0 contradicted")
    assert not panel.tree.topLevelItem(0).text(0).startswith("⚠")
    assert note.label.text() == f"Figures judged consistent by Ana: {REASON}"
    assert not panel.editor.contradictions_label.isVisible()

    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 claim · 1 contradicted")
    assert note.button.text() == "Not a contradiction…"


def test_the_figures_warning_is_read_whole_in_a_laptops_claims_panel(qtbot, window, two_figures):
    """At 1366x768 the claims panel is narrow and short: the wrapped warning keeps the
    height its lines need (its edges were cut: seen under Xvfb), the editor scrolls."""
    view_a, view_b, first, second = two_figures
    store = window.session.store
    for article in store.articles():  # titles as long as the seed reports' first lines
        store.update_article(article.id, title=f"{article.title}: {LONG_TITLE}")
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)  # same claim
    window.resize(1366, 768)
    window.panels.use("reviewing")
    panel = window.claims_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    dock = window.panels.docks["claims"]
    window.resizeDocks([dock], [260], Qt.Orientation.Horizontal)  # the warning takes 3 lines
    label = panel.editor.contradictions_label
    qtbot.waitUntil(lambda: label.isVisible() and 0 < label.width() < 280)
    assert label.heightForWidth(label.width()) > 3 * label.fontMetrics().height()
    assert label.height() >= label.heightForWidth(label.width())


def test_a_narrowed_claims_panel_keeps_its_fields_whole(qtbot, window, two_figures):
    """Dragged narrow, the claims panel stops at its fields' width: none is cut at the right
    (the 'Not a contradiction…' button and the boxes were, once the fields scrolled)."""
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)  # same claim
    window.resize(1366, 768)
    window.panels.use("reviewing")
    panel = window.claims_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    button = panel.editor.figures_note.button
    qtbot.waitUntil(button.isVisible)
    window.resizeDocks([window.panels.docks["claims"]], [120], Qt.Orientation.Horizontal)
    area = panel.editor.parentWidget().parentWidget()  # the fields' scrolled viewport
    dock = window.panels.docks["claims"]
    qtbot.waitUntil(lambda: dock.width() < 330)  # as narrow as it goes

    def right_edge() -> int:
        return button.mapTo(area, button.rect().topRight()).x()

    qtbot.waitUntil(lambda: right_edge() < area.width())
