"""What a project's window looks like when it is opened again: the articles in the panes,
their sizes, the zoom, synchronised scrolling, and the window's docks and geometry."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session import ProjectSession


def save_layout(window: MainWindow) -> None:
    session, workspace = window.session, window.workspace
    if session is None or workspace is None:
        return
    layout = {
        "panes": [pane.article_id for pane in workspace.panes],
        "sizes": workspace.splitter.sizes(),
        "zoom": workspace.zoom(),
        "sync": workspace.sync_scrolling,
    }
    window.settings.set_layout_for(_project_id(session), layout)
    window.settings.set_window_state(window.saveGeometry(), window.saveState())


def restore_layout(window: MainWindow) -> None:
    """As saved; a project never opened here shows two panes."""
    session, workspace = window.open_session(), window.open_workspace()
    geometry, state = window.settings.window_state()
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
    layout = window.settings.layout_for(_project_id(session))
    workspace.set_zoom(int(layout.get("zoom", 0)))
    workspace.sync_scrolling = bool(layout.get("sync", False))
    window.action_set["view.sync_scrolling"].setChecked(workspace.sync_scrolling)
    known = {heading.id for heading in session.article_headings()}
    panes = [article_id for article_id in layout.get("panes", []) if article_id in known]
    for article_id in panes or [None, None]:
        workspace.add_pane(article_id)
    sizes = layout.get("sizes")
    if sizes and len(sizes) == len(workspace.panes):
        workspace.splitter.setSizes(sizes)
    workspace.panes[0].view.setFocus()


def _project_id(session: ProjectSession) -> str:
    """The key of its layout: every project the window opens for writing has one."""
    project_id = session.store.setting("id")
    assert project_id is not None, "Store.open gives a writable project an id"
    return project_id
