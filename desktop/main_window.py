"""The main window: menus, toolbar, docks and status bar around the article workspace.

Its menus, toolbar actions and keys come from the action registry (`actions`, built by
`menus`). It arranges and wires; the work itself is done by commands (changes), the workspace
(panes) and the flows in `project_flows` (opening, importing, exporting in the background).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.desktop.actions.menus import WindowActions
from claimdesk.desktop.i18n import translate

from .high_contrast import restore_high_contrast
from .resources import app_icon
from .settings import AppSettings
from .status_line import StatusLine
from .window_opening import StartOpening

# What a project's window is made of loads with the project (`_build_project_ui`): a start
# paints its first frame (menus, status bar, "Opening …") without it, and without PySide's
# `Qt` namespace (15-40 ms to build its enums): `Qt` is imported where a project needs it.
if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from claimdesk.desktop.flows.tasks import BackgroundTask
    from claimdesk.desktop.panels.annotation_table import AnnotationTable
    from claimdesk.desktop.panels.claims_panel import ClaimsPanel
    from claimdesk.desktop.panels.inspector import Inspector
    from claimdesk.desktop.panels.panel_dock import PanelDock
    from claimdesk.desktop.panels.suggestions_panel import SuggestionsPanel
    from claimdesk.desktop.review.review_mode import ReviewMode
    from claimdesk.desktop.workspace.workspace import Workspace

    from .project_docks import DockName, ProjectDocks
    from .session import Change, ProjectSession

APP_NAME = "Claimdesk"
DEFAULT_SIZE = QSize(1360, 860)
"""The first start's window size where the screen has room for it."""


class MainWindow(QMainWindow):
    """The window; panels in docks (`ProjectDocks`) are built the first time they are shown
    or asked for (`claims_panel`, `inspector`, ... build on first access), so a start paints
    the project's articles first and fills the other docks right after that frame."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.session: ProjectSession | None = None
        self.annotator_name = ""  # who annotates in this window, however it was given
        self.workspace: Workspace | None = None
        # The background job last started (kept referenced while it runs; tests wait on it).
        self.task: BackgroundTask | None = None
        self.docks: ProjectDocks | None = None
        self._project_widgets: list[QWidget] = []
        self._review: ReviewMode | None = None
        self.first_frame_pending = True  # until painted, shown docks stay empty, and no icon
        self._start: StartOpening | None = None  # a start's project, opened once painted
        self._recent_pending: Path | None = None  # written to the settings after a frame
        self._status: StatusLine | None = None  # made with the first project
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        # Shrunk to the screen's free area, so a laptop's 1366×768 shows the status bar.
        self.resize(DEFAULT_SIZE.boundedTo(self.screen().availableGeometry().size()))
        self._counts_timer = QTimer(self, singleShot=True, interval=150)
        self._counts_timer.timeout.connect(self._update_counts)
        self._after_frame_timer = QTimer(self, singleShot=True, interval=0)
        self._after_frame_timer.timeout.connect(self._after_frame)
        # Not `actions`: that would hide QWidget.actions().
        self.action_set = WindowActions(self)
        restore_high_contrast(self)  # the palette as it was left
        self._update_title()  # "No project is open" when shown without one (`showEvent`)

    # Opening and closing projects

    def open_when_shown(self, path: Path, annotator_name: str) -> None:
        """Open `path` as `annotator_name` right after the window's first frame, which
        says the project is opening: a start shows its window before the project is read
        and its panes built. Keys typed meanwhile go where the focus is once it is open."""
        self._start = StartOpening(self, path, annotator_name)
        self._update_title(path)

    def open_start_project(self) -> None:
        """The project `open_when_shown` was given, if not yet tried: right after the
        first frame, or without one after a while (`window_opening`)."""
        if self._start is not None:
            with cyclic_gc_paused():  # all it builds lives on: collecting would find nothing
                self.open_project(self._start.path, self._start.annotator_name)

    @property
    def opening(self) -> bool:
        """Shown, and the project `open_when_shown` was given not yet tried."""
        return self._start is not None

    def open_project(self, path: Path, annotator_name: str | None = None) -> bool:
        """Open (or create) a project as `annotator_name`, which then annotates every project
        this window opens (by default the window's name: from the first-start dialog, the
        flag or the variable). On failure say why, keep the current project and leave no
        file behind that this call created."""
        from claimdesk.db import Store

        start, self._start = self._start, None  # one asked for now (File → Open) wins
        if annotator_name is not None:
            self.annotator_name = annotator_name
        existed = path.exists()
        store = None
        try:
            store = Store.open(path)
            annotator = store.ensure_annotator(self.annotator_name)
        except Exception as error:  # a rule, a full disk, a folder one cannot write to
            from claimdesk.desktop.widgets.plain_text import error_text

            if store is not None:
                store.close()
            if not existed:
                _discard_new_project(path)
            if start is not None:  # the start's project: the window said it was opening
                start.end(opened=False)
                self._show_empty_state()
                self._update_title()
            _warn(
                self,
                translate("MainWindow", "Cannot open project"),
                error_text(error, str(path)),
                critical=True,
            )
            return False
        from .session import ProjectSession
        from .window_layout import restore_layout

        self.close_project()
        self.session = ProjectSession(store, annotator, self)
        self.first_frame_pending = True
        self._build_project_ui()
        if self.isVisible():
            # Now, not on the next turn as Qt would: the docks' saved sizes are restored
            # around it (hidden, it would leave them the whole window), and it takes the keys.
            self.open_workspace().show()
        self._recent_pending = path  # written after the project's first frame
        restore_layout(self)
        self._update_title()
        self._update_counts()
        if start is not None:
            start.end(opened=True)  # its keys to the pane restore_layout focused
        return True

    def close_project(self) -> None:
        if self.session is None:
            return
        from .window_layout import save_layout

        self._write_recent()
        if self._review is not None and self._review.active:
            self._review.stop()  # the panes as before it: the review's pair is not the reader's
        save_layout(self)
        for widget in self._project_widgets:
            widget.hide()
            widget.deleteLater()
        self._project_widgets.clear()
        self._let_docks_go()
        self.docks = None
        self._review = None
        self.workspace = None
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self._show_empty_state()
        self._update_title()

    def _let_docks_go(self) -> None:
        """Out of the window's dock areas now, not when deleted on a later turn: the next
        project's saved state is restored by the docks' names, and finding these first it
        left the new docks as their panels' size hints had them (the articles 70 px tall
        after New project)."""
        from PySide6.QtWidgets import QDockWidget

        docks = self.open_docks()
        going = [widget for widget in docks.widgets if isinstance(widget, QDockWidget)]
        docks.close()
        for dock in going:
            self.removeDockWidget(dock)
            dock.setObjectName("")

    def _build_project_ui(self) -> None:
        from PySide6.QtCore import Qt

        from claimdesk.desktop.actions.tag_toolbar import TagToolbar
        from claimdesk.desktop.workspace.view_accessibility import name_annotations_in_panes
        from claimdesk.desktop.workspace.workspace import Workspace

        from .announcements import Announcer
        from .project_docks import ProjectDocks
        from .window_accessibility import keep_dock_tab_bars_in_step

        session = self.open_session()
        if self._status is None:  # made once, with the first project
            keep_dock_tab_bars_in_step(self)  # the tab bars Qt adds for tabbed docks
            self._status = StatusLine(self)
        workspace = self.workspace = Workspace(session, self)
        self.setCentralWidget(workspace)
        workspace.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        Announcer(workspace, session.undo_stack)  # changes said aloud to a screen reader
        name_annotations_in_panes(workspace)
        self.docks = ProjectDocks(self)
        self.panels = self.docks.panels
        self.article_list = self.docks.article_list
        self._project_widgets.append(workspace)
        self.tag_toolbar = TagToolbar(self, workspace.tag_selection_in_active_pane)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.tag_toolbar)
        self._fill_tag_toolbar()
        self._project_widgets.append(self.tag_toolbar)
        session.changed.connect(self._on_changed)
        session.failed.connect(lambda text: _warn(self, APP_NAME, text))
        session.outside_change.connect(
            lambda: self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "The file was changed by another window or program; everything reloaded",
                ),
                6000,
            )
        )
        self._status.show_project(session)
        self.action_set.set_project_open(True)
        self.action_set.follow_undo_stack(session.undo_stack)

    def add_project_dock(
        self,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea,
        *,
        beside_table: bool = False,
        name: str = "",
    ) -> PanelDock:
        """A dock for the open project (review mode's list): closed with the project, listed
        in the View menu, and tabbed with the Annotations dock if `beside_table`. `title`
        is translated; `name` (English, "review") keeps its saved place in every language."""
        return self.open_docks().add(title, widget, area, beside_table=beside_table, name=name)

    # Panels built on first use

    @property
    def claims_panel(self) -> ClaimsPanel:
        return self.open_docks().claims_panel

    @property
    def suggestions_panel(self) -> SuggestionsPanel:
        return self.open_docks().suggestions_panel

    @property
    def inspector(self) -> Inspector:
        return self.open_docks().inspector

    @property
    def annotation_table(self) -> AnnotationTable:
        return self.open_docks().annotation_table

    def bring_forward(self, panel: DockName) -> None:
        """Show a docked panel ("claims", "suggestions", "inspector") on top of its tabs."""
        self.open_docks().bring_forward(panel)

    def open_session(self) -> ProjectSession:
        """The open project's session, for what only runs while a project is open."""
        assert self.session is not None, "no project is open"
        return self.session

    def open_workspace(self) -> Workspace:
        """The open project's workspace, for what only runs while a project is open."""
        assert self.workspace is not None, "no project is open"
        return self.workspace

    def open_docks(self) -> ProjectDocks:
        """The open project's docks, for what only runs while a project is open."""
        assert self.docks is not None, "no project is open"
        return self.docks

    @property
    def review(self) -> ReviewMode:
        if self._review is None:
            from claimdesk.desktop.review.review_mode import ReviewMode

            self._review = ReviewMode(self)
        return self._review

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.first_frame_pending:
            self.first_frame_pending = False
            self._after_frame_timer.start()  # a timer: input and other timers go first

    def _after_frame(self) -> None:
        """Right after the first frame, and after the first one showing a newly opened
        project: the project a start opens (`open_when_shown`), then, after its own first
        frame, what that frame did without (the window icon, the shown docks' panels, the
        recent projects' setting). What is built here lives on: collecting cycles among
        its objects would find nothing."""
        if self._start is not None:
            self.open_start_project()
            if self.first_frame_pending:
                return  # opened: the rest after the frame that shows it
        with cyclic_gc_paused():
            if self.windowIcon().isNull():
                self.setWindowIcon(app_icon())  # loads the SVG image plugin: ~5 ms
            if self.docks is not None:
                self.docks.build_shown()
        self._write_recent()

    def _write_recent(self) -> None:
        """QSettings writes its file (two fsyncs) at its first chance: not before a frame."""
        if self._recent_pending is not None:
            self.settings.add_recent_project(self._recent_pending)
            self._recent_pending = None

    def showEvent(self, event: QShowEvent) -> None:
        if self.session is None and self._start is None and self.centralWidget() is None:
            self._show_empty_state()
        super().showEvent(event)

    def _show_empty_state(self) -> None:
        from PySide6.QtCore import Qt

        label = QLabel(
            translate(
                "MainWindow",
                "No project is open.\n\nFile → New project… (Ctrl+N) or Open project… (Ctrl+O)",
            ),
            self,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.setCentralWidget(label)
        self.action_set.set_project_open(False)
        if self._status is not None:
            self._status.clear()

    # Menus, toolbar, status bar

    def _fill_tag_toolbar(self) -> None:
        self.tag_toolbar.fill(self.open_session().tags(), self.action_set.toolbar_actions)

    def _update_counts(self) -> None:
        if self.session is not None and self._status is not None:
            self._status.show_counts(self.session)

    def _update_title(self, opening: Path | None = None) -> None:
        path = self.session.path if self.session is not None else opening
        if path is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(
                translate("MainWindow", "{project} — {app}").format(project=path.name, app=APP_NAME)
            )

    # Reactions

    def _on_changed(self, change: Change) -> None:
        if change.scheme or change.everything:
            self._fill_tag_toolbar()
        if change.article_list or change.everything:
            self._counts_timer.start()  # coalesced, and off the path of the key press

    def show_article(self, article_id: str) -> None:
        """In the active pane (a new one if there is none), with the focus on its text."""
        workspace = self.open_workspace()
        pane = workspace.active_pane() or workspace.add_pane(article_id)
        if pane is not None:
            workspace.show_article(pane, article_id)
            pane.view.setFocus()

    # Window events

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._start is not None:  # closed before the start's project opened
            self._start.end(opened=False)
            self._start = None
        self.close_project()
        self.settings.sync()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            from claimdesk.desktop.flows.project_flows import import_article_files

            import_article_files(self, paths)
            event.acceptProposedAction()


def _discard_new_project(path: Path) -> None:
    """Remove what a failed creation wrote (called with no connection to it left open)."""
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)


def _warn(parent: QWidget, title: str, text: str, *, critical: bool = False) -> None:
    from claimdesk.desktop.widgets.plain_text import show_message

    show_message(parent, title, text, icon="critical" if critical else "warning")
