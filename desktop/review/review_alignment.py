"""Side by side in review: the reviewer's pane stands at the colleague's passage, line for
line, so the two annotations of one sentence are compared at a glance.

Synchronised scrolling matches the panes' scroll bars by fraction, but a plain-text view
lays its lines out lazily (a paragraph not yet shown counts as one line), so two views of
one article count differently and the reviewer's pane stood 8-16 lines away. Here the
other view is moved until the same character is at the same height."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

if TYPE_CHECKING:
    from claimdesk.desktop.workspace.article_view import ArticleView
    from claimdesk.desktop.workspace.workspace import Workspace

ATTEMPTS = 4
"""Moves at most: each lays out more lines, and the next measure is truer."""


def align_beside(workspace: Workspace, source: ArticleView, other: ArticleView) -> None:
    """Scroll `other` (showing the same text) so the text at `source`'s caret is at the
    same height in both; synchronised scrolling does not move `source` back meanwhile."""
    document = other.document()
    cursor = QTextCursor(document)
    cursor.setPosition(min(source.textCursor().position(), document.characterCount() - 1))
    bar = other.verticalScrollBar()
    line = max(1, other.fontMetrics().lineSpacing())
    synchronised, workspace.sync_scrolling = workspace.sync_scrolling, False
    try:
        for _ in range(ATTEMPTS):
            lines = round((other.cursorRect(cursor).top() - source.cursorRect().top()) / line)
            before = bar.value()
            bar.setValue(before + lines)
            if lines == 0 or bar.value() == before:
                break
    finally:
        workspace.sync_scrolling = synchronised
