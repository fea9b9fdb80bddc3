"""A filter field keeps room to type in on a laptop, in a language with longer labels:
beside the Exact and "Only contradicted" boxes and the three choice boxes, the claims and
annotation filters were cut to "Fi…" / "Filtrar a…" at 1366×768 in Spanish and French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from claimdesk.db.interchange.demo import build_demo_project
from claimdesk.desktop.i18n.language import install as install_language
from claimdesk.desktop.main_window import MainWindow

LAPTOP = (1366, 768)


@pytest.fixture
def french_laptop_window(qtbot, qapp, tmp_path: Path, app_settings):
    locale = QLocale()
    french = install_language(qapp, "fr")
    project = tmp_path / "demo.claimdesk"
    build_demo_project(project)
    main = MainWindow(app_settings)
    qtbot.addWidget(main)
    main.resize(*LAPTOP)
    main.show()
    assert main.open_project(project, "Ana")
    qtbot.waitExposed(main)
    main.resize(*LAPTOP)
    QApplication.processEvents()
    yield main
    main.close_project()
    for translator in french:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def characters_room(field) -> float:
    return field.width() / field.fontMetrics().averageCharWidth()


@pytest.mark.parametrize("layout", ["annotating", "reviewing"])
def test_the_claims_and_annotation_filters_keep_room_to_type_in_french(
    french_laptop_window, layout
):
    window = french_laptop_window
    window.panels.use(layout)
    QApplication.processEvents()
    for field in (window.claims_panel.filter_edit, window.annotation_table.filters.text_filter):
        if field.isVisible():
            assert characters_room(field) >= 15, (layout, field.placeholderText(), field.width())
