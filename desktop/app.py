"""Starting the desktop app: the QApplication, who is annotating, and which project opens."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from claimdesk.db.storage.bulk import cyclic_gc_paused

from .i18n import translate
from .i18n.language import choose_language
from .i18n.language import install as install_language
from .main_window import MainWindow
from .resources import app_icon
from .settings import AppSettings

DEMO_FILE = "demo.claimdesk"


def create_application() -> QApplication:
    # The only application this process makes is a QApplication (the stub says QCoreApplication).
    app = cast(QApplication | None, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName("Claimdesk")
    app.setOrganizationName("Claimdesk")
    app.setApplicationDisplayName("Claimdesk")
    app.setDesktopFileName("claimdesk")
    return app  # the main window sets its icon after its first frame


def demo_project_path(language: str = "en") -> Path:
    """The user's copy of the demo project in the interface's language, built from
    resources/ on first use."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    scheme = language.split("_")[0]
    path = folder / (DEMO_FILE if scheme == "en" else f"demo-{scheme}.claimdesk")
    if not path.exists():
        from claimdesk.db.interchange.demo import build_demo_project  # only on the very first start

        build_demo_project(path, scheme)
    return path


def run_app(
    project: Path | None,
    *,
    annotator: str | None = None,
    settings: AppSettings | None = None,
    language: str | None = None,
) -> int:
    # Building the window makes tens of thousands of objects that all live on: collecting
    # cycles among them is work before the first frame that finds nothing.
    app = create_application()
    settings = settings or AppSettings()
    chosen = choose_language(language, settings.language)
    install_language(app, chosen)
    with cyclic_gc_paused():
        window = _shown_window(project, annotator, settings, chosen)
    return 1 if window is None else app.exec()


def _shown_window(
    project: Path | None, annotator: str | None, settings: AppSettings, language: str
) -> MainWindow | None:
    """The main window, shown on `project` (else the demo in `language`); None if nobody
    is annotating."""
    name = annotator or settings.annotator_name or _ask_annotator_name()
    if not name:
        from claimdesk.desktop.widgets.plain_text import show_message

        show_message(
            None,
            "Claimdesk",
            translate("Start", "Claimdesk needs a name to record with your annotations."),
            icon="information",
        )
        return None
    if not annotator and settings.annotator_name != name:
        settings.annotator_name = name  # a first start: a settings write, before any frame
    window = MainWindow(settings)
    # Painted first, saying the project is opening; opened on the next turn of the loop.
    window.open_when_shown(project or demo_project_path(language), name)
    window.show()
    window.raise_()
    window.activateWindow()  # menu shortcuts need an active window, even without a WM
    return window


def _ask_annotator_name() -> str | None:
    from claimdesk.desktop.widgets.annotator_dialog import (
        ask_annotator_name,  # only on a first start
    )

    QApplication.setWindowIcon(app_icon())  # no main window yet to carry it
    return ask_annotator_name()
