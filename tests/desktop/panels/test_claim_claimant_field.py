"""Naming who made a claim on the claim itself, in the claims panel's editor: picked from
the project's list or typed, shown on the claim's row over whom its appearances name, one
undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .claimant_helpers import claim_with_attribution
from .test_claims_panel import claim_rows, wait_for_claims


def _select_claim(qtbot, window):
    panel = window.claims_panel
    [row] = wait_for_claims(qtbot, panel, 1)
    panel.tree.setCurrentItem(row)
    return panel.editor.claimant_field


def test_typing_the_claims_claimant_in_the_editor_names_it_over_its_appearances(qtbot, window):
    claim, figure = claim_with_attribution(window)
    store = window.session.store
    store.name_claimant(claim, figure, "The government")
    field = _select_claim(qtbot, window)
    line = field.name_box.lineEdit()
    assert line.placeholderText() == "From its appearances: The government"
    assert not field.kind_box.isVisibleTo(field), "asked only of a name not yet listed"
    line.setFocus()
    qtbot.keyClicks(line, "Delcy Rodriguez")
    assert field.kind_box.isVisibleTo(field)
    field.kind_box.setCurrentIndex(field.kind_box.findData("person"))
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.claimants_by_claim().get(claim) is not None)
    chosen = store.claimants_by_claim()[claim]
    assert (chosen.name, chosen.kind) == ("Delcy Rodriguez", "person")
    panel = window.claims_panel
    qtbot.waitUntil(lambda: claim_rows(panel)[0].text(0) == "400 freed — Delcy Rodriguez")
    assert store.appearance_claimant(claim, figure).name == "The government", "left as it was"
    window.session.undo_stack.undo()
    assert claim not in store.claimants_by_claim()
    qtbot.waitUntil(lambda: claim_rows(panel)[0].text(0) == "400 freed — The government")


def test_picking_a_listed_claimant_and_clearing_it_again(qtbot, window):
    claim, _figure = claim_with_attribution(window)
    store = window.session.store
    store.ensure_claimant("Foro Penal")
    field = _select_claim(qtbot, window)
    index = field.name_box.findText("Foro Penal")
    field.name_box.setCurrentIndex(index)
    field.name_box.activated.emit(index)
    qtbot.waitUntil(lambda: claim in store.claimants_by_claim())
    assert store.claimants_by_claim()[claim].name == "Foro Penal"
    line = field.name_box.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: claim not in store.claimants_by_claim())
    assert [c.name for c in store.claimants()] == ["Foro Penal"], "the list keeps it"
