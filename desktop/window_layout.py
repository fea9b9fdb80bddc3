"""What a project's window looks like when it is opened again: the articles in the panes,
each pane's caret and scroll, their sizes, the zoom, synchronised scrolling, the selected
claim, and (per screen size) the window's geometry, its docks and its named layout, which
follow the window to a screen of another size (`screen_follower`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QScrollBar

from .blind_view import restore_only_mine
from .layouts import LAYOUTS, default_layout
from .screen_follower import ScreenFollower
from .settings import screen_size_key

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .panels.claims_panel import ClaimsPanel
    from .session import ProjectSession
    from .workspace.article_pane import ArticlePane


def save_layout(window: MainWindow) -> None:
    session, workspace = window.session, window.workspace
    if session is None or workspace is None:
        return
    claims = window.panels.docks["claims"]
    layout = {
        "panes": [pane.article_id for pane in workspace.panes],
        "places": [
            [pane.view.caret_offset(), pane.view.verticalScrollBar().value()]
            for pane in workspace.panes
        ],
        "sizes": workspace.splitter.sizes(),
        "zoom": workspace.zoom(),
        "sync": workspace.sync_scrolling,
        "claim": window.claims_panel.current_claim_id() if claims.built else "",
    }
    window.settings.set_layout_for(_project_id(session), layout)
    window.settings.set_window_state(
        screen_key(window), window.saveGeometry(), window.saveState(), window.panels.name
    )


def restore_layout(window: MainWindow) -> None:
    """As saved; a project never opened here shows two panes, and a screen never used
    here gets the layout that suits its size."""
    session, workspace = window.open_session(), window.open_workspace()
    geometry, state, name = window.settings.window_state(screen_key(window))
    if geometry is not None and not window.isVisible():
        window.restoreGeometry(geometry)  # a window on screen stays where the user has it
    if state is not None and name in LAYOUTS:
        window.panels.use(name)  # the checked menu item; the state then says the rest
        window.restoreState(state)
        window.panels.keep_restored()
    else:
        window.panels.use(default_layout(window.width()))
    ScreenFollower(window, window.panels)  # closed with the project's panels
    restore_only_mine(window)  # before the panes draw their highlights
    layout = window.settings.layout_for(_project_id(session))
    workspace.set_zoom(int(layout.get("zoom", 0)))
    workspace.sync_scrolling = bool(layout.get("sync", False))
    window.action_set["view.sync_scrolling"].setChecked(workspace.sync_scrolling)
    known = {heading.id for heading in session.article_headings()}
    saved = layout.get("panes", [])
    places = layout.get("places", [])
    kept: list[int | None] = [i for i, article_id in enumerate(saved) if article_id in known]
    for index in kept or [None, None]:
        pane = workspace.add_pane(None if index is None else saved[index])
        if pane is not None and index is not None and index < len(places):
            _put_back(pane, *places[index])
    sizes = layout.get("sizes")
    if sizes and len(sizes) == len(workspace.panes):
        workspace.splitter.setSizes(sizes)
    claim = str(layout.get("claim", "") or "")
    if claim:
        window.panels.docks["claims"].when_built(
            lambda panel: cast("ClaimsPanel", panel).select_claim(claim, reveal=False)
        )
    workspace.panes[0].view.setFocus()


def screen_key(window: MainWindow) -> str:
    """The size of the screen the window is on, as its layout is remembered."""
    return screen_size_key(window.screen())


def _put_back(pane: ArticlePane, caret: int, scroll: int) -> None:
    """The caret now; the scroll once the text is laid out (the window is not shown yet)."""
    view = pane.view
    view.set_caret(max(0, min(int(caret), len(view.text()))))
    bar = view.verticalScrollBar()
    if bar.maximum() >= scroll:
        bar.setValue(int(scroll))
        return

    def when_laid_out(_minimum: int, maximum: int, bar: QScrollBar = bar) -> None:
        if maximum > 0:  # once: a later zoom must not scroll the reader back here
            bar.rangeChanged.disconnect(when_laid_out)
            bar.setValue(min(int(scroll), maximum))

    bar.rangeChanged.connect(when_laid_out)


def _project_id(session: ProjectSession) -> str:
    """The key of its layout: every project the window opens for writing has one."""
    project_id = session.store.setting("id")
    assert project_id is not None, "Store.open gives a writable project an id"
    return project_id
