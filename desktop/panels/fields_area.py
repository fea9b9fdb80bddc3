"""A column of fields that scrolls up and down when its panel is short, and is never made
narrower than the fields allow (nothing scrolls sideways out of view).

A plain `QScrollArea` squeezes nothing but lets its dock shrink past the fields' width:
the claims panel's buttons and boxes were then cut at the right edge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FieldsArea(QScrollArea):
    def __init__(self, fields: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(fields)
        viewport = self.viewport()
        assert viewport is not None, "a scroll area has a viewport"
        viewport.installEventFilter(self)  # the fields' new minimum reaches it first

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        fields = self.widget()
        if fields is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        width = fields.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a field shown or hidden: the panel's width follows
        return super().eventFilter(watched, event)
