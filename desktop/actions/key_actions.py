"""Keys that a widget handles itself (the article pane's single keys, the find bar, the
links, suggestions, triage and articles lists): in no menu, listed so the help is
complete and the key checks see them. The article view reads its keys from here.
"""

from __future__ import annotations

from claimdesk.desktop.i18n import mark

from .action_types import Action, Scope

PANE = Scope.PANE

KEY_ACTIONS: tuple[Action, ...] = (
    Action(
        "pane.tag",
        mark("Actions", "Tag the selection with the tag of that number"),
        tuple("123456789"),
        PANE,
    ),
    Action("pane.next", mark("Actions", "Next annotation"), ("N",), PANE),
    Action("pane.previous", mark("Actions", "Previous annotation"), ("P", "Shift+N"), PANE),
    Action(
        "pane.cycle", mark("Actions", "Cycle through the annotations under the caret"), ("C",), PANE
    ),
    Action(
        "pane.open",
        mark("Actions", "Open the annotation at the caret in the inspector"),
        ("Return", "Enter", "Shift+Return", "Shift+Enter"),
        PANE,
    ),
    Action(
        "pane.delete",
        mark("Actions", "Delete the annotation at the caret (undoable)"),
        ("Del", "Backspace"),
        PANE,
    ),
    Action(
        "pane.link",
        mark(
            "Actions",
            "Start a link at the annotation at the caret; L again on (or a click on) the other end",
        ),
        ("L",),
        PANE,
    ),
    Action(
        "pane.other_end",
        mark(
            "Actions", "Go to the other end of a link of the annotation at the caret (again: back)"
        ),
        ("O",),
        PANE,
    ),
    Action(
        "pane.title",
        mark("Actions", "Edit the article's title in place (Enter keeps it)"),
        ("F2",),
        PANE,
    ),
    Action(
        "pane.escape",
        mark("Actions", "Clear the selection, or cancel a link being made"),
        ("Esc",),
        PANE,
    ),
    Action(
        "pane.context",
        mark("Actions", "Context menu: tag, link, delete"),
        ("Menu", "Shift+F10"),
        PANE,
    ),
    Action(
        "pane.extend",
        mark("Actions", "Extend the selection by character, word"),
        ("Shift+Arrows", "Ctrl+Shift+Arrows"),
        PANE,
    ),
    Action(
        "pane.move",
        mark("Actions", "Move the caret"),
        ("Arrows", "Ctrl+Arrows", "Home", "End", "PgUp", "PgDown"),
        PANE,
    ),
    Action("find.next", mark("Actions", "Next match"), ("F3",), Scope.FIND_BAR),
    Action(
        "find.previous",
        mark("Actions", "Previous match"),
        ("Shift+F3", "Shift+Return"),
        Scope.FIND_BAR,
    ),
    Action("find.close", mark("Actions", "Close the find bar"), ("Esc",), Scope.FIND_BAR),
    Action(
        "link.relation",
        mark("Actions", "Same claim / supports / contradicts / related"),
        tuple("1234"),
        Scope.LINK_DIALOG,
    ),
    Action(
        "links.edit",
        mark("Actions", "Change the relation or note of the link"),
        ("F2",),
        Scope.LINKS_LIST,
    ),
    Action(
        "links.delete", mark("Actions", "Delete the link"), ("Del", "Backspace"), Scope.LINKS_LIST
    ),
    Action(
        "suggestions.accept",
        mark("Actions", "Accept the suggestion: link the two passages"),
        ("Return", "A"),
        Scope.SUGGESTIONS,
    ),
    Action(
        "suggestions.dismiss",
        mark("Actions", "Dismiss the suggestion"),
        ("Del", "Backspace", "D"),
        Scope.SUGGESTIONS,
    ),
    Action(
        "triage.accept",
        mark("Actions", "Annotate the sentence as a checkable claim, its reasons as the note"),
        ("Return", "A"),
        Scope.TRIAGE,
    ),
    Action(
        "triage.dismiss",
        mark("Actions", "Dismiss the sentence"),
        ("Del", "Backspace", "D"),
        Scope.TRIAGE,
    ),
    Action(
        "articles.open",
        mark("Actions", "Open"),
        ("Return",),
        Scope.ARTICLES,
        help=mark("Actions", "Open the article in the active pane"),
        context_menu="articles",
    ),
    Action(
        "articles.delete",
        mark("Actions", "Delete article…"),
        scope=Scope.ARTICLES,
        separator_before=True,
        context_menu="articles",
    ),
    Action(
        "window.focus",
        mark("Actions", "Move focus to the next / previous pane"),
        ("Tab", "Shift+Tab"),
    ),
)
