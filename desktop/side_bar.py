"""The side bar: a slim strip at the window's left edge with one button per panel.

A panel folded away is one click from coming back, and the strip costs ~24 pixels where a
column of docks cost 360, so the article panes get the width. The buttons are the docks'
own show/hide actions, so the View menu, the layouts and the strip always agree.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from claimdesk.desktop.i18n import translate


class SideBar(QToolBar):
    def __init__(self, parent: QWidget):
        super().__init__(translate("SideBar", "Side bar"), parent)
        self.setObjectName("side-bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setOrientation(Qt.Orientation.Vertical)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # never hidden

    def add_panel(self, toggle: QAction) -> SideButton:
        """A button that shows or hides a panel (a dock's `toggleViewAction`)."""
        button = SideButton(self)
        button.setDefaultAction(toggle)
        button.setToolTip(
            translate("SideBar", "Show or hide the {panel} panel").format(panel=toggle.text())
        )
        self.addWidget(button)
        return button


class SideButton(QToolButton):
    """A tool button whose label reads bottom to top, as on a book's spine.

    Painted with a plain QPainter in the palette's colours: the style's option classes
    cost some 15 ms to load before the first frame, for a strip of five labels."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the View menu is the keyboard's way

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.height() + 10, metrics.horizontalAdvance(self.text()) + 20)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        rect = self.rect().adjusted(1, 1, -1, -1)
        if self.isChecked() or self.underMouse():
            shade = palette.color(QPalette.ColorRole.Highlight)
            shade.setAlpha(70 if self.isChecked() else 35)
            painter.fillRect(rect, shade)
        if self.isChecked():
            painter.fillRect(QRect(rect.left(), rect.top(), 2, rect.height()), palette.highlight())
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.rotate(270)
        painter.translate(-self.height(), 0)
        painter.drawText(
            QRect(0, 0, self.height(), self.width()), Qt.AlignmentFlag.AlignCenter, self.text()
        )
        painter.end()
