"""The side a line of text starts on, where the panels go: the left in English, the right
in Arabic. Qt mirrors the panes, menus and tool bars of a right-to-left window but not
its dock areas, so an Arabic window had its panels and side bar at the end of the line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _right_to_left() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def start_dock_area() -> Qt.DockWidgetArea:
    """Where the panels' column goes."""
    if _right_to_left():
        return Qt.DockWidgetArea.RightDockWidgetArea
    return Qt.DockWidgetArea.LeftDockWidgetArea


def start_tool_bar_area() -> Qt.ToolBarArea:
    """Where the side bar of folded panels goes."""
    if _right_to_left():
        return Qt.ToolBarArea.RightToolBarArea
    return Qt.ToolBarArea.LeftToolBarArea


def start_bottom_corner() -> Qt.Corner:
    """The bottom corner the panels' column runs down into."""
    if _right_to_left():
        return Qt.Corner.BottomRightCorner
    return Qt.Corner.BottomLeftCorner
