"""Hover text for an article view: what the annotations under the mouse say.

The text comes from the workspace's mode (a reviewer sees other things than an
annotator), asked only when the mouse rests on a highlight; this module shows it as
plain text, never as markup, since it quotes what annotators wrote.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolTip, QWidget

from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .span_placement import HighlightSpan


def show_hover(
    widget: QWidget, at: QPoint, under: list[HighlightSpan], describe: Callable[[str], str]
) -> None:
    """Show the descriptions of the spans `under` the mouse at `at` (global), or hide."""
    if under:
        QToolTip.showText(
            at, plain_tooltip("\n\n".join(describe(span.annotation_id) for span in under)), widget
        )
    else:
        QToolTip.hideText()
