"""The keyboard does the whole job (issue 20): into the inspector and back, panes opened,
closed and reopened, find while linking, following a link, the claim editor's Tab order."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.desktop.conftest import REPORT_A, REPORT_B, link_with_keys, tag

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def test_enter_moves_into_the_inspectors_fields_and_esc_returns_to_the_same_place(qtbot, desk):
    pane = desk.pane_showing("Report B")
    first = tag(qtbot, pane.view, REPORT_B, "56", 1)
    pane.view.set_caret(REPORT_B.index("56") + 1)
    desk.press(pane, Qt.Key.Key_Return)
    inspector = desk.window.inspector
    qtbot.waitUntil(lambda: focused() is inspector.tag_box)
    assert inspector.annotation_id == first
    qtbot.keyClick(inspector.tag_box, Qt.Key.Key_Tab)
    assert focused() is inspector.verdict_box  # the fields in the order they are seen
    qtbot.keyClick(inspector.verdict_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is pane.view)
    assert pane.view.caret_offset() == REPORT_B.index("56") + 1
    assert pane.view.current_annotation() == first


def test_in_the_reading_layout_the_inspector_shows_only_while_an_annotation_is_edited(qtbot, desk):
    window = desk.window
    pane = desk.pane_showing("Report A")
    tag(qtbot, pane.view, REPORT_A, "about 50", 2)
    desk.press(pane, Qt.Key.Key_1, CTRL)
    dock = window.panels.docks["inspector"]
    assert not dock.isVisible() and not window.panels.docks["annotations"].isVisible()
    assert window.action_set.is_checked("view.layout_reading")
    desk.press(pane, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is window.inspector.tag_box)
    assert dock.isVisible()
    qtbot.keyClick(window.inspector.tag_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is pane.view)
    assert not dock.isVisible()
    desk.press(pane, Qt.Key.Key_2, CTRL)  # annotating: the inspector stays under the panes
    assert dock.isVisible() and window.action_set.is_checked("view.layout_annotating")


def test_the_layout_is_remembered_for_the_screen_size_it_was_chosen_on(qtbot, desk, monkeypatch):
    from claimdesk.desktop import window_layout

    window = desk.window
    project = window.session.path
    desk.press(desk.pane(1), Qt.Key.Key_3, CTRL)
    assert window.panels.docks["claims"].isVisible()
    window.close_project()
    assert window.open_project(project, "Ana")
    assert window.panels.name == "reviewing" and window.panels.docks["claims"].isVisible()
    window.close_project()
    monkeypatch.setattr(window_layout, "screen_key", lambda window: "1366x768-other")
    assert window.open_project(project, "Ana")
    assert window.panels.name == "annotating"  # a screen never used: its own default
    assert not window.panels.docks["claims"].isVisible()


def test_a_new_pane_takes_the_focus_so_ctrl_w_closes_it_not_the_pane_being_read(qtbot, desk):
    reading = desk.pane_showing("Report A")
    reading.view.setFocus()
    desk.press(reading, Qt.Key.Key_T, CTRL)
    panes = desk.window.workspace.panes
    assert len(panes) == 3
    qtbot.waitUntil(lambda: focused() is panes[2].view)
    qtbot.keyClick(panes[2].view, Qt.Key.Key_W, CTRL)
    assert reading in desk.window.workspace.panes and len(desk.window.workspace.panes) == 2


def test_ctrl_shift_t_reopens_the_closed_pane_where_it_was_with_its_caret(qtbot, desk):
    pane = desk.pane(1)
    title = pane.title_label.text()
    pane.view.setFocus()
    pane.view.set_caret(12)
    desk.press(pane, Qt.Key.Key_W, CTRL)
    assert [p.title_label.text() for p in desk.window.workspace.panes] != [title]
    assert len(desk.window.workspace.panes) == 1
    desk.press(desk.pane(1), Qt.Key.Key_T, CTRL | SHIFT)
    panes = desk.window.workspace.panes
    assert len(panes) == 2 and panes[0].title_label.text() == title  # back on the left
    assert panes[0].view.caret_offset() == 12
    qtbot.waitUntil(lambda: focused() is panes[0].view)


def test_esc_in_the_find_bar_closes_it_while_linking_and_the_next_l_links(
    qtbot, window, desk, two_figures
):
    view_a, view_b, first, second = two_figures
    view_a.setFocus()
    view_a.set_current_annotation(first)
    qtbot.keyClick(view_a, Qt.Key.Key_L)
    assert window.workspace.link_flow.pending
    pane_b = desk.pane_showing("Report B")
    view_b.setFocus()
    qtbot.keyClick(view_b, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(pane_b.find_bar.field, "56")
    assert view_b.selected_range() == (REPORT_B.index("56"), REPORT_B.index("56") + 2)
    qtbot.keyClick(pane_b.find_bar.field, Qt.Key.Key_Escape)
    assert not pane_b.find_bar.isVisible()
    qtbot.waitUntil(lambda: focused() is view_b)
    assert window.workspace.link_flow.pending  # Esc closed the find bar, not the link
    view_b.set_current_annotation(second)
    qtbot.keyClick(view_b, Qt.Key.Key_L)
    assert pane_b.find_bar.field.text() == "56"  # the L was not typed into the field
    dialog = window.workspace.link_flow.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_o_goes_to_the_other_end_of_a_link_and_back(qtbot, window, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 2)
    view_a.setFocus()
    view_a.set_current_annotation(first)
    qtbot.keyClick(view_a, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: focused() is view_b)
    assert view_b.current_annotation() == second
    qtbot.keyClick(view_b, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: focused() is view_a)
    assert view_a.current_annotation() == first


def test_tab_after_typing_a_claims_wording_goes_to_its_rating(qtbot, window, two_figures):
    """Issue 20: the wording saved after a pause in typing, the claims list reloaded, the
    editor was emptied for a moment and the focus fell out of it ("Filter articles…")."""
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)  # same claim
    window.panels.use("reviewing")
    panel = window.claims_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    panel.select_claim(window.session.store.claims()[0].id, reveal=False)
    editor = panel.editor
    editor.wording_edit.setFocus()
    qtbot.waitUntil(lambda: focused() is editor.wording_edit)
    editor.wording_edit.selectAll()
    qtbot.keyClicks(editor.wording_edit, "About 50 released")
    qtbot.waitUntil(lambda: window.session.store.claims()[0].wording == "About 50 released")
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(0).endswith("About 50 released"))
    order = [
        editor.wording_edit,
        editor.claimant_field.name_box,  # "Said by", under the wording
        editor.rating_box,
        editor.explanation_edit,
        editor.evidence_edit,
        editor.remove_button,
    ]
    assert focused() is editor.wording_edit
    for before, after in pairwise(order):
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert focused() is after, (before, focused())


def test_alt_enter_in_a_pane_opens_the_details_of_its_article(qtbot, desk, monkeypatch):
    from claimdesk.desktop.widgets.article_details import ArticleDetailsDialog

    opened: list[str] = []
    monkeypatch.setattr(
        ArticleDetailsDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0
    )
    pane = desk.pane_showing("Report B")
    pane.view.setFocus()
    qtbot.waitUntil(lambda: focused() is pane.view)
    desk.press(pane, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert len(opened) == 1
    assert desk.window.session.store.annotations() == []  # not Enter: nothing else happened


def test_f2_edits_the_article_title_in_place_enter_keeps_it_esc_does_not(qtbot, desk):
    """Issue 20: an imported title is often the first sentence; only a dialog fixed it."""
    window = desk.window
    pane = desk.pane_showing("Report B")
    pane.view.setFocus()
    desk.press(pane, Qt.Key.Key_F2)
    assert focused() is pane.title_edit and pane.title_edit.text() == "Report B"
    qtbot.keyClicks(pane.title_edit, "Foro Penal counts 56 releases")
    qtbot.keyClick(pane.title_edit, Qt.Key.Key_Return)
    assert pane.title_label.text() == "Foro Penal counts 56 releases"
    assert focused() is pane.view and not pane.title_edit.isVisible()
    article = window.session.store.article(pane.article_id)
    assert article.title == "Foro Penal counts 56 releases"
    desk.press(pane, Qt.Key.Key_F2)
    qtbot.keyClicks(pane.title_edit, "Not this")
    qtbot.keyClick(pane.title_edit, Qt.Key.Key_Escape)
    assert pane.title_label.text() == "Foro Penal counts 56 releases"
    window.session.undo_stack.undo()
    assert pane.title_label.text() == "Report B"
