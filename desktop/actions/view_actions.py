"""The View menu: panes, scrolling, blind annotation, the layouts, zoom, high contrast."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from claimdesk.desktop.high_contrast import toggle_high_contrast
from claimdesk.desktop.i18n import mark

from . import action_handlers as do
from .action_types import Action, Enabled
from .menu_titles import VIEW

Std = QKeySequence.StandardKey

VIEW_ACTIONS: tuple[Action, ...] = (
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
    Action(
        "view.high_contrast",
        mark("Actions", "&High contrast"),
        menu=VIEW,
        handler=toggle_high_contrast,
        enabled=Enabled.ALWAYS,
        checkable=True,
        separator_before=True,
        help=mark("Actions", "High contrast: white text on black, remembered for the next start"),
    ),
)
