"""What the app remembers between runs: who annotates, recent projects, window layout."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QScreen

MAX_RECENT = 10


def screen_size_key(screen: QScreen) -> str:
    """A screen's available size as the window's state is remembered by ("1366x768")."""
    size = screen.availableGeometry().size()
    return f"{size.width()}x{size.height()}"


class AppSettings:
    """Typed access to QSettings; tests pass their own ini file."""

    def __init__(self, path: Path | None = None):
        if path is None:
            self._qt = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Claimdesk", "Claimdesk"
            )
        else:
            self._qt = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qt.sync()

    @property
    def annotator_name(self) -> str:
        return str(self._qt.value("annotator/name", "") or "")

    @annotator_name.setter
    def annotator_name(self, name: str) -> None:
        self._qt.setValue("annotator/name", name)

    @property
    def language(self) -> str:
        """The interface's language chosen in the app ("" = the system's)."""
        return str(self._qt.value("interface/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._qt.setValue("interface/language", code)

    @property
    def high_contrast(self) -> bool:
        """White on black with a yellow selection (View → High contrast)."""
        return str(self._qt.value("view/high_contrast", "false")).lower() == "true"

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._qt.setValue("view/high_contrast", "true" if on else "false")

    def recent_projects(self) -> list[Path]:
        raw = self._qt.value("projects/recent", "[]")
        try:
            paths = [Path(item) for item in json.loads(str(raw))]
        except ValueError:
            paths = []
        return [path for path in paths if path.exists()]

    def add_recent_project(self, path: Path) -> None:
        path = path.resolve()
        paths = [path] + [p for p in self.recent_projects() if p != path]
        self._qt.setValue("projects/recent", json.dumps([str(p) for p in paths[:MAX_RECENT]]))

    def window_state(self, screen: str) -> tuple[QByteArray | None, QByteArray | None, str]:
        """The window's geometry, docks and named layout last used on a screen of this
        size ("1366x768"): a laptop and the monitor it is plugged into differ."""
        key = f"screens/{screen}"
        return (
            self._qt.value(f"{key}/geometry"),
            self._qt.value(f"{key}/state"),
            str(self._qt.value(f"{key}/layout", "") or ""),
        )

    def set_window_state(
        self, screen: str, geometry: QByteArray, state: QByteArray, layout: str
    ) -> None:
        key = f"screens/{screen}"
        self._qt.setValue(f"{key}/geometry", geometry)
        self._qt.setValue(f"{key}/state", state)
        self._qt.setValue(f"{key}/layout", layout)

    def layout_for(self, project_id: str) -> dict:
        """Panes, splitter sizes and zoom last used with this project."""
        try:
            return json.loads(str(self._qt.value(f"layouts/{project_id}", "{}")))
        except ValueError:
            return {}

    def set_layout_for(self, project_id: str, layout: dict) -> None:
        self._qt.setValue(f"layouts/{project_id}", json.dumps(layout))

    @property
    def export_folder(self) -> Path | None:
        """The folder of the last dataset export, offered for the next one (if it exists)."""
        raw = str(self._qt.value("export/folder", "") or "")
        return Path(raw) if raw and Path(raw).is_dir() else None

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self._qt.setValue("export/folder", str(folder))

    def exact(self, place: str) -> bool:
        """Whether Exact was left on in `place` (a find bar, a filter, Find in all articles)."""
        return str(self._qt.value(f"exact/{place}", "false")).lower() == "true"

    def set_exact(self, place: str, on: bool) -> None:
        self._qt.setValue(f"exact/{place}", "true" if on else "false")
