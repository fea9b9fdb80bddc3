"""Claims → Triage this article (Ctrl+Shift+G): the sentences most worth checking, one key
to annotate one as a checkable claim, another to dismiss it; both undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from claimdesk.desktop.widgets.triage_dialog import TriageDialog
from tests.desktop.driver import Desk


def open_triage(desk: Desk, title: str) -> TriageDialog:
    desk.open_article(1, title)
    desk.pane(1).view.setFocus()
    desk.choose("Claims", "Triage this article")
    [dialog] = desk.window.findChildren(TriageDialog)
    return dialog


def test_triage_lists_the_articles_claims_best_first_with_reasons(desk):
    dialog = open_triage(desk, "Report B")
    first = dialog.list.item(0).text()
    assert "quantity or statistic" in first
    assert dialog.summary.text().endswith("sentences worth checking, best first")


def test_selecting_a_sentence_shows_it_selected_in_its_pane(desk):
    dialog = open_triage(desk, "Report B")
    candidate = dialog.current()
    assert desk.pane(1).view.selected_range() == (candidate.start, candidate.end)


def test_a_accepts_the_sentence_as_a_checkable_claim_with_its_reasons(desk):
    dialog = open_triage(desk, "Report B")
    candidate = dialog.current()
    before = dialog.list.count()
    desk.qtbot.keyClick(dialog.list, Qt.Key.Key_A)
    [annotation] = desk.window.session.store.annotations()
    assert (annotation.start, annotation.end) == (candidate.start, candidate.end)
    assert desk.window.session.store.tag(annotation.tag_id).name == "Checkable claim"
    assert annotation.note == candidate.why()
    assert dialog.list.count() == before - 1
    desk.window.session.undo_stack.undo()
    assert desk.window.session.store.annotations() == []
    assert dialog.list.count() == before


def test_d_dismisses_the_sentence_for_good_and_undo_brings_it_back(desk):
    dialog = open_triage(desk, "Report B")
    dismissed = dialog.current()
    desk.qtbot.keyClick(dialog.list, Qt.Key.Key_D)
    assert dismissed not in dialog.candidates
    again = TriageDialog(desk.window.session, dismissed.article_id)  # a later session's
    desk.qtbot.addWidget(again)
    assert dismissed not in again.candidates
    desk.window.session.undo_stack.undo()
    assert dismissed in again.candidates and dismissed in dialog.candidates
    assert desk.window.session.store.annotations() == []


def test_the_dialog_says_how_many_decisions_the_ranking_learnt_from(desk):
    dialog = open_triage(desk, "Report B")
    assert "learnt" not in dialog.summary.text()
    for key in (Qt.Key.Key_A, Qt.Key.Key_D):
        desk.qtbot.keyClick(dialog.list, key)
    assert dialog.summary.text().endswith(" · ranking learnt from 2 decisions")
    assert "×" in dialog.summary.toolTip()
    desk.window.session.undo_stack.undo()
    assert " · ranking learnt from 1 decision" in dialog.summary.text()


def test_once_closed_the_triage_no_longer_moves_the_pane_when_the_article_changes(desk):
    """Closed, the dialog still refreshed on every change to its article and selected its
    first sentence in the pane: tagging a word there (or a merge) jumped the reader away
    (seen under Xvfb after a merge)."""
    dialog = open_triage(desk, "Report B")
    sentence = dialog.current()
    dialog.close()
    pane = desk.pane(1)
    desk.select(pane, "56")
    desk.press(pane, Qt.Key.Key_2)
    assert desk.window.session.store.annotations(), "tagged"
    assert pane.view.selected_range() != (sentence.start, sentence.end)
    start = pane.view.text().index("56")
    assert start <= pane.view.caret_offset() <= start + 2
