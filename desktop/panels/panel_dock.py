"""`PanelDock`: a dock whose panel is imported and built only when it is first needed.

Most docks are hidden behind a tab, or not looked at in the first second, so building
them at start only delays the first frame. The main window decides when a shown dock
gets its panel (right after the first frame at start, at once later); code that needs
the panel asks `panel()`, which builds it if need be.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QWidget


class PanelDock(QDockWidget):
    def __init__(self, title: str, parent: QWidget, build: Callable[[], QWidget] | None = None):
        super().__init__(title, parent)
        self.setObjectName(f"dock-{title.lower()}")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self._build = build
        self._on_built: list[Callable[[QWidget], None]] = []
        self._said_shown = False
        self.visibilityChanged.connect(self._remember_shown)

    @property
    def built(self) -> bool:
        return self._build is None

    @property
    def shown(self) -> bool:
        """Shown to the user: a dock behind another dock's tab is visible to Qt, but
        `visibilityChanged` said it is not shown; a closed one may never have said so."""
        return self._said_shown and self.isVisible()

    def _remember_shown(self, shown: bool) -> None:
        self._said_shown = shown

    def panel(self) -> QWidget:
        """The dock's panel, built now if this is the first time it is needed."""
        if self._build is not None:
            build, self._build = self._build, None
            self.setWidget(build())
            callbacks, self._on_built = self._on_built, []
            for callback in callbacks:
                callback(self.widget())
        return self.widget()

    def when_built(self, callback: Callable[[QWidget], None]) -> None:
        """Call `callback(panel)` once the panel exists (now, if it does): what a
        reopened project restores in a panel must not build it before the first frame."""
        if self._build is None:
            callback(self.widget())
        else:
            self._on_built.append(callback)
