"""Pressing L shows what to do next without moving the text (issue 20 walkthrough: the
banner pushed the panes down by 38 px, so the text jumped while the user looked for the
other end), and a screen reader hears it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from claimdesk.desktop.announcements import Announcer


def _where_the_text_is(view) -> tuple[QPoint, int]:
    """The text's first line on the screen, and the line shown at the top."""
    return view.viewport().mapToGlobal(QPoint(0, 0)), view.verticalScrollBar().value()


def test_pressing_l_says_what_to_do_without_moving_the_text(qtbot, window, two_figures):
    view_a, view_b, first, _second = two_figures
    said: list[str] = []
    window.workspace.findChild(Announcer).announced.connect(said.append)
    before = [_where_the_text_is(view) for view in (view_a, view_b)]
    view_a.setFocus()
    view_a.set_current_annotation(first)
    qtbot.keyClick(view_a, Qt.Key.Key_L)
    QApplication.processEvents()
    banner = window.workspace.link_flow.banner
    assert banner.isVisible() and "about 50" in banner.text()
    assert [_where_the_text_is(view) for view in (view_a, view_b)] == before
    assert said == [banner.text()]
    # Over the workspace, not over the pane the link starts from's caret line.
    assert banner.geometry().intersects(window.workspace.rect())
    qtbot.keyClick(view_a, Qt.Key.Key_Escape)
    assert not banner.isVisible()
