"""Every field the user types to find or filter ignores accents and case, and has the same
Exact option to match as typed (issue 20, "with an option for exact matching"): the find
bar, the article list, the annotation table, the claims panel and Find in all articles.
The choice is remembered in each place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from claimdesk.desktop.main_window import MainWindow
from tests.desktop.conftest import REPORT_A, REPORT_B, link_with_keys, pane_showing, tag

from .test_claims_panel import wait_for_claims


def click(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)


def test_the_annotation_filter_finds_cafe_in_cafe_with_an_accent_until_exact_is_on(qtbot, window):
    view = pane_showing(window, "Report A").view
    tag(qtbot, view, REPORT_A, "Café owners", 2)
    table = window.annotation_table
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    table.text_filter.setFocus()
    qtbot.keyClicks(table.text_filter, "cafe")
    assert table.model.rowCount() == 1
    click(qtbot, table.filters.exact)
    assert table.model.rowCount() == 0  # as typed: no accent, no match
    table.text_filter.setText("Café")
    assert table.model.rowCount() == 1
    table.text_filter.setText("CAFÉ")  # case counts too
    assert table.model.rowCount() == 0
    click(qtbot, table.filters.exact)
    assert table.model.rowCount() == 1


def test_the_claims_filter_finds_cafe_in_cafe_with_an_accent_until_exact_is_on(qtbot, window):
    view_a = pane_showing(window, "Report A").view
    view_b = pane_showing(window, "Report B").view
    first = tag(qtbot, view_a, REPORT_A, "Café owners", 2)
    second = tag(qtbot, view_b, REPORT_B, "Foro Penal", 2)
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    panel = window.claims_panel
    [claim] = wait_for_claims(qtbot, panel, 1)
    panel.filter_edit.setFocus()
    qtbot.keyClicks(panel.filter_edit, "cafe owners")
    assert not claim.isHidden()
    click(qtbot, panel.exact)
    assert claim.isHidden()
    panel.filter_edit.setText("Café owners")
    assert not claim.isHidden()
    click(qtbot, panel.exact)
    panel.filter_edit.setText("FORO")
    assert not claim.isHidden()


def exact_boxes(window) -> list[QCheckBox]:
    return [box for box in window.findChildren(QCheckBox) if box.objectName().startswith("exact")]


def test_every_exact_option_reads_the_same_and_tab_reaches_it_from_its_field(qtbot, window):
    pane = pane_showing(window, "Report A")
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for panel in ("annotation_table", "claims_panel"):
        getattr(window, panel)  # built, as after the first frame
    boxes = exact_boxes(window)
    assert len(boxes) == 4  # find bar, articles, annotations, claims
    assert {(box.text(), box.toolTip()) for box in boxes} == {
        ("Exact", "Match case and accents exactly (off: “Rodriguez” finds “Rodríguez”)")
    }
    field = window.annotation_table.text_filter
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.annotation_table.filters.exact
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert window.annotation_table.filters.exact.isChecked()


def test_exact_is_remembered_in_each_place_after_reopening(qtbot, window, app_settings):
    click(qtbot, window.annotation_table.filters.exact)
    click(qtbot, window.article_list.exact)
    project = window.session.path
    window.close_project()
    again = MainWindow(app_settings)  # the next run, with the same settings
    qtbot.addWidget(again)
    again.show()
    assert again.open_project(project, "Ana")
    assert again.article_list.exact.isChecked()
    table = again.annotation_table
    assert table.filters.exact.isChecked() and not again.claims_panel.exact.isChecked()
    tag(qtbot, pane_showing(again, "Report A").view, REPORT_A, "Café owners", 2)
    table.text_filter.setText("cafe")  # remembered, and applied: as typed
    qtbot.waitUntil(lambda: table.model.all_rows != [])
    assert table.model.rowCount() == 0
    again.close_project()
