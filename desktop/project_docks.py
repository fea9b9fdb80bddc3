"""`ProjectDocks`: the docked panels around an open project's workspace, and what they show.

The article list is built with the project; the claims, suggestions, inspector and
annotation table docks build their panel the first time they are shown or asked for
(`PanelDock`), so a start paints the project's articles first. The docks follow the
workspace: the annotation under the caret goes to the inspector and the table, the
articles shown to the table and the suggestions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from claimdesk.desktop.i18n import translate
from claimdesk.desktop.layouts import PanelLayouts
from claimdesk.desktop.panels.article_list import ArticleList
from claimdesk.desktop.panels.panel_dock import PanelDock
from claimdesk.desktop.start_side import start_dock_area

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow
    from claimdesk.desktop.panels.annotation_table import AnnotationTable
    from claimdesk.desktop.panels.claims_panel import ClaimsPanel
    from claimdesk.desktop.panels.inspector import Inspector
    from claimdesk.desktop.panels.suggestions_panel import SuggestionsPanel

DockName = Literal["articles", "claims", "suggestions", "inspector", "annotations"]


class ProjectDocks:
    """The open project's docks in `window`; `close` takes them away with the project."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.open_session()
        self.workspace = window.open_workspace()
        self.current_annotation = ""
        self.deferred: list[PanelDock] = []
        """The docks whose panel is built on first use, in the order they were made."""
        self.widgets: list[QWidget] = []
        self.article_list = ArticleList(self.session, window)
        self.article_list.article_activated.connect(window.show_article)
        left = start_dock_area()  # the right in Arabic
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self._docks: dict[DockName, PanelDock] = {
            "articles": self.add(
                translate("ProjectDocks", "Articles"), self.article_list, left, name="articles"
            ),
            "claims": self.add(
                translate("ProjectDocks", "Claims"), self._build_claims_panel, left, name="claims"
            ),
            "suggestions": self.add(
                translate("ProjectDocks", "Suggestions"),
                self._build_suggestions_panel,
                left,
                name="suggestions",
            ),
            "inspector": self.add(
                translate("ProjectDocks", "Inspector"),
                self._build_inspector,
                bottom,
                name="inspector",
            ),
            "annotations": self.add(
                translate("ProjectDocks", "Annotations"),
                self._build_annotation_table,
                bottom,
                name="annotations",
            ),
        }
        window.tabifyDockWidget(self.dock("claims"), self.dock("suggestions"))
        self.dock("claims").raise_()
        window.splitDockWidget(
            self.dock("inspector"), self.dock("annotations"), Qt.Orientation.Horizontal
        )
        self.panels = PanelLayouts(window, {str(name): dock for name, dock in self._docks.items()})
        """The named layouts (reading, annotating, reviewing) and the side bar."""
        self.widgets.append(self.panels.side_bar)
        self.workspace.current_annotation_changed.connect(self._current_annotation_changed)
        self.workspace.open_requested.connect(self._open_in_inspector)
        self.workspace.link_selected.connect(self._inspect_link)
        self.workspace.panes_changed.connect(self._panes_changed)

    def dock(self, name: DockName) -> PanelDock:
        return self._docks[name]

    def add(
        self,
        title: str,
        widget: QWidget | Callable[[], QWidget],
        area: Qt.DockWidgetArea,
        *,
        beside_table: bool = False,
        name: str = "",
    ) -> PanelDock:
        """A dock holding `widget`, or, given a function that builds it, holding what it
        builds the first time the dock is shown or its panel is asked for; listed in the
        View menu, closed with the project, tabbed with the Annotations dock if
        `beside_table`. `title` is in the interface's language; `name`, English, names
        the dock in the saved window state, so it keeps its place whatever the language."""
        if isinstance(widget, QWidget):
            dock = PanelDock(title, self.window)
            dock.setWidget(widget)
        else:
            dock = PanelDock(title, self.window, widget)
            self.deferred.append(dock)
            dock.visibilityChanged.connect(lambda shown: self._dock_shown(dock, shown))
        if name:
            dock.setObjectName(f"dock-{name}")
        self.window.addDockWidget(area, dock)
        self.window.action_set.add_panel_toggle(dock.toggleViewAction())
        self.widgets.append(dock)
        if beside_table:
            self.window.tabifyDockWidget(self.dock("annotations"), dock)
        return dock

    def close(self) -> None:
        for widget in self.widgets:
            widget.hide()
            widget.deleteLater()
        self.widgets.clear()
        self.deferred.clear()

    def build_shown(self) -> None:
        """Right after the first frame: the panels of the docks the user can see."""
        for dock in list(self.deferred):
            if dock.shown:
                dock.panel()

    def bring_forward(self, name: DockName) -> None:
        """Show a dock on top of its tabs."""
        dock = self.dock(name)
        dock.show()
        dock.raise_()

    # Panels, built on first use

    @property
    def claims_panel(self) -> ClaimsPanel:
        return cast("ClaimsPanel", self.dock("claims").panel())

    @property
    def suggestions_panel(self) -> SuggestionsPanel:
        return cast("SuggestionsPanel", self.dock("suggestions").panel())

    @property
    def inspector(self) -> Inspector:
        return cast("Inspector", self.dock("inspector").panel())

    @property
    def annotation_table(self) -> AnnotationTable:
        return cast("AnnotationTable", self.dock("annotations").panel())

    def _build_claims_panel(self) -> ClaimsPanel:
        from claimdesk.desktop.panels.claims_panel import ClaimsPanel

        panel = ClaimsPanel(self.session, self.window)
        panel.appearances_requested.connect(self.workspace.show_side_by_side)
        panel.annotation_requested.connect(self.workspace.reveal_annotation)
        contradicted = self.window.action_set.is_checked("claims.contradicted_only")
        panel.contradicted_only.setChecked(contradicted)
        return panel

    def _build_suggestions_panel(self) -> SuggestionsPanel:
        from claimdesk.desktop.panels.suggestions_panel import SuggestionsPanel

        panel = SuggestionsPanel(self.session, self.workspace.shown_article_ids, self.window)
        panel.ranges_requested.connect(self.workspace.show_ranges_side_by_side)
        panel.set_active(self.dock("suggestions").shown)
        self.dock("suggestions").visibilityChanged.connect(panel.set_active)
        return panel

    def _build_inspector(self) -> Inspector:
        from claimdesk.desktop.panels.inspector import Inspector

        inspector = Inspector(self.session, self.window)
        inspector.jump_requested.connect(self.workspace.reveal_annotation)
        inspector.done.connect(self.panels.back_to_text)
        if self.current_annotation:
            inspector.show_annotation(self.current_annotation)
        return inspector

    def _build_annotation_table(self) -> AnnotationTable:
        from claimdesk.desktop.panels.annotation_table import AnnotationTable

        table = AnnotationTable(self.session, self.window)
        table.annotation_activated.connect(self.workspace.reveal_annotation)
        table.set_articles(self.workspace.shown_article_ids())
        if self.current_annotation:  # the caret moved before the table was built
            table.refresh()
            table.select_annotation(self.current_annotation)
        return table

    def _dock_shown(self, dock: PanelDock, shown: bool) -> None:
        if shown and not self.window.first_frame_pending:
            dock.panel()

    # Following the workspace

    def _current_annotation_changed(self, annotation_id: str) -> None:
        self.current_annotation = annotation_id
        if annotation_id:
            if self.dock("inspector").built:
                self.inspector.show_annotation(annotation_id)
            if self.dock("annotations").built:
                self.annotation_table.select_annotation(annotation_id)

    def _panes_changed(self) -> None:
        if self.dock("annotations").built:
            self.annotation_table.set_articles(self.workspace.shown_article_ids())
        if self.dock("suggestions").built:
            self.suggestions_panel.schedule_refresh()

    def _open_in_inspector(self, annotation_id: str) -> None:
        self.panels.open_inspector(annotation_id)

    def _inspect_link(self, link_id: str) -> None:
        link = self.session.store.link(link_id)
        self.dock("inspector").show()
        self.inspector.show_link(link_id, link.source_id)
