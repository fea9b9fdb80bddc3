"""Every action a user can take by menu, toolbar or key, declared once, as data.

The menus, the toolbar, the Help → Keyboard shortcuts list, the article view's single
keys and the tests are all derived from `ACTIONS`, so a key is changed in one place.
The entries are declared one module per menu (`file_actions`, `edit_actions`,
`claims_actions`, `review_actions`, `view_actions`, `help_actions`), after the keys that
widgets handle themselves (`key_actions`); `ACTIONS` puts them together in that order.
Handlers take the window and load what they need on first use (`action_handlers`).
Actions without a handler document keys that a widget handles itself (the caret keys,
the links list); they are listed so the help is complete and the key checks see them.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from .action_types import Action, Enabled, Scope
from .claims_actions import CLAIMS_ACTIONS
from .edit_actions import EDIT_ACTIONS
from .file_actions import FILE_ACTIONS
from .help_actions import HELP_ACTIONS
from .key_actions import KEY_ACTIONS
from .menu_titles import CLAIMS, EDIT, FILE, HELP, RECENT_MENU, REVIEW, VIEW
from .review_actions import REVIEW_ACTIONS
from .view_actions import VIEW_ACTIONS

__all__ = [
    "ACTIONS",
    "CLAIMS",
    "EDIT",
    "FILE",
    "HELP",
    "MENUS",
    "RECENT_MENU",
    "REVIEW",
    "VIEW",
    "Action",
    "Enabled",
    "Scope",
    "action",
    "context_menu",
    "in_scope",
    "key_sequences",
]

ACTIONS: tuple[Action, ...] = (
    *KEY_ACTIONS,
    *FILE_ACTIONS,
    *EDIT_ACTIONS,
    *CLAIMS_ACTIONS,
    *REVIEW_ACTIONS,
    *VIEW_ACTIONS,
    *HELP_ACTIONS,
)

MENUS = (FILE, EDIT, CLAIMS, REVIEW, VIEW, HELP)
"""The menu bar, in order."""

_BY_ID = {action.id: action for action in ACTIONS}


def action(action_id: str) -> Action:
    return _BY_ID[action_id]


def key_sequences(item: Action) -> list[QKeySequence]:
    """The action's keys as Qt binds them; a standard key is its platform's main binding,
    or nothing where the platform has none (Quit, offscreen)."""
    sequences = [QKeySequence(key) for key in item.keys]
    return [sequence for sequence in sequences if not sequence.isEmpty()]


def context_menu(name: str) -> list[Action]:
    """The items of a widget's context menu, in order."""
    return [item for item in ACTIONS if item.context_menu == name]


def in_scope(scope: Scope) -> dict[str, str]:
    """Portable key text → action id, for a widget that handles its scope's keys itself
    (a standard key has no portable text: Qt binds it, only window actions use them)."""
    return {
        key: item.id
        for item in ACTIONS
        if item.scope is scope
        for key in item.keys
        if isinstance(key, str)
    }
