"""The File menu: projects, articles in and out, datasets, merge, the report, Quit."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from claimdesk.desktop.i18n import mark

from . import action_handlers as do
from .action_types import Action, Enabled
from .menu_titles import FILE

Std = QKeySequence.StandardKey
ALWAYS = Enabled.ALWAYS

FILE_ACTIONS: tuple[Action, ...] = (
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
        "file.shared_archive",
        mark("Actions", "Use a s&hared fact-check archive…"),
        menu=FILE,
        handler=do.choose_shared_archive,
        help=mark("Actions", "Match this project against a newsroom's fact-check archive file too"),
    ),
    Action(
        "file.new_shared_archive",
        mark("Actions", "Ne&w shared fact-check archive…"),
        menu=FILE,
        handler=do.new_shared_archive,
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
        "file.purge_evidence",
        mark("Actions", "Purge removed evidence file&s…"),
        menu=FILE,
        handler=do.purge_evidence,
        help=mark(
            "Actions", "Delete the kept bytes of removed evidence files; clears the undo history"
        ),
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
)
