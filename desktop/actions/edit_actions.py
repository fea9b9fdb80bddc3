"""The Edit menu: undo and redo, find, the tag scheme."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from claimdesk.desktop.i18n import mark

from . import action_handlers as do
from .action_types import Action
from .menu_titles import EDIT

Std = QKeySequence.StandardKey

EDIT_ACTIONS: tuple[Action, ...] = (
    Action("edit.undo", mark("Actions", "Undo"), (Std.Undo,), menu=EDIT, handler=do.undo),
    Action(
        "edit.redo", mark("Actions", "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), menu=EDIT, handler=do.redo
    ),
    Action(
        "edit.find",
        mark("Actions", "&Find in pane…"),
        (Std.Find,),
        menu=EDIT,
        handler=do.find_in_pane,
        separator_before=True,
        help=mark("Actions", "Find in this article"),
    ),
    Action(
        "edit.find_all",
        mark("Actions", "Find in &all articles…"),
        ("Ctrl+Shift+F",),
        menu=EDIT,
        handler=do.find_in_all_articles,
    ),
    Action(
        "edit.scheme",
        mark("Actions", "&Tag scheme and verdicts…"),
        ("Ctrl+Shift+M",),
        menu=EDIT,
        handler=do.edit_scheme,
        separator_before=True,
        help=mark("Actions", "Edit the tag scheme and verdict scale"),
    ),
)
