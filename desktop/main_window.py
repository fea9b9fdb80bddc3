"""The main window: menus, toolbar, docks and status bar around the article workspace.

Its menus, toolbar actions and keys come from the action registry (`actions`, built by
`menus`). It arranges and wires; the work itself is done by commands (changes), the workspace
(panes) and the flows in `project_flows` (opening, importing, exporting in the background).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QWidget,
)

from claimdesk.db import Store
from claimdesk.desktop.actions.menus import WindowActions
from claimdesk.desktop.actions.tag_toolbar import TagToolbar
from claimdesk.desktop.panels.article_list import ArticleList
from claimdesk.desktop.panels.panel_dock import PanelDock
from claimdesk.desktop.widgets.plain_text import error_text, show_message
from claimdesk.desktop.workspace.workspace import Workspace

from .layouts import PanelLayouts
from .resources import app_icon
from .session import Change, ProjectSession
from .settings import AppSettings
from .window_layout import restore_layout, save_layout

if TYPE_CHECKING:
    from claimdesk.desktop.flows.tasks import BackgroundTask
    from claimdesk.desktop.panels.annotation_table import AnnotationTable
    from claimdesk.desktop.panels.claims_panel import ClaimsPanel
    from claimdesk.desktop.panels.inspector import Inspector
    from claimdesk.desktop.panels.suggestions_panel import SuggestionsPanel
    from claimdesk.desktop.review.review_mode import ReviewMode

APP_NAME = "Claimdesk"
DEFAULT_SIZE = QSize(1360, 860)
"""The first start's window size where the screen has room for it."""


class MainWindow(QMainWindow):
    """The window; panels in docks are built the first time they are shown or asked for
    (`claims_panel`, `inspector`, ... build on first access), so a start paints the
    project's articles first and fills the other docks right after that frame."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.session: ProjectSession | None = None
        self.annotator_name = ""  # who annotates in this window, however it was given
        self.workspace: Workspace | None = None
        # The background job last started (kept referenced while it runs; tests wait on it).
        self.task: BackgroundTask | None = None
        self._project_widgets: list[QWidget] = []
        self._panel_docks: list[PanelDock] = []
        self._review: ReviewMode | None = None
        self._current_annotation = ""
        self._frame_pending = True  # until then, shown docks stay empty and there is no icon
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        # Shrunk to the screen's free area, so a laptop's 1366×768 shows the status bar.
        self.resize(DEFAULT_SIZE.boundedTo(self.screen().availableGeometry().size()))
        self._build_status_bar()
        self._counts_timer = QTimer(self, singleShot=True, interval=150)
        self._counts_timer.timeout.connect(self._update_counts)
        self._after_frame_timer = QTimer(self, singleShot=True, interval=0)
        self._after_frame_timer.timeout.connect(self._after_frame)
        # Not `actions`: that would hide QWidget.actions().
        self.action_set = WindowActions(self)
        self._show_empty_state()
        self._update_title()

    # Opening and closing projects

    def open_project(self, path: Path, annotator_name: str | None = None) -> bool:
        """Open (or create) a project as `annotator_name`, which then annotates every project
        this window opens (by default the window's name: from the first-start dialog, the
        flag or the variable). On failure say why, keep the current project and leave no
        file behind that this call created."""
        if annotator_name is not None:
            self.annotator_name = annotator_name
        existed = path.exists()
        store = None
        try:
            store = Store.open(path)
            annotator = store.ensure_annotator(self.annotator_name)
        except Exception as error:  # a rule, a full disk, a folder one cannot write to
            if store is not None:
                store.close()
            if not existed:
                _discard_new_project(path)
            _warn(self, "Cannot open project", error_text(error, str(path)), critical=True)
            return False
        self.close_project()
        self.session = ProjectSession(store, annotator, self)
        self._frame_pending = True
        self._build_project_ui()
        self.settings.add_recent_project(path)
        restore_layout(self)
        self._update_title()
        self._update_counts()
        return True

    def close_project(self) -> None:
        if self.session is None:
            return
        save_layout(self)
        for widget in self._project_widgets:
            widget.hide()
            widget.deleteLater()
        self._project_widgets.clear()
        self._panel_docks.clear()
        self._review = None
        self._current_annotation = ""
        self.workspace = None
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self._show_empty_state()
        self._update_title()

    def _build_project_ui(self) -> None:
        session = self.open_session()
        workspace = self.workspace = Workspace(session, self)
        self.setCentralWidget(workspace)
        workspace.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        workspace.open_requested.connect(self._open_in_inspector)
        workspace.current_annotation_changed.connect(self._current_annotation_changed)
        workspace.link_selected.connect(self._inspect_link)
        workspace.panes_changed.connect(self._panes_changed)

        self.article_list = ArticleList(session, self)
        self.article_list.article_activated.connect(self.show_article)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self._articles_dock = self._dock("Articles", self.article_list, left)
        self._claims_dock = self._dock("Claims", self._build_claims_panel, left)
        self._suggestions_dock = self._dock("Suggestions", self._build_suggestions_panel, left)
        self.tabifyDockWidget(self._claims_dock, self._suggestions_dock)
        self._claims_dock.raise_()
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self._inspector_dock = self._dock("Inspector", self._build_inspector, bottom)
        self._table_dock = self._dock("Annotations", self._build_annotation_table, bottom)
        self.splitDockWidget(self._inspector_dock, self._table_dock, Qt.Orientation.Horizontal)
        self._project_widgets += [
            workspace,
            self._articles_dock,
            self._claims_dock,
            self._suggestions_dock,
            self._inspector_dock,
            self._table_dock,
        ]
        self.panels = PanelLayouts(
            self,
            {
                "articles": self._articles_dock,
                "claims": self._claims_dock,
                "suggestions": self._suggestions_dock,
                "inspector": self._inspector_dock,
                "annotations": self._table_dock,
            },
        )
        self._project_widgets.append(self.panels.side_bar)
        self.tag_toolbar = TagToolbar(self, workspace.tag_selection_in_active_pane)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.tag_toolbar)
        self._fill_tag_toolbar()
        self._project_widgets.append(self.tag_toolbar)
        session.changed.connect(self._on_changed)
        session.failed.connect(lambda text: _warn(self, APP_NAME, text))
        session.outside_change.connect(
            lambda: self.statusBar().showMessage(
                "The file was changed by another window or program; everything reloaded", 6000
            )
        )
        session.saved.connect(lambda at: self._saved_label.setText(f"All changes saved · {at}"))
        self.action_set.set_project_open(True)
        self.action_set.follow_undo_stack(session.undo_stack)
        self._annotator_label.setText(f"Annotator: {session.annotator.name}")
        self._saved_label.setText("All changes saved")

    def _dock(
        self, title: str, widget: QWidget | Callable[[], QWidget], area: Qt.DockWidgetArea
    ) -> PanelDock:
        """A dock holding `widget`, or, given a function that builds it, holding what it
        builds the first time the dock is shown or its panel is asked for."""
        if isinstance(widget, QWidget):
            dock = PanelDock(title, self)
            dock.setWidget(widget)
        else:
            dock = PanelDock(title, self, widget)
            self._panel_docks.append(dock)
            dock.visibilityChanged.connect(lambda shown: self._dock_shown(dock, shown))
        self.addDockWidget(area, dock)
        self.action_set.add_panel_toggle(dock.toggleViewAction())
        return dock

    def add_project_dock(
        self, title: str, widget: QWidget, area: Qt.DockWidgetArea, *, beside_table: bool = False
    ) -> PanelDock:
        """A dock for the open project (review mode's list): closed with the project, listed
        in the View menu, and tabbed with the Annotations dock if `beside_table`."""
        dock = self._dock(title, widget, area)
        self._project_widgets.append(dock)
        if beside_table:
            self.tabifyDockWidget(self._table_dock, dock)
        return dock

    # Panels built on first use

    @property
    def claims_panel(self) -> ClaimsPanel:
        return cast("ClaimsPanel", self._claims_dock.panel())

    @property
    def suggestions_panel(self) -> SuggestionsPanel:
        return cast("SuggestionsPanel", self._suggestions_dock.panel())

    @property
    def inspector(self) -> Inspector:
        return cast("Inspector", self._inspector_dock.panel())

    @property
    def annotation_table(self) -> AnnotationTable:
        return cast("AnnotationTable", self._table_dock.panel())

    def open_session(self) -> ProjectSession:
        """The open project's session, for what only runs while a project is open."""
        assert self.session is not None, "no project is open"
        return self.session

    def open_workspace(self) -> Workspace:
        """The open project's workspace, for what only runs while a project is open."""
        assert self.workspace is not None, "no project is open"
        return self.workspace

    @property
    def review(self) -> ReviewMode:
        if self._review is None:
            from claimdesk.desktop.review.review_mode import ReviewMode

            self._review = ReviewMode(self)
        return self._review

    def _build_claims_panel(self) -> ClaimsPanel:
        from claimdesk.desktop.panels.claims_panel import ClaimsPanel

        panel = ClaimsPanel(self.open_session(), self)
        panel.appearances_requested.connect(self.open_workspace().show_side_by_side)
        panel.annotation_requested.connect(self.open_workspace().reveal_annotation)
        panel.contradicted_only.setChecked(self.action_set.is_checked("claims.contradicted_only"))
        return panel

    def _build_suggestions_panel(self) -> SuggestionsPanel:
        from claimdesk.desktop.panels.suggestions_panel import SuggestionsPanel

        panel = SuggestionsPanel(self.open_session(), self.open_workspace().shown_article_ids, self)
        panel.ranges_requested.connect(self.open_workspace().show_ranges_side_by_side)
        panel.set_active(self._suggestions_dock.shown)
        self._suggestions_dock.visibilityChanged.connect(panel.set_active)
        return panel

    def _build_inspector(self) -> Inspector:
        from claimdesk.desktop.panels.inspector import Inspector

        inspector = Inspector(self.open_session(), self)
        inspector.jump_requested.connect(self.open_workspace().reveal_annotation)
        inspector.done.connect(self.panels.back_to_text)
        if self._current_annotation:
            inspector.show_annotation(self._current_annotation)
        return inspector

    def _build_annotation_table(self) -> AnnotationTable:
        from claimdesk.desktop.panels.annotation_table import AnnotationTable

        table = AnnotationTable(self.open_session(), self)
        table.annotation_activated.connect(self.open_workspace().reveal_annotation)
        table.set_articles(self.open_workspace().shown_article_ids())
        if self._current_annotation:  # the caret moved before the table was built
            table.refresh()
            table.select_annotation(self._current_annotation)
        return table

    def _dock_shown(self, dock: PanelDock, shown: bool) -> None:
        if shown and not self._frame_pending:
            dock.panel()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._frame_pending:
            self._frame_pending = False
            self._after_frame_timer.start()  # a timer: input and other timers go first

    def _after_frame(self) -> None:
        """Right after the first frame, and after the first one showing a newly opened
        project: what that frame did without (the window icon, the shown docks' panels)."""
        if self.windowIcon().isNull():
            self.setWindowIcon(app_icon())  # loads the SVG image plugin: ~5 ms
        for dock in list(self._panel_docks):
            if dock.shown:
                dock.panel()

    def _show_empty_state(self) -> None:
        label = QLabel(
            "No project is open.\n\nFile → New project… (Ctrl+N) or Open project… (Ctrl+O)",
            self,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.setCentralWidget(label)
        self.action_set.set_project_open(False)
        self._annotator_label.setText("")
        self._counts_label.setText("")
        self._saved_label.setText("")

    # Menus, toolbar, status bar

    def _fill_tag_toolbar(self) -> None:
        self.tag_toolbar.fill(self.open_session().tags(), self.action_set.toolbar_actions)

    def _build_status_bar(self) -> None:
        self._annotator_label = QLabel(self)
        self._counts_label = QLabel(self)
        self._saved_label = QLabel(self)
        for label in (self._annotator_label, self._counts_label, self._saved_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addPermanentWidget(label)

    def _update_counts(self) -> None:
        if self.session is None:
            return
        articles, annotations = self.session.store.project_counts()
        self._counts_label.setText(f"{articles} articles · {annotations} annotations")

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{self.session.path.name} — {APP_NAME}")

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

    def _current_annotation_changed(self, annotation_id: str) -> None:
        self._current_annotation = annotation_id
        if annotation_id:
            if self._inspector_dock.built:
                self.inspector.show_annotation(annotation_id)
            if self._table_dock.built:
                self.annotation_table.select_annotation(annotation_id)

    def _panes_changed(self) -> None:
        if self._table_dock.built:
            self.annotation_table.set_articles(self.open_workspace().shown_article_ids())
        if self._suggestions_dock.built:
            self.suggestions_panel.schedule_refresh()

    def _open_in_inspector(self, annotation_id: str) -> None:
        self.panels.open_inspector(annotation_id)

    def _inspect_link(self, link_id: str) -> None:
        link = self.open_session().store.link(link_id)
        self._inspector_dock.show()
        self.inspector.show_link(link_id, link.source_id)

    def bring_forward(self, panel: str) -> None:
        """Show a docked panel ("claims", "suggestions", "inspector") on top of its tabs."""
        dock = {
            "claims": self._claims_dock,
            "suggestions": self._suggestions_dock,
            "inspector": self._inspector_dock,
        }[panel]
        dock.show()
        dock.raise_()

    # Window events

    def closeEvent(self, event: QCloseEvent) -> None:
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
    show_message(parent, title, text, icon="critical" if critical else "warning")
