"""A screen reader can read an article and hear what changes (issue 24): the pane exposes
its text and caret, describes the annotation under the caret, and each change, its undo
and its redo are announced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from claimdesk.desktop.announcements import Announcer
from tests.desktop.conftest import REPORT_A, REPORT_B, link_with_keys, tag

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def accessible(widget):
    return QAccessible.queryAccessibleInterface(widget)


def heard(qtbot, window) -> list[str]:
    said: list[str] = []
    window.workspace.findChild(Announcer).announced.connect(said.append)
    return said


def test_the_article_pane_exposes_its_text_and_where_the_caret_is(desk):
    pane = desk.pane_showing("Report A")
    text = accessible(pane.view).textInterface()
    assert text.text(0, text.characterCount()) == pane.view.toPlainText()
    assert "Officials said more than 100 were freed." in text.text(0, text.characterCount())
    pane.view.set_caret(REPORT_A.index("Officials"))
    assert text.text(text.cursorPosition(), text.cursorPosition() + 9) == "Officials"


def test_moving_the_caret_onto_an_annotation_describes_its_tag_author_and_words(qtbot, desk):
    pane = desk.pane_showing("Report B")
    tag(qtbot, pane.view, REPORT_B, "56 releases", 2)
    tag_name = desk.window.session.tags()[1].name
    view = accessible(pane.view)
    pane.view.set_caret(REPORT_B.index("Foro"))
    assert view.text(QAccessible.Text.Description) == ""
    qtbot.keyClick(pane.view, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(pane.view, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(pane.view, Qt.Key.Key_Right, CTRL)
    assert view.textInterface().cursorPosition() == REPORT_B.index("56")
    assert view.text(QAccessible.Text.Description) == f"{tag_name}, by Ana: 56 releases"
    pane.view.set_caret(REPORT_B.index("government"))
    assert view.text(QAccessible.Text.Description) == ""


def test_a_new_pane_describes_annotations_too(qtbot, desk):
    tag(qtbot, desk.pane_showing("Report B").view, REPORT_B, "56", 1)
    desk.press(desk.pane(1), Qt.Key.Key_T, CTRL)
    pane = desk.window.workspace.panes[-1]
    desk.open_article(len(desk.window.workspace.panes), "Report B")
    pane.view.set_caret(REPORT_B.index("56") + 1)
    assert accessible(pane.view).text(QAccessible.Text.Description).endswith(", by Ana: 56")


def test_tagging_deleting_undo_and_redo_are_announced(qtbot, desk):
    said = heard(qtbot, desk.window)
    pane = desk.pane_showing("Report B")
    tag(qtbot, pane.view, REPORT_B, "56", 1)
    tag_name = desk.window.session.tags()[1].name
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    qtbot.keyClick(pane.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(pane.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert said == [
        f"Done: Tag as {tag_name}",
        "Done: Delete annotation",
        "Undone: Delete annotation",
        "Redone: Delete annotation",
    ]


def test_linking_is_announced(qtbot, desk, two_figures):
    said = heard(qtbot, desk.window)
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, desk.window, view_a, view_b, first, second, 0)
    started, done = said  # what to do next once L is pressed, then what was done
    assert started.startswith("Linking from “about 50”")
    assert done.startswith("Done: Link as ")


def test_an_article_opened_with_the_caret_on_an_annotation_describes_it(qtbot, desk):
    pane = desk.pane_showing("Report B")
    tag(qtbot, pane.view, REPORT_B, "Foro Penal", 2)
    number = desk.window.workspace.panes.index(pane) + 1
    desk.open_article(number, "Report A")
    desk.open_article(number, "Report B")  # the caret back at the start, on the annotation
    assert pane.view.caret_offset() == 0
    description = accessible(pane.view).text(QAccessible.Text.Description)
    assert description.endswith(", by Ana: Foro Penal")
