"""The claims panel: claims made by `same claim` links, their appearances, contradictions,
and the fact-checker's wording and rating — driven as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.desktop.conftest import REPORT_A, REPORT_B, link_with_keys, pane_showing, tag


def claim_rows(panel):
    tree = panel.tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def wait_for_claims(qtbot, panel, count: int):
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == count)
    return claim_rows(panel)


def test_linking_two_figures_as_the_same_claim_lists_one_contradicted_claim(
    qtbot, window, two_figures
):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    panel = window.claims_panel
    [row] = wait_for_claims(qtbot, panel, 1)
    assert row.text(0).startswith("⚠")
    assert row.childCount() == 2
    appearances = [row.child(i).text(0) for i in range(2)]
    assert appearances == ["Wire · 2026-01-14 — “about 50”", "Daily · 2026-01-17 — “56”"]
    assert "50" in panel.editor.contradictions_label.text() or panel.tree.currentItem() is None


def test_writing_the_wording_and_rating_a_claim_is_stored_and_undoable(qtbot, window, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    panel = window.claims_panel
    [row] = wait_for_claims(qtbot, panel, 1)
    panel.tree.setCurrentItem(row)
    editor = panel.editor
    editor.wording_edit.setFocus()
    editor.wording_edit.selectAll()
    qtbot.keyClicks(editor.wording_edit, "About 50 prisoners released")
    editor.flush()
    rating = editor.rating_box
    rating.setFocus()
    false_index = rating.findText("False")
    rating.setCurrentIndex(false_index)
    rating.activated.emit(false_index)
    store = window.session.store
    [claim] = store.claims()
    assert claim.wording == "About 50 prisoners released"
    assert window.session.verdict(claim.verdict_id).name == "False"
    qtbot.waitUntil(lambda: claim_rows(panel)[0].text(1) == "False")
    window.session.undo_stack.undo()
    assert store.claims()[0].verdict_id is None
    window.session.undo_stack.undo()
    assert store.claims()[0].wording != "About 50 prisoners released"


def two_claims(qtbot, window, two_figures) -> tuple[str, str, str, str]:
    """The figures linked as one claim (contradicted), two attributions as another (not)."""
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    third = tag(qtbot, view_a, REPORT_A, "Officials said", 2, Qt.Key.Key_4)
    fourth = tag(qtbot, view_b, REPORT_B, "The government claims", 3, Qt.Key.Key_4)
    link_with_keys(qtbot, window, view_a, view_b, third, fourth, 0)
    wait_for_claims(qtbot, window.claims_panel, 2)
    return first, second, third, fourth


def test_only_contradicted_hides_claims_whose_appearances_agree(qtbot, window, two_figures):
    two_claims(qtbot, window, two_figures)
    panel = window.claims_panel
    assert panel.count_label.text() == "2 claims · 1 contradicted"
    qtbot.keyClick(
        window,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [row] = wait_for_claims(qtbot, panel, 1)
    assert "56" in row.text(0) or "50" in row.text(0)


def test_f8_steps_from_claim_to_claim_showing_the_appearances_side_by_side(
    qtbot, window, two_figures
):
    view_a = two_figures[0]
    first, second, third, fourth = two_claims(qtbot, window, two_figures)
    # Show the same article in both panes first: stepping must bring the other one back.
    workspace = window.workspace
    workspace.show_article(pane_showing(window, "Report B"), view_a_article(window))
    view_a.setFocus()
    qtbot.keyClick(view_a, Qt.Key.Key_F8)
    shown = {pane.view.current_annotation() for pane in workspace.panes}
    assert shown == {first, second}
    qtbot.keyClick(view_a, Qt.Key.Key_F8)
    shown = {pane.view.current_annotation() for pane in workspace.panes}
    assert shown == {third, fourth}
    qtbot.keyClick(view_a, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert {pane.view.current_annotation() for pane in workspace.panes} == {first, second}


def view_a_article(window) -> str:
    return pane_showing(window, "Report A").article_id


def test_deleting_an_appearance_updates_the_claim(qtbot, window, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    panel = window.claims_panel
    wait_for_claims(qtbot, panel, 1)
    view_a.setFocus()
    view_a.set_current_annotation(first)
    qtbot.keyClick(view_a, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: claim_rows(panel)[0].childCount() == 1)
    assert not claim_rows(panel)[0].text(0).startswith("⚠")


def test_removing_a_claim_keeps_its_appearances_and_undo_brings_it_back(qtbot, window, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    panel = window.claims_panel
    [row] = wait_for_claims(qtbot, panel, 1)
    panel.tree.setCurrentItem(row)
    qtbot.mouseClick(panel.editor.remove_button, Qt.MouseButton.LeftButton)
    wait_for_claims(qtbot, panel, 0)
    assert len(window.session.store.annotations()) == 2
    window.session.undo_stack.undo()
    wait_for_claims(qtbot, panel, 1)


def test_on_the_seed_reports_the_un_and_foro_penal_counts_make_one_contradicted_claim(
    qtbot, seed_window
):
    window = seed_window
    panes = window.workspace.panes
    guardian = next(p for p in panes if "about 50" in p.view.text())
    other = next(p for p in panes if "confirmed 56" in p.view.text())
    first = tag(qtbot, guardian.view, guardian.view.text(), "about 50", 2)
    second = tag(qtbot, other.view, other.view.text(), "56 prisoners", 2)
    link_with_keys(qtbot, window, guardian.view, other.view, first, second, 0)
    panel = window.claims_panel
    [row] = wait_for_claims(qtbot, panel, 1)
    assert row.childCount() == 2 and row.text(0).startswith("⚠")
    appearances = [row.child(i).text(0) for i in range(2)]
    assert "2026-01-14" in appearances[0] and "“56 prisoners”" in appearances[0]
    assert "2026-01-17" in appearances[1] and "“about 50”" in appearances[1]
    assert "50" in row.toolTip(0) and "56" in row.toolTip(0)
