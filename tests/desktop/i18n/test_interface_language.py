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
