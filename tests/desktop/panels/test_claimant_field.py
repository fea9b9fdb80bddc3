"""Naming who made a claim, in the inspector: suggested from an Attribution beside the
appearance, typed or picked from the project's list, shown in the claims panel, undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from claimdesk.desktop.session import Change

from .test_claims_panel import claim_rows, wait_for_claims


def _claim_with_attribution(window) -> tuple[str, str]:
    """(claim id, appearance id): "The government claims 400" in Report B, with
    "The government claims" marked as an Attribution."""
    store = window.session.store
    ana = store.ensure_annotator("Ana")
    article = next(a for a in store.articles() if a.title == "Report B")
    start = store.article_text(article.id).index("The government claims 400")

    def mark(begin: int, end: int, tag: str) -> str:
        return store.add_annotation(article.id, begin, end, store.tag_by_name(tag).id, ana.id).id

    figure = mark(start + 22, start + 25, "Statistic")
    mark(start, start + 21, "Attribution")
    claim = store.add_claim(ana.id, [figure], wording="400 freed")
    window.session.announce(Change(everything=True))
    return claim.id, figure


def test_the_inspector_suggests_the_claimant_and_one_click_names_it(qtbot, window):
    claim, figure = _claim_with_attribution(window)
    inspector = window.inspector
    inspector.show_annotation(figure)
    field = inspector.claimant_field
    assert field.isVisibleTo(inspector)
    assert field.name_box.lineEdit().placeholderText() == "Suggested: The government"
    qtbot.mouseClick(field.use_button, Qt.MouseButton.LeftButton)
    store = window.session.store
    assert store.appearance_claimant(claim, figure).name == "The government"
    [row] = wait_for_claims(qtbot, window.claims_panel, 1)
    qtbot.waitUntil(
        lambda: claim_rows(window.claims_panel)[0].text(0) == "400 freed — The government"
    )
    row.setExpanded(True)
    assert (
        claim_rows(window.claims_panel)[0]
        .child(0)
        .text(0)
        .startswith("The government via Daily · 2026-01-17")
    )
    window.session.undo_stack.undo()
    assert store.appearance_claimant(claim, figure) is None
    assert field.name_box.currentText() == ""


def test_typing_a_person_adds_them_to_the_list(qtbot, window):
    claim, figure = _claim_with_attribution(window)
    inspector = window.inspector
    inspector.show_annotation(figure)
    field = inspector.claimant_field
    field.kind_box.setCurrentIndex(field.kind_box.findData("person"))
    field.name_box.lineEdit().setFocus()
    qtbot.keyClicks(field.name_box.lineEdit(), "Delcy Rodriguez")
    qtbot.keyClick(field.name_box.lineEdit(), Qt.Key.Key_Return)
    store = window.session.store
    qtbot.waitUntil(lambda: store.appearance_claimant(claim, figure) is not None)
    named = store.appearance_claimant(claim, figure)
    assert (named.name, named.kind) == ("Delcy Rodriguez", "person")
    assert [c.name for c in store.claimants()] == ["Delcy Rodriguez"]
    assert not field.kind_box.isEnabled(), "a listed claimant keeps its kind"


def test_an_annotation_in_no_claim_has_no_claimant_row(qtbot, window):
    _claim, _figure = _claim_with_attribution(window)
    store = window.session.store
    attribution = next(a for a in store.annotations() if a.quote == "The government claims")
    window.inspector.show_annotation(attribution.id)
    assert not window.inspector.claimant_field.isVisibleTo(window.inspector)


def test_the_said_by_label_s_alt_key_goes_to_the_claimant_name(qtbot, window):
    """Alt+Y focuses the "Said by" label's buddy, as Qt's label shortcut does."""
    _claim, figure = _claim_with_attribution(window)
    window.show()
    inspector = window.inspector
    inspector.show_annotation(figure)
    [label] = [w for w in inspector.findChildren(QLabel) if w.text() == "Said b&y"]
    label.buddy().setFocus()
    qtbot.waitUntil(lambda: inspector.claimant_field.name_box.hasFocus())


def test_renaming_the_claimant_from_its_menu_renames_it_in_the_claims_list_and_undoes(
    qtbot, window, monkeypatch
):
    claim, figure = _claim_with_attribution(window)
    inspector = window.inspector
    inspector.show_annotation(figure)
    field = inspector.claimant_field
    assert not field.list_button.isEnabled(), "nothing named yet: nothing to rename"
    qtbot.mouseClick(field.use_button, Qt.MouseButton.LeftButton)
    store = window.session.store
    qtbot.waitUntil(lambda: field.list_button.isEnabled())
    asked = []

    def answer(_parent, _title, label, _echo, text):
        asked.append((label, text))
        return "Venezuelan government", True

    monkeypatch.setattr("claimdesk.desktop.panels.claimant_field.QInputDialog.getText", answer)
    field.rename_action.trigger()
    assert asked == [("New name for “The government”, wherever it is named:", "The government")]
    assert [c.name for c in store.claimants()] == ["Venezuelan government"]
    assert field.name_box.currentText() == "Venezuelan government"
    wait_for_claims(qtbot, window.claims_panel, 1)
    qtbot.waitUntil(
        lambda: claim_rows(window.claims_panel)[0].text(0) == "400 freed — Venezuelan government"
    )
    window.session.undo_stack.undo()
    assert store.appearance_claimant(claim, figure).name == "The government"
    assert field.name_box.currentText() == "The government"


def test_removing_the_claimant_from_the_list_clears_the_appearance_until_undone(qtbot, window):
    claim, figure = _claim_with_attribution(window)
    inspector = window.inspector
    inspector.show_annotation(figure)
    field = inspector.claimant_field
    qtbot.mouseClick(field.use_button, Qt.MouseButton.LeftButton)
    store = window.session.store
    qtbot.waitUntil(lambda: field.list_button.isEnabled())
    field.remove_action.trigger()
    assert store.claimants() == [] and store.appearance_claimant(claim, figure) is None
    assert field.name_box.currentText() == "" and field.name_box.count() == 0
    assert window.session.undo_stack.undoText() == "Remove claimant The government"
    window.session.undo_stack.undo()
    assert store.appearance_claimant(claim, figure).name == "The government"
    assert field.name_box.currentText() == "The government"


def test_naming_the_claimant_while_the_note_is_still_being_saved_keeps_every_letter(qtbot, window):
    """A note typed, then at once who said it: the note's save (after a pause) reloads the
    inspector, and the name typed so far must survive it."""
    claim, figure = _claim_with_attribution(window)
    inspector = window.inspector
    inspector.show_annotation(figure)
    store = window.session.store
    inspector.note_edit.setFocus()
    qtbot.keyClicks(inspector.note_edit, "Government figure, no names given")
    line = inspector.claimant_field.name_box.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "Government of Venez")
    qtbot.waitUntil(lambda: store.annotation(figure).note.startswith("Government figure"))
    qtbot.keyClicks(line, "uela")
    assert line.text() == "Government of Venezuela"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.appearance_claimant(claim, figure) is not None)
    assert store.appearance_claimant(claim, figure).name == "Government of Venezuela"
