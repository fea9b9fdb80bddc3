"""The tag toolbar's Link button shows a drawn icon, not a symbol from a font that a
stock Linux lacks (issue 20: it showed a missing-glyph box)."""

from __future__ import annotations


def test_the_link_button_has_a_drawn_icon_and_plain_text(window):
    [link] = [action for action in window.tag_toolbar.actions() if "Link" in action.text()]
    assert link.text() == "Link…"
    assert not link.icon().isNull()
    image = link.icon().pixmap(16, 16).toImage()
    assert any(image.pixelColor(x, y).alpha() for x in range(16) for y in range(16))
