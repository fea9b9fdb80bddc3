"""Titles, notes and quotes that look like HTML are shown as the characters they are."""

from __future__ import annotations

from claimdesk.desktop.widgets.plain_text import plain_tooltip
from tests.desktop.conftest import link_with_keys

MARKUP = '<img src="x" onerror="alert(1)"><b>bold</b>'


def test_a_tooltip_of_markup_shows_the_angle_brackets():
    shown = plain_tooltip(MARKUP)
    assert "&lt;img" in shown and "&lt;b&gt;" in shown and "<b>" not in shown


def test_a_link_note_that_looks_like_html_is_escaped_in_the_inspector(qtbot, window, two_figures):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 3)
    [link] = window.session.store.links()
    window.session.store.update_link(link.id, note=MARKUP)
    window.inspector.show_annotation(first)
    tooltip = window.inspector.links_list.item(0).toolTip()
    assert "&lt;img" in tooltip and "<img" not in tooltip
