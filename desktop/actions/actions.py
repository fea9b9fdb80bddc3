"""Every action a user can take by menu, toolbar or key, declared once, as data.

The menus, the toolbar, the Help → Keyboard shortcuts list, the article view's single
keys and the tests are all derived from `ACTIONS`, so a key is changed in one place.
Handlers take the window and load what they need on first use (`action_handlers`).
Actions without a handler document keys that a widget handles itself (the caret keys,
the links list); they are listed so the help is complete and the key checks see them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from claimdesk.desktop.i18n import mark

from . import action_handlers as do
from .action_types import Action, Enabled, Scope

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

Std = QKeySequence.StandardKey

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
PANE, ALWAYS = Scope.PANE, Enabled.ALWAYS


def _review_key(
    action_id: str, text: str, key: str, handler: Callable[[MainWindow], None], help: str, **more
) -> Action:
    """A review decision: a single key, a window shortcut enabled only in review mode."""
    return Action(
        action_id, text, (key,), Scope.REVIEW, REVIEW, handler, help, Enabled.REVIEW, **more
    )


ACTIONS: tuple[Action, ...] = (
    # The article pane's single keys (handled by the view, which reads them from here).
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
    # File
    Action(
        "file.new",
        mark("Actions", "&New project…"),
        (Std.New,),
        menu=FILE,
        handler=do.new_project,
        enabled=ALWAYS,
    ),
    Action(
        "file.open",
        mark("Actions", "&Open project…"),
        (Std.Open,),
        menu=FILE,
        handler=do.open_project,
        enabled=ALWAYS,
    ),
    Action(
        "file.save_copy",
        mark("Actions", "Save a &copy…"),
        ("Ctrl+Shift+S",),
        menu=FILE,
        handler=do.save_copy,
        help=mark("Actions", "Save a copy of the whole project, as it is now"),
    ),
    Action(
        "file.import_articles",
        mark("Actions", "&Import articles…"),
        ("Ctrl+I",),
        menu=FILE,
        handler=do.import_articles,
        separator_before=True,
        help=mark("Actions", "Import article files"),
    ),
    Action(
        "file.paste_article",
        mark("Actions", "&Paste as new article"),
        ("Ctrl+Shift+V",),
        menu=FILE,
        handler=do.paste_article,
        help=mark("Actions", "Paste the clipboard as a new article"),
    ),
    Action(
        "file.import_factchecks",
        mark("Actions", "Import &fact-checks…"),
        menu=FILE,
        handler=do.import_fact_checks,
        help=mark(
            "Actions", "Add earlier fact-checks (ClaimReview JSON-LD, Google Fact Check Tools JSON)"
        ),
    ),
    Action(
        "file.article_details",
        mark("Actions", "Article &details…"),
        ("Alt+Return",),
        menu=FILE,
        handler=do.article_details,
        help=mark("Actions", "Title, outlet, date and address of the article in the active pane"),
    ),
    Action(
        "file.delete_article",
        mark("Actions", "De&lete article…"),
        menu=FILE,
        handler=do.delete_article,
    ),
    Action(
        "file.export",
        mark("Actions", "&Export dataset…"),
        ("Ctrl+E",),
        menu=FILE,
        handler=do.export_dataset,
        separator_before=True,
        help=mark("Actions", "Export the project as a dataset"),
    ),
    Action(
        "file.import_annotations",
        mark("Actions", "Import &annotations…"),
        ("Ctrl+Shift+I",),
        menu=FILE,
        handler=do.import_annotations,
        help=mark("Actions", "Import annotations (JSONL, W3C, Label Studio)"),
    ),
    Action(
        "file.merge",
        mark("Actions", "&Merge a colleague's project…"),
        menu=FILE,
        handler=do.merge_project,
    ),
    Action(
        "file.publish_report",
        mark("Actions", "P&ublish report…"),
        menu=FILE,
        handler=do.publish_report,
        help=mark("Actions", "Publish the claims as a fact-check page (HTML), PDF or Markdown"),
    ),
    Action(
        "file.quit",
        mark("Actions", "&Quit"),
        (Std.Quit,),
        menu=FILE,
        handler=do.quit,
        enabled=ALWAYS,
        separator_before=True,
    ),
    # Edit
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
    # Claims
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
    # Review
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
    # View
    Action(
        "view.add_pane", mark("Actions", "&Add pane"), ("Ctrl+T",), menu=VIEW, handler=do.add_pane
    ),
    Action(
        "view.close_pane",
        mark("Actions", "&Close pane"),
        ("Ctrl+W",),
        menu=VIEW,
        handler=do.close_pane,
    ),
    Action(
        "view.reopen_pane",
        mark("Actions", "Reopen c&losed pane"),
        ("Ctrl+Shift+T",),
        menu=VIEW,
        handler=do.reopen_pane,
        help=mark("Actions", "Reopen the pane closed last, where it was"),
    ),
    Action(
        "view.next_pane", mark("Actions", "&Next pane"), ("F6",), menu=VIEW, handler=do.next_pane
    ),
    Action(
        "view.previous_pane",
        mark("Actions", "&Previous pane"),
        ("Shift+F6",),
        menu=VIEW,
        handler=do.previous_pane,
    ),
    Action(
        "view.sync_scrolling",
        mark("Actions", "&Synchronised scrolling"),
        menu=VIEW,
        handler=do.sync_scrolling,
        checkable=True,
    ),
    Action(
        "view.only_mine",
        mark("Actions", "Show only &my annotations"),
        menu=VIEW,
        handler=do.only_my_annotations,
        checkable=True,
        help=mark("Actions", "Blind double annotation: each annotator sees only their own work"),
    ),
    Action(
        "view.layout_reading",
        mark("Actions", "Rea&ding layout"),
        ("Ctrl+1",),
        menu=VIEW,
        handler=do.reading_layout,
        checkable=True,
        separator_before=True,
        help=mark("Actions", "Reading layout: the panes only; panels in the side bar"),
    ),
    Action(
        "view.layout_annotating",
        mark("Actions", "Anno&tating layout"),
        ("Ctrl+2",),
        menu=VIEW,
        handler=do.annotating_layout,
        checkable=True,
        help=mark("Actions", "Annotating layout: the inspector and annotations under the panes"),
    ),
    Action(
        "view.layout_reviewing",
        mark("Actions", "Revie&wing layout"),
        ("Ctrl+3",),
        menu=VIEW,
        handler=do.reviewing_layout,
        checkable=True,
        help=mark("Actions", "Reviewing layout: articles and claims beside the panes as well"),
    ),
    Action(
        "view.zoom_in",
        mark("Actions", "Zoom &in"),
        (Std.ZoomIn,),
        menu=VIEW,
        handler=do.zoom_in,
        separator_before=True,
    ),
    Action(
        "view.zoom_out",
        mark("Actions", "Zoom &out"),
        (Std.ZoomOut,),
        menu=VIEW,
        handler=do.zoom_out,
    ),
    Action(
        "view.reset_zoom",
        mark("Actions", "&Reset zoom"),
        ("Ctrl+0",),
        menu=VIEW,
        handler=do.reset_zoom,
    ),
    # Help
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
