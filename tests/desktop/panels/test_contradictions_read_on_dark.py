"""A contradicted claim's red in the claims list and the claim editor reads on a dark
palette (the fixed light-page red was 2.5:1 on dark grey)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from claimdesk.desktop.session import Change
from claimdesk.desktop.widgets.readable_colours import contrast
from tests.desktop.workspace.test_room_for_text import laptop_window

from .test_timeline_chart_colours import dark_palette

__all__ = ["laptop_window"]  # the fixture, shared with the room-for-text tests


def test_a_contradicted_claim_reads_in_the_claims_list_on_a_dark_palette(qtbot, laptop_window):
    app = QGuiApplication.instance()
    ordinary = QPalette(app.palette())
    app.setPalette(dark_palette())
    try:
        laptop_window.session.announce(Change.all())
        tree = laptop_window.claims_panel.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
        background = dark_palette().color(QPalette.ColorRole.Window)
        reds = [
            tree.topLevelItem(n).foreground(0).color()
            for n in range(tree.topLevelItemCount())
            if tree.topLevelItem(n).text(0).startswith("⚠")
        ]
        assert reds
        assert all(contrast(red, background) >= 4.5 for red in reds)
        assert all(red.hsvHue() < 15 or red.hsvHue() > 345 for red in reds)
        assert reds[0] != QColor("#c62828")
    finally:
        app.setPalette(ordinary)
