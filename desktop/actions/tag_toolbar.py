"""The toolbar of tags: one button per tag of the scheme (its key and colour), then the
registry's toolbar actions (Link…). Rebuilt when the scheme changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from claimdesk.db.records.model import Tag
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.resources import colour_swatch
from claimdesk.desktop.widgets.plain_text import plain_tooltip


class TagToolbar(QToolBar):
    def __init__(self, parent: QWidget, tag_selection: Callable[[str], None]):
        super().__init__(translate("TagToolbar", "Tags"), parent)
        self.setObjectName("toolbar-tags")
        self.setIconSize(QSize(14, 14))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._tag_selection = tag_selection

    def fill(self, tags: list[Tag], more: Callable[[QWidget], list[QAction]]) -> None:
        """One button per tag, then `more(self)`: the actions after a separator."""
        self.clear()
        for tag in tags:
            label = f"{tag.shortcut} {tag.name}" if tag.shortcut else tag.name
            action = QAction(colour_swatch(tag.color), label, self)
            action.setToolTip(
                plain_tooltip(
                    (
                        translate("TagToolbar", "Tag the selection as {tag} (key {key} in a pane)")
                        if tag.shortcut
                        else translate("TagToolbar", "Tag the selection as {tag}")
                    ).format(tag=tag.name, key=tag.shortcut)
                    + (f"\n{tag.description}" if tag.description else "")
                )
            )
            action.triggered.connect(lambda _=False, tag_id=tag.id: self._tag_selection(tag_id))
            self.addAction(action)
        self.addSeparator()
        self.addActions(more(self))
