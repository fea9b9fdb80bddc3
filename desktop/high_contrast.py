"""High contrast: white text on black, yellow selection, for low vision (View menu).

One palette for the whole application, so every window, dialog and article pane
follows it (the panes re-mix their highlights with the new background on the palette
change). The choice is remembered in the settings and applied before the window shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

ACTION_ID = "view.high_contrast"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Colours by name, not `Qt.GlobalColor`: this module loads before the first frame, which
# goes without PySide's `Qt` namespace (15-40 ms to build).
_COLOURS = {
    Role.Window: "black",
    Role.WindowText: "white",
    Role.Base: "black",
    Role.AlternateBase: "#1c1c1c",
    Role.Text: "white",
    Role.PlaceholderText: "#c8c8c8",
    Role.Button: "black",
    Role.ButtonText: "white",
    Role.BrightText: "yellow",
    Role.Highlight: "yellow",
    Role.HighlightedText: "black",
    Role.ToolTipBase: "black",
    Role.ToolTipText: "white",
    Role.Link: "cyan",
    Role.LinkVisited: "magenta",
    Role.Light: "white",
    Role.Midlight: "#c8c8c8",
    Role.Mid: "#a0a0a0",
    Role.Dark: "#a0a0a0",
    Role.Shadow: "white",
}
_DISABLED = "#a0a0a0"
"""Disabled text: still 7:1 on black, told apart from enabled text by its grey."""

FRAMES = (
    "QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox"
    " { border: 1px solid #c8c8c8; }"
    " QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus,"
    " QComboBox:focus { border: 2px solid yellow; }"
    " QCheckBox::indicator { width: 12px; height: 12px; border: 1px solid white;"
    " background: black; }"
    " QCheckBox::indicator:checked { background: yellow; }"
    " QRadioButton::indicator { width: 12px; height: 12px; border: 1px solid white;"
    " border-radius: 7px; background: black; }"
    " QRadioButton::indicator:checked { background: yellow; }"
    " QAbstractItemView { border: 1px solid #c8c8c8; }"
)
"""The edges of fields, lists, check and radio boxes: the style draws them a shade darker
than the window, which on black is black (the fields and "Exact" had no visible edge)."""

_ordinary: QPalette | None = None
"""The palette before high contrast was first switched on, to go back to."""


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(_DISABLED))
    return palette


def use_high_contrast(on: bool) -> None:
    """Switch the whole application's palette."""
    global _ordinary
    app = cast(QApplication, QApplication.instance())
    if on:
        if _ordinary is None:
            _ordinary = QPalette(app.palette())
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(FRAMES)
    elif _ordinary is not None:
        app.setPalette(_ordinary)
        app.setStyleSheet("")


def toggle_high_contrast(window: MainWindow) -> None:
    """The View menu's item: switch, and remember for the next start."""
    on = window.action_set.is_checked(ACTION_ID)
    window.settings.high_contrast = on
    use_high_contrast(on)


def restore_high_contrast(window: MainWindow) -> None:
    """At start: the palette and the menu item as they were left."""
    on = window.settings.high_contrast
    window.action_set[ACTION_ID].setChecked(on)
    use_high_contrast(on)
