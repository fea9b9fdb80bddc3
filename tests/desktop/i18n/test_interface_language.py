"""The window speaks the language asked for (`--language`, the setting, the system's), with
Qt's own buttons in it too, and Arabic turns the window right to left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.language import choose_language, install, shipped_language

NAME_NEEDED = "Claimdesk needs a name to record with your annotations."


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator:
    """Install a language for one test, and put English back after it."""
    installed = []
    default = QLocale()

    def speak(language: str) -> None:
        installed.extend(install(qapp, language))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(default)


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        ("es", "es"),
        ("es_MX", "es"),
        ("pt", "pt_BR"),
        ("pt-BR", "pt_BR"),
        ("fr_CA", "fr"),
        ("ar_EG", "ar"),
        ("de", None),
        ("", None),
    ],
)
def test_a_locale_name_finds_the_shipped_language_it_asks_for(asked, language):
    assert shipped_language(asked) == language


def test_the_language_asked_for_wins_over_the_setting_and_the_setting_over_the_system():
    assert choose_language("fr", "es") == "fr"
    assert choose_language(None, "es") == "es"
    assert choose_language("de", "pt_BR") == "pt_BR"
    assert choose_language(None, "") == (shipped_language(QLocale.system().name()) or "en")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", "Claimdesk necesita un nombre"),
        ("pt_BR", "O Claimdesk precisa de um nome"),
        ("fr", "Claimdesk a besoin d’un nom"),
        ("ar", "يحتاج Claimdesk إلى اسم"),
    ],
)
def test_the_interface_and_qts_own_buttons_speak_the_chosen_language(
    speaking, qapp, language, words
):
    speaking(language)
    assert translate("Start", NAME_NEEDED).startswith(words)
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.buttons()[0].text() not in {"Cancel", "&Cancel"}
    assert QLocale().name().startswith(language.split("_")[0])


def test_arabic_lays_the_window_out_right_to_left(speaking, qapp):
    speaking("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"


def test_english_needs_no_translation(speaking, qapp):
    speaking("en")
    assert translate("Start", NAME_NEEDED) == NAME_NEEDED
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_in_arabic_the_panels_and_side_bar_stand_at_the_right(qtbot, qapp, tmp_path, app_settings):
    """Qt mirrors a right-to-left window's panes and menus but not its dock areas: the
    Arabic window had its panels' column and side bar at the end of the line (the left)."""
    from PySide6.QtCore import QLocale, Qt

    from claimdesk.db.storage.store import Store
    from claimdesk.desktop.i18n.language import install as install_language
    from claimdesk.desktop.main_window import MainWindow

    locale, direction = QLocale(), qapp.layoutDirection()
    arabic = install_language(qapp, "ar")
    try:
        project = tmp_path / "ar.claimdesk"
        with Store.open(project) as store:
            store.add_article("نص.", title="مقال")
        window = MainWindow(app_settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.open_project(project, "Ana")
        qtbot.waitExposed(window)
        window.panels.use("reviewing")
        claims = window.panels.docks["claims"]
        assert window.dockWidgetArea(claims) == Qt.DockWidgetArea.RightDockWidgetArea
        assert window.toolBarArea(window.panels.side_bar) == Qt.ToolBarArea.RightToolBarArea
        assert claims.mapTo(window, claims.rect().center()).x() > window.width() / 2
        window.close_project()
    finally:
        for translator in arabic:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(direction)
        QLocale.setDefault(locale)
