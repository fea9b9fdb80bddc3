"""What an action is (`Action`) and where its keys work (`Scope`): the registry's terms.
The registry itself, every action the app has, is `actions.ACTIONS`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from claimdesk.desktop.i18n import mark, translated

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

Key = str | QKeySequence.StandardKey
"""A key as Qt's portable text ("Ctrl+Shift+S", "Del") or a platform's standard key."""


class Scope(Enum):
    """Where an action's keys work; the value is the Help dialog's "Where" column (English,
    `where()` in the interface's language)."""

    PANE = mark("Actions", "in an article pane")
    FIND_BAR = mark("Actions", "in the find bar")
    LINK_DIALOG = mark("Actions", "in the link dialog")
    LINKS_LIST = mark("Actions", "in the inspector's links list")
    SUGGESTIONS = mark("Actions", "in the Suggested links list")
    TRIAGE = mark("Actions", "in the Triage list")
    ARTICLES = mark("Actions", "in the Articles list")
    REVIEW = mark("Actions", "in review mode, unless typing in a field")
    WINDOW = mark("Actions", "anywhere")

    def where(self) -> str:
        return translated("Actions", self.value)

    def overlaps(self, other: Scope) -> bool:
        """Whether one key press can reach both: window keys (review mode's too) work
        wherever the focus is in the window, but not in a dialog (link, triage)."""
        if self is other:
            return True
        wide = {Scope.WINDOW, Scope.REVIEW}
        dialogs = {Scope.LINK_DIALOG, Scope.TRIAGE}
        return (self in wide or other in wide) and not dialogs & {self, other}


class Enabled(Enum):
    ALWAYS = "always"
    PROJECT = "with a project open"
    REVIEW = mark("Actions", "in review mode")


@dataclass(frozen=True)
class Action:
    id: str
    text: str
    """The menu text with its mnemonic, or what the keys do where there is no menu item."""
    keys: tuple[Key, ...] = ()
    scope: Scope = Scope.WINDOW
    menu: str = ""
    """The menu bar's menu (its title with mnemonic); empty: in no menu."""
    handler: Callable[[MainWindow], None] | None = None
    help: str = ""
    """The Help dialog's line, when it says more than the menu text."""
    enabled: Enabled = Enabled.PROJECT
    checkable: bool = False
    separator_before: bool = False
    toolbar: str = ""
    """Its label in the tag toolbar; empty: not in the toolbar."""
    icon: str = ""
    """A drawn icon's name (`widgets.drawn_icons`), for its toolbar button."""
    tooltip: str = ""
    context_menu: str = ""
    """The widget whose context menu lists it ("articles"); that widget handles it."""

    def shown_text(self) -> str:
        """The menu text in the interface's language (`text` stays the English source)."""
        return translated("Actions", self.text)

    def help_text(self) -> str:
        """The Help dialog's line in the interface's language."""
        if self.help:
            return translated("Actions", self.help)
        return self.shown_text().replace("&", "").removesuffix("…")
