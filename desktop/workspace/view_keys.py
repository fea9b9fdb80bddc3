"""The single keys an article view handles itself, read from the action registry.

Kept out of the widget so that the mapping from a key press to a pane action has one
place, next to nothing else: the registry (`actions`) declares the keys, this module
only turns a press into the action's call or signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from claimdesk.desktop.actions.actions import Scope, action, in_scope

if TYPE_CHECKING:
    from .article_view import ArticleView

_PANE_KEYS = in_scope(Scope.PANE)
"""The single keys a pane handles itself: portable key text → action id."""
_TAG_KEYS = action("pane.tag").keys


def handle_pane_key(view: ArticleView, event: QKeyEvent) -> bool:
    """Do the pane action bound to the key pressed; False when no action claims it."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key()))).toString(
        QKeySequence.SequenceFormat.PortableText
    )
    action_id = _PANE_KEYS.get(pressed, "")
    if action_id == "pane.tag":
        view.tag_key_pressed.emit(_TAG_KEYS.index(pressed))
    elif action_id == "pane.next":
        view.step_annotation(1)
    elif action_id == "pane.previous":
        view.step_annotation(-1)
    elif action_id == "pane.cycle":
        view.cycle_annotations_at_caret()
    elif action_id == "pane.link":
        view.link_key_pressed.emit()
    elif action_id == "pane.other_end":
        view.other_end_requested.emit()
    elif action_id == "pane.title":
        view.title_edit_requested.emit()
    elif action_id == "pane.delete":
        current = view.current_annotation()
        if current:
            view.delete_requested.emit(current)
    elif action_id == "pane.open":
        view.open_requested.emit(view.current_annotation())
    elif action_id == "pane.escape" and view.textCursor().hasSelection():
        cursor = view.textCursor()
        cursor.clearSelection()
        view.setTextCursor(cursor)
    else:
        return False
    return True
