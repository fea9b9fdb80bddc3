"""Linking annotations across panes with the keyboard, and seeing the links between them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from claimdesk.db.records.model import RELATIONS
from claimdesk.desktop.i18n.language import install as install_language
from tests.desktop.conftest import REPORT_B, link_with_keys, pane_showing


@pytest.mark.parametrize("relation", RELATIONS)
def test_linking_with_l_then_l_then_a_digit_stores_each_relation_and_undo_removes_it(
    qtbot, window, desk, two_figures, relation
):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, RELATIONS.index(relation))
    store = window.session.store
    [link] = store.links()
    assert (link.source_id, link.target_id, link.relation) == (first, second, relation)
    assert link.annotator_id == window.session.annotator.id
    assert desk.drawn_links() == [link.id]

    qtbot.keyClick(view_b, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.links() == [] and store.link(link.id).deleted
    assert desk.drawn_links() == []
    qtbot.keyClick(
        view_b,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [existing.id for existing in store.links()] == [link.id]


def test_a_same_claim_link_makes_a_claim_and_undo_takes_it_back(qtbot, window, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    store = window.session.store
    [claim] = store.claims()
    assert set(claim.annotation_ids) == {first, second}
    qtbot.keyClick(view_b, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.claims() == []


def test_escape_cancels_a_pending_link(qtbot, window, two_figures):
    view_a, _view_b, first, _second = two_figures
    view_a.set_current_annotation(first)
    qtbot.keyClick(view_a, Qt.Key.Key_L)
    banner = window.workspace.findChild(type(window.workspace.link_flow.banner), "link-banner")
    assert banner.isVisible() and "about 50" in banner.text()
    qtbot.keyClick(view_a, Qt.Key.Key_Escape)
    assert not window.workspace.link_flow.pending and not banner.isVisible()
    assert window.session.store.links() == []


def test_l_on_no_annotation_says_what_to_do(qtbot, window):
    view = pane_showing(window, "Report A").view
    view.setFocus()
    view.set_caret(0)
    with qtbot.waitSignal(window.workspace.message) as said:
        qtbot.keyClick(view, Qt.Key.Key_L)
    assert "caret" in said.args[0]
    assert not window.workspace.link_flow.pending


def test_clicking_the_other_annotation_completes_a_pending_link(qtbot, window, two_figures):
    view_a, view_b, first, second = two_figures
    view_a.set_current_annotation(first)
    qtbot.keyClick(view_a, Qt.Key.Key_L)
    view_b.set_caret(REPORT_B.index("56") + 1)
    rect = view_b.cursorRect(view_b.textCursor())
    qtbot.mouseClick(view_b.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.workspace.link_flow.dialog is not None)
    dialog = window.workspace.link_flow.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [link] = window.session.store.links()
    assert (link.source_id, link.target_id, link.relation) == (first, second, "contradicts")


def test_clicking_a_connector_selects_the_link_in_the_inspector(qtbot, window, desk, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 2)
    [link] = window.session.store.links()
    desk.click_link()
    assert window.workspace.splitter.selected_link == link.id
    inspector = window.inspector
    assert inspector.annotation_id == first
    assert inspector.links_list.selected_link() == link.id


def test_changing_and_deleting_a_link_from_the_inspector_is_undoable(qtbot, window, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 3)
    [link] = window.session.store.links()
    window.workspace.select_link(link.id)
    links_list = window.inspector.links_list
    links_list.setFocus()
    qtbot.keyClick(links_list, Qt.Key.Key_F2)
    dialog = links_list.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    store = window.session.store
    assert store.link(link.id).relation == "contradicts"
    links_list.setFocus()
    links_list.select_link(link.id)
    qtbot.keyClick(links_list, Qt.Key.Key_Delete)
    assert store.links() == []
    window.session.undo_stack.undo()
    assert store.link(link.id).relation == "contradicts" and not store.link(link.id).deleted
    window.session.undo_stack.undo()
    assert store.link(link.id).relation == "related"


def test_deleting_a_linked_annotation_says_its_links_go_with_it(qtbot, window, desk, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    view_a.setFocus()
    view_a.set_current_annotation(first)
    with qtbot.waitSignal(window.workspace.message) as said:
        qtbot.keyClick(view_a, Qt.Key.Key_Delete)
    assert "its 1 link" in said.args[0]
    store = window.session.store
    assert store.links() == [] and desk.drawn_links() == []
    qtbot.keyClick(view_a, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store.links()) == 1


def test_a_links_note_is_shown_in_the_inspectors_links_list(qtbot, window, two_figures):
    """Issue 20: a link's note was only in a tooltip; it says why the link was made."""
    from claimdesk.desktop.session import Change

    _view_a, _view_b, first, second = two_figures
    store = window.session.store
    note = "UN and Foro Penal count different lists"
    store.add_link(first, second, "contradicts", window.session.annotator.id, note=note)
    window.session.announce(Change.all())
    window.inspector.show_annotation(first)
    links = window.inspector.links_list
    assert links.count() == 1
    shown = links.item(0).text()
    assert shown.startswith("→ contradicts: “56”") and shown.endswith(note)


def test_a_link_inside_one_article_is_drawn_in_its_margin(qtbot, window):
    """Issue 20: links between two annotations of the same article were visible nowhere
    in the text (the gutters join panes)."""
    from PySide6.QtGui import QColor

    from claimdesk.desktop.workspace.link_gutter import RELATION_COLOURS
    from tests.desktop.conftest import REPORT_A, tag

    view = pane_showing(window, "Report A").view
    first = tag(qtbot, view, REPORT_A, "about 50", 2)
    second = tag(qtbot, view, REPORT_A, "more than 100", 3)
    view.set_current_annotation(first)
    qtbot.keyClick(view, Qt.Key.Key_L)
    view.set_current_annotation(second)
    qtbot.keyClick(view, Qt.Key.Key_L)
    dialog = window.workspace.link_flow.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_3)  # contradicts
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(view.inner_links()) == 1)
    assert view.inner_links() == [(first, second, RELATION_COLOURS["contradicts"])]
    image = view.margin.grab().toImage()
    x = view.margin.width() - 3
    colours = {image.pixelColor(x, y).name() for y in range(image.height())}
    assert QColor(RELATION_COLOURS["contradicts"]).name() in colours
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: view.inner_links() == [])


def test_the_inspector_names_a_link_s_relation_in_the_window_s_language(
    qtbot, qapp, window, two_figures
):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 3)
    locale = QLocale()
    french = install_language(qapp, "fr")
    try:
        window.inspector.show_annotation(first)
        assert window.inspector.links_list.item(0).text().startswith("→ lié: ")
    finally:
        for translator in french:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
