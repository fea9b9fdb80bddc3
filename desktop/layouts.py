"""Named layouts of the window's panels (reading, annotating, reviewing) and the inspector
shown where it is needed.

On a laptop (1366×768) the article panes need nearly all the width: two panes read at
60+ characters a line only when no panel takes a column beside them. So each layout says
which panels show and where; the others fold into the side bar (`side_bar`), one click
away, or one key (`Ctrl+1`…`Ctrl+3` switch layouts). The inspector sits under the panes
in a compact form; in the reading layout it shows only while an annotation is edited
(`Enter` opens it with the focus in its fields, `Esc` hides it and returns to the text).
Which layout is used, and how the user rearranged it, is remembered per screen size
(`window_layout`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer

from .side_bar import SideBar
from .start_side import start_bottom_corner, start_dock_area, start_tool_bar_area

if TYPE_CHECKING:
    from claimdesk.desktop.panels.panel_dock import PanelDock
    from claimdesk.desktop.workspace.article_view import ArticleView

    from .main_window import MainWindow

WIDE_WINDOW = 1700
"""From this width of window on, a first start shows the reviewing layout's panels."""
BOTTOM_SIDE_BY_SIDE = 1200
"""From this width under the panes on, the inspector and the annotations share it."""


@dataclass(frozen=True)
class NamedLayout:
    name: str
    left: tuple[str, ...]
    """The panels shown left of the panes (`PanelLayouts.docks` keys), top to bottom.
    Suggestions, folded in every layout, opens as a tab beside Claims."""
    bottom: tuple[str, ...]
    """The panels shown under the panes, left to right."""
    left_width: int = 0
    bottom_height: int = 0


LAYOUTS: dict[str, NamedLayout] = {
    "reading": NamedLayout("reading", (), ()),
    "annotating": NamedLayout("annotating", (), ("inspector", "annotations"), 0, 190),
    "reviewing": NamedLayout(
        "reviewing",
        ("claims",),
        ("inspector", "annotations"),
        330,
        240,  # the review list's 6 rows at 1366x768, the panes 21 lines
    ),
}


def default_layout(window_width: int) -> str:
    """The first start's layout on a screen: the text first, unless there is room."""
    return "reviewing" if window_width >= WIDE_WINDOW else "annotating"


class PanelLayouts(QObject):
    """Where the window's panels are: the layout in use, the side bar, and the inspector
    brought up for an annotation and put away again."""

    def __init__(self, window: MainWindow, docks: dict[str, PanelDock]):
        side_bar = SideBar(window)
        super().__init__(side_bar)  # closed with the project, as the side bar is
        self._window = window
        self.docks = docks
        self.name = ""
        self.side_bar = side_bar
        for dock in docks.values():
            self.side_bar.add_panel(dock.toggleViewAction())
        window.addToolBar(start_tool_bar_area(), self.side_bar)
        # The left column runs down to the status bar, the bottom panels stay under the
        # panes: stacked, the two columns' heights added up past a laptop's 768 pixels.
        window.setCorner(start_bottom_corner(), start_dock_area())
        self._inspector_on_demand = False  # shown by Enter: hidden again by Esc
        self._settling = ""  # the layout whose sizes are set again once laid out
        self._restored = False  # a saved state's sizes stand unless they squeeze the text
        self._return_to: ArticleView | None = None

    def use(self, name: str) -> None:
        """Show the layout's panels where it puts them; fold the others into the side bar."""
        layout = LAYOUTS[name]
        self.name = name
        self._inspector_on_demand = False
        self._restored = False
        shown = set(layout.left) | set(layout.bottom)
        for key, dock in self.docks.items():
            if key not in shown:
                dock.hide()
        for key in layout.left:
            self._place(key, start_dock_area())
        for key in layout.bottom:
            self._place(key, Qt.DockWidgetArea.BottomDockWidgetArea)
        window = self._window
        bottom = [self.docks[key] for key in layout.bottom]
        # Under the panes side by side where the inspector keeps its three columns;
        # on a narrower window as tabs, the inspector in front, or its fields would
        # stack and take the height the text needs.
        side_by_side = window.width() - layout.left_width >= BOTTOM_SIDE_BY_SIDE
        if len(bottom) == 2:
            if side_by_side:
                # Out of the tabs another layout put them in first: a split alone kept them.
                window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, bottom[1])
                window.splitDockWidget(bottom[0], bottom[1], Qt.Orientation.Horizontal)
            else:
                window.tabifyDockWidget(bottom[0], bottom[1])
        for key in shown:
            self.docks[key].show()
        left = [self.docks[key] for key in layout.left]
        if left:
            window.resizeDocks(left, [layout.left_width] * len(left), Qt.Orientation.Horizontal)
        if len(bottom) == 2 and side_by_side:
            width = max(400, window.width() - layout.left_width)
            window.resizeDocks(
                bottom, [width * 55 // 100, width * 45 // 100], Qt.Orientation.Horizontal
            )
        if bottom:
            bottom[0].raise_()
            window.resizeDocks(bottom[:1], [layout.bottom_height], Qt.Orientation.Vertical)
            # Again once the window has laid the docks out: before that, the panels' own
            # size hints win and the articles were left 4 lines on a laptop.
            self._settling = name
            QTimer.singleShot(0, self, self._settle)
        for layout_name in LAYOUTS:
            window.action_set[f"view.layout_{layout_name}"].setChecked(layout_name == name)

    def _settle(self) -> None:
        name, self._settling = self._settling, ""
        if not name or name != self.name:
            return
        layout = LAYOUTS[name]
        bottom = [self.docks[key] for key in layout.bottom]
        if self._restored and not self._text_squeezed(bottom):
            return
        self._window.resizeDocks(bottom[:1], [layout.bottom_height], Qt.Orientation.Vertical)

    def keep_restored(self) -> None:
        """A saved state was restored after `use`: its sizes stand, once laid out,
        unless they leave the articles less height than the panels under them (a New
        project after the demo's start showed the panes 70 px tall): then the layout's."""
        self._restored = True

    def _text_squeezed(self, bottom: list[PanelDock]) -> bool:
        central = self._window.centralWidget()
        heights = [dock.height() for dock in bottom if dock.isVisible()]
        return central is not None and bool(heights) and max(heights) > central.height()

    def _place(self, key: str, area: Qt.DockWidgetArea) -> None:
        dock = self.docks[key]
        if dock.isFloating():
            dock.setFloating(False)
        if self._window.dockWidgetArea(dock) != area:
            self._window.addDockWidget(area, dock)

    # The inspector where it is needed

    def open_inspector(self, annotation_id: str) -> None:
        """Enter on an annotation: the inspector shows it, under the panes if it was
        folded away, with the focus in its first field; Esc comes back here."""
        window = self._window
        workspace = window.open_workspace()
        pane = workspace.focused_pane() or workspace.active_pane()
        self._return_to = pane.view if pane is not None else None
        dock = self.docks["inspector"]
        if not dock.isVisible():
            self._inspector_on_demand = True
            self._place("inspector", Qt.DockWidgetArea.BottomDockWidgetArea)
            dock.show()
            window.resizeDocks([dock], [170], Qt.Orientation.Vertical)
        dock.raise_()
        inspector = window.inspector
        inspector.show_annotation(annotation_id or None)
        if annotation_id:
            inspector.focus_fields()

    def back_to_text(self) -> None:
        """Esc in the inspector: the focus goes back to the text, the caret where it was;
        an inspector brought up only for this goes away again."""
        if self._inspector_on_demand:
            self._inspector_on_demand = False
            self.docks["inspector"].hide()
        view, self._return_to = self._return_to, None
        if view is None or not shiboken6.isValid(view) or not view.isVisible():
            pane = self._window.open_workspace().active_pane()
            view = pane.view if pane is not None else None
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
