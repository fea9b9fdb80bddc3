"""User text (titles, notes, quotes, tag descriptions) shown in tooltips as plain text.

Qt renders a tooltip as rich text when it looks like HTML, so a title such as
`<img src=…>` would be interpreted; every tooltip built from user text goes through here.
"""

from __future__ import annotations

from PySide6.QtGui import Qt as QtText


def plain_tooltip(text: str) -> str:
    return QtText.convertFromPlainText(text)
