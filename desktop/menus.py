"""The main window's menus and their shortcuts (also listed in the Help dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from . import review_mode
from .article_commands import delete_current_article

if TYPE_CHECKING:
    from .main_window import MainWindow


def build(window: MainWindow) -> None:
    bar = window.menuBar()
    project_actions: list[QAction] = []

    def action(
        menu, text: str, slot, shortcut=None, *, needs_project: bool = True, checkable: bool = False
    ) -> QAction:
        item = QAction(text, window)
        if shortcut is not None:
            item.setShortcut(QKeySequence(shortcut))
        item.setCheckable(checkable)
        item.triggered.connect(slot)
        menu.addAction(item)
        if needs_project:
            project_actions.append(item)
        return item

    file_menu = bar.addMenu("&File")
    action(
        file_menu,
        "&New project…",
        lambda: _project_flows().new_project(window),
        QKeySequence.StandardKey.New,
        needs_project=False,
    )
    action(
        file_menu,
        "&Open project…",
        lambda: _project_flows().open_project(window),
        QKeySequence.StandardKey.Open,
        needs_project=False,
    )
    window._recent_menu = file_menu.addMenu("Open &recent")
    window._recent_menu.aboutToShow.connect(lambda: _project_flows().fill_recent_menu(window))
    action(
        file_menu,
        "Save a &copy…",
        lambda: _project_flows().save_copy(window),
        "Ctrl+Shift+S",
    )
    file_menu.addSeparator()
    action(
        file_menu, "&Import articles…", lambda: _project_flows().choose_and_import(window), "Ctrl+I"
    )
    action(
        file_menu,
        "&Paste as new article",
        lambda: _project_flows().paste_article(window),
        "Ctrl+Shift+V",
    )
    action(file_menu, "Article &details…", lambda: _project_flows().edit_article_details(window))
    action(file_menu, "De&lete article…", lambda: delete_current_article(window))
    file_menu.addSeparator()
    action(file_menu, "&Export dataset…", lambda: _dataset_flows().export_dataset(window), "Ctrl+E")
    action(
        file_menu,
        "Import &annotations…",
        lambda: _dataset_flows().import_annotation_file(window),
        "Ctrl+Shift+I",
    )
    action(
        file_menu,
        "&Merge a colleague's project…",
        lambda: _merge_flow().merge_colleague_project(window),
    )
    window._file_menu = file_menu
    file_menu.addSeparator()
    window._file_extra_anchor = file_menu.addSeparator()
    action(file_menu, "&Quit", window.close, QKeySequence.StandardKey.Quit, needs_project=False)

    edit_menu = bar.addMenu("&Edit")
    window._undo_action = action(
        edit_menu, "Undo", lambda: window.session.undo_stack.undo(), QKeySequence.StandardKey.Undo
    )
    window._redo_action = action(
        edit_menu, "Redo", lambda: window.session.undo_stack.redo(), "Ctrl+Shift+Z"
    )
    window._redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addSeparator()
    action(
        edit_menu,
        "&Find in pane…",
        lambda: _project_flows().find_in_pane(window),
        QKeySequence.StandardKey.Find,
    )
    action(edit_menu, "Find in &all articles…", window.search_all_articles, "Ctrl+Shift+F")
    edit_menu.addSeparator()
    action(
        edit_menu,
        "&Tag scheme and verdicts…",
        lambda: _project_flows().edit_scheme(window),
        "Ctrl+Shift+T",
    )

    claims_menu = bar.addMenu("&Claims")
    action(claims_menu, "&Next claim", lambda: _step_claim(window, 1), "F8")
    action(claims_menu, "&Previous claim", lambda: _step_claim(window, -1), "Shift+F8")
    window._contradicted_action = action(
        claims_menu,
        "Only &contradicted claims",
        lambda on: window.claims_panel.contradicted_only.setChecked(on),
        "Ctrl+Shift+K",
        checkable=True,
    )
    action(claims_menu, "&Suggested links", lambda: _show_suggestions(window), "Ctrl+Shift+L")
    claims_menu.addSeparator()
    action(
        claims_menu,
        "&Link annotation…",
        lambda: window.workspace.link_active_annotation(),
        "Ctrl+L",
    )

    review_mode.build_menu(window, bar.addMenu("&Review"), action)

    view_menu = bar.addMenu("&View")
    action(view_menu, "&Add pane", lambda: window.workspace.add_pane(), "Ctrl+T")
    action(view_menu, "&Close pane", lambda: _close_active_pane(window), "Ctrl+W")
    action(view_menu, "&Next pane", lambda: window.workspace.focus_next_pane(1), "F6")
    action(view_menu, "&Previous pane", lambda: window.workspace.focus_next_pane(-1), "Shift+F6")
    window._sync_action = action(
        view_menu,
        "&Synchronised scrolling",
        lambda on: setattr(window.workspace, "sync_scrolling", on),
        checkable=True,
    )
    view_menu.addSeparator()
    action(
        view_menu,
        "Zoom &in",
        lambda: window.workspace.set_zoom(window.workspace.zoom() + 1),
        QKeySequence.StandardKey.ZoomIn,
    )
    action(
        view_menu,
        "Zoom &out",
        lambda: window.workspace.set_zoom(window.workspace.zoom() - 1),
        QKeySequence.StandardKey.ZoomOut,
    )
    action(view_menu, "&Reset zoom", lambda: window.workspace.set_zoom(0), "Ctrl+0")
    view_menu.addSeparator()
    window._view_menu = view_menu

    help_menu = bar.addMenu("&Help")
    action(help_menu, "&Keyboard shortcuts", window.show_shortcuts, "F1", needs_project=False)
    action(
        help_menu, "&About Claimdesk", lambda: _project_flows().about(window), needs_project=False
    )
    window._project_actions = project_actions


def _show_suggestions(window: MainWindow) -> None:
    window._suggestions_dock.show()
    window._suggestions_dock.raise_()
    window.suggestions_panel.list.setFocus()


def _step_claim(window: MainWindow, direction: int) -> None:
    window._claims_dock.show()
    window._claims_dock.raise_()
    window.claims_panel.step(direction)


def _close_active_pane(window: MainWindow) -> None:
    pane = window.workspace.active_pane()
    if pane is not None:
        window.workspace.close_pane(pane)


# The flows behind the menus load on first use, not at start.
def _project_flows():
    from . import project_flows

    return project_flows


def _dataset_flows():
    from . import dataset_flows

    return dataset_flows


def _merge_flow():
    from . import merge_flow

    return merge_flow
