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


def test_naming_the_claimant_while_the_wording_is_still_being_saved_keeps_every_letter(
    qtbot, window
):
    """Typing the wording, then at once who said it: the wording's save (after a pause)
    reloads the editor, and the name typed so far must survive it (seen: only 'la' of
    'Government of Venezuela' was kept)."""
    claim, _figure = claim_with_attribution(window)
    store = window.session.store
    field = _select_claim(qtbot, window)
    wording = window.claims_panel.editor.wording_edit
    wording.setFocus()
    wording.selectAll()
    qtbot.keyClicks(wording, "Venezuela has released 400 political prisoners")
    line = field.name_box.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "Government of Venez")
    qtbot.waitUntil(
        lambda: claim_rows(window.claims_panel)[0].text(0).startswith("Venezuela has released")
    )
    qtbot.keyClicks(line, "uela")
    assert line.text() == "Government of Venezuela"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: claim in store.claimants_by_claim())
    assert store.claimants_by_claim()[claim].name == "Government of Venezuela"
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: claim not in store.claimants_by_claim())
    qtbot.waitUntil(lambda: line.text() == "", timeout=2000)
