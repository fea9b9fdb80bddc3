"""The Claims menu: going claim by claim, suggested links, the timeline, triage, linking."""

from __future__ import annotations

from claimdesk.desktop.i18n import mark

from . import action_handlers as do
from .action_types import Action
from .menu_titles import CLAIMS

CLAIMS_ACTIONS: tuple[Action, ...] = (
    Action(
        "claims.next",
        mark("Actions", "&Next claim"),
        ("F8",),
        menu=CLAIMS,
        handler=do.next_claim,
        help=mark("Actions", "Next claim, its appearances side by side"),
    ),
    Action(
        "claims.previous",
        mark("Actions", "&Previous claim"),
        ("Shift+F8",),
        menu=CLAIMS,
        handler=do.previous_claim,
        help=mark("Actions", "Previous claim, its appearances side by side"),
    ),
    Action(
        "claims.contradicted_only",
        mark("Actions", "Only &contradicted claims"),
        ("Ctrl+Shift+K",),
        menu=CLAIMS,
        handler=do.contradicted_only,
        checkable=True,
        help=mark("Actions", "Show only contradicted claims"),
    ),
    Action(
        "claims.suggestions",
        mark("Actions", "&Suggested links"),
        ("Ctrl+Shift+L",),
        menu=CLAIMS,
        handler=do.show_suggestions,
    ),
    Action(
        "claims.timeline",
        mark("Actions", "Stor&y timeline"),
        menu=CLAIMS,
        handler=do.show_timeline,
        help=mark("Actions", "Show how the selected claim's figure moved across outlets and dates"),
    ),
    Action(
        "claims.triage",
        mark("Actions", "&Triage this article…"),
        ("Ctrl+Shift+G",),
        menu=CLAIMS,
        handler=do.triage_article,
        help=mark("Actions", "The article's sentences most worth checking, with why"),
    ),
    Action(
        "claims.checked_before",
        mark("Actions", "Checked &before?…"),
        ("Ctrl+Shift+B",),
        menu=CLAIMS,
        handler=do.checked_before,
        help=mark(
            "Actions", "Earlier fact-checks matching the annotation at the caret or the selection"
        ),
    ),
    Action(
        "claims.link",
        mark("Actions", "&Link annotation…"),
        ("Ctrl+L",),
        menu=CLAIMS,
        handler=do.link_annotation,
        separator_before=True,
        help=mark("Actions", "Link the annotation at the caret (as L)"),
        toolbar=mark("Actions", "Link…"),
        icon="link",
        tooltip=mark(
            "Actions",
            "Link the annotation at the caret to another (L in a pane; L again on the"
            " other end, or click it)",
        ),
    ),
)
