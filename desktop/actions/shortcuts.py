"""The Help → Keyboard shortcuts list, derived from the action registry: one row per
action that has keys, with the keys as a user reads them and where they work."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from .actions import ACTIONS, Action, Scope, action

_NAMES = {"Del": "Delete", "Esc": "Escape", "Return": "Enter", "PgDown": "PgDn"}
"""Qt's portable key names that users call otherwise."""


def key_label(item: Action) -> str:
    """The keys as the Help dialog shows them: "1 … 9", "Enter, Shift+Enter", "Ctrl+Q"."""
    keys = key_texts(item)
    if len(keys) > 2 and all(len(key) == 1 and key.isdigit() for key in keys):
        return f"{keys[0]} … {keys[-1]}"
    shown: list[str] = []
    for key in keys:
        named = "+".join(_NAMES.get(part, part) for part in key.split("+"))
        if named not in shown:
            shown.append(named)
    return ", ".join(shown)


def menu_hint(action_id: str) -> str:
    """The action's first key, as a context menu shows it after a tab ("Delete")."""
    keys = key_texts(action(action_id))
    return "+".join(_NAMES.get(part, part) for part in keys[0].split("+")) if keys else ""


def key_texts(item: Action) -> list[str]:
    """The keys as Qt's portable text; a standard key as this platform binds it."""
    portable = QKeySequence.SequenceFormat.PortableText
    texts = [
        key if isinstance(key, str) else QKeySequence(key).toString(portable) for key in item.keys
    ]
    return [text for text in texts if text]  # Quit has no key offscreen


def help_rows() -> list[tuple[str, str, str]]:
    """(keys, what they do, where), grouped by where they work, the article pane first."""
    order = list(Scope)
    with_keys = [item for item in ACTIONS if key_texts(item)]
    with_keys.sort(key=lambda item: order.index(item.scope))
    return [(key_label(item), item.help_text(), item.scope.where()) for item in with_keys]
