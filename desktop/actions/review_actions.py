"""The Review menu: review mode and its single-key decisions, agreement."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimdesk.desktop.i18n import mark

from . import action_handlers as do
from .action_types import Action, Enabled, Scope
from .menu_titles import REVIEW

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow


def _review_key(
    action_id: str, text: str, key: str, handler: Callable[[MainWindow], None], help: str, **more
) -> Action:
    """A review decision: a single key, a window shortcut enabled only in review mode."""
    return Action(
        action_id, text, (key,), Scope.REVIEW, REVIEW, handler, help, Enabled.REVIEW, **more
    )


REVIEW_ACTIONS: tuple[Action, ...] = (
    Action(
        "review.start",
        mark("Actions", "&Start review…"),
        ("Ctrl+Shift+R",),
        menu=REVIEW,
        handler=do.start_review,
        help=mark("Actions", "Start reviewing a colleague's annotations"),
    ),
    Action(
        "review.stop",
        mark("Actions", "Sto&p review"),
        menu=REVIEW,
        handler=do.stop_review,
        enabled=Enabled.REVIEW,
    ),
    _review_key(
        "review.accept",
        mark("Actions", "&Accept and go to the next"),
        "A",
        do.review_accept,
        mark("Actions", "Accept the colleague's annotation and go to the next unreviewed"),
        separator_before=True,
    ),
    _review_key(
        "review.reject",
        mark("Actions", "&Reject…"),
        "R",
        do.review_reject,
        mark("Actions", "Reject it (a comment is optional: Enter without one)"),
    ),
    _review_key(
        "review.edit",
        mark("Actions", "&Edit and accept"),
        "E",
        do.review_edit,
        mark("Actions", "Accept it and open it in the inspector to edit"),
    ),
    _review_key(
        "review.next",
        mark("Actions", "&Next in the list"),
        "J",
        do.review_next,
        mark("Actions", "Next annotation in the Review list"),
    ),
    _review_key(
        "review.previous",
        mark("Actions", "Pre&vious in the list"),
        "K",
        do.review_previous,
        mark("Actions", "Previous annotation in the Review list"),
    ),
    Action(
        "review.agreement",
        mark("Actions", "A&greement between annotators…"),
        menu=REVIEW,
        handler=do.show_agreement,
        separator_before=True,
    ),
)
