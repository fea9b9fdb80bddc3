"""The menu bar's menus: their titles (with mnemonics), which the actions name as their place."""

from __future__ import annotations

from claimdesk.desktop.i18n import mark

FILE, EDIT, CLAIMS, REVIEW, VIEW, HELP = (
    mark("Actions", "&File"),
    mark("Actions", "&Edit"),
    mark("Actions", "&Claims"),
    mark("Actions", "&Review"),
    mark("Actions", "&View"),
    mark("Actions", "&Help"),
)
RECENT_MENU = mark("Actions", "Open &recent")
"""A submenu filled when it opens (`project_flows.fill_recent_menu`), after `file.open`."""
