"""The Help menu: the keyboard shortcuts and About."""

from __future__ import annotations

from claimdesk.desktop.i18n import mark

from . import action_handlers as do
from .action_types import Action, Enabled
from .menu_titles import HELP

ALWAYS = Enabled.ALWAYS

HELP_ACTIONS: tuple[Action, ...] = (
    Action(
        "help.shortcuts",
        mark("Actions", "&Keyboard shortcuts"),
        ("F1",),
        menu=HELP,
        handler=do.show_shortcuts,
        enabled=ALWAYS,
        help=mark("Actions", "This list"),
    ),
    Action(
        "help.about",
        mark("Actions", "&About Claimdesk"),
        menu=HELP,
        handler=do.about,
        enabled=ALWAYS,
        help=mark(
            "Actions", "Version, licence, and the licences of the software Claimdesk runs on"
        ),
    ),
)
