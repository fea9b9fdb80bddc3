"""A filter field keeps room to type in on a laptop, in a language with longer labels:
beside the Exact and "Only contradicted" boxes and the three choice boxes, the claims and
annotation filters were cut to "Fi…" / "Filtrar a…" at 1366×768 in Spanish and French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from claimdesk.desktop.i18n.language import install as install_language
from tests.desktop.workspace.test_room_for_text import laptop_window  # noqa: F401


@pytest.fixture
def french(qapp):
    locale = QLocale()
    translators = install_language(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def characters_room(field) -> float:
    return field.width() / field.fontMetrics().averageCharWidth()


@pytest.mark.parametrize("layout", ["annotating", "reviewing"])
def test_the_claims_and_annotation_filters_keep_room_to_type_in_french(
    french,
    laptop_window,  # noqa: F811 (the fixture, built once French is installed)
    layout,
):
    window = laptop_window
    window.panels.use(layout)
    QApplication.processEvents()
    for field in (window.claims_panel.filter_edit, window.annotation_table.filters.text_filter):
        if field.isVisible():
            assert characters_room(field) >= 15, (layout, field.placeholderText(), field.width())
    assert window.claims_panel.filter_edit.placeholderText() == "Filtrer les allégations…"
