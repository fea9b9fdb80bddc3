"""Which language the interface is in, and installing it before the first window.

Chosen, in this order, by `--language`, the app's setting, then the system's locale, among
the languages shipped (English when none fits). Qt's own strings (standard dialogs' buttons)
come from Qt's translations; Arabic lays the whole window out right to left, while each
article keeps its own direction (its text's).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "fr": "Français",
    "ar": "العربية",
}
"""The interface's languages by Qt locale name, each named in itself."""
RIGHT_TO_LEFT = frozenset({"ar"})
TRANSLATIONS_PACKAGE = "claimdesk.resources"
TRANSLATIONS_FOLDER = "translations"


def shipped_language(name: str | None) -> str | None:
    """The shipped language a locale name asks for ("es_MX" → "es", "pt" → "pt_BR")."""
    if not name:
        return None
    name = name.replace("-", "_")
    if name in LANGUAGES:
        return name
    base = name.split("_")[0].lower()
    return next((code for code in LANGUAGES if code.split("_")[0] == base), None)


def choose_language(requested: str | None, setting: str | None) -> str:
    """`--language`, else the setting, else the system's locale, else English."""
    for name in (requested, setting, QLocale.system().name()):
        found = shipped_language(name)
        if found:
            return found
    return "en"


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Load the interface's and Qt's translations for `language`, its number and date
    formats and its direction; the translators installed (children of the application,
    which keeps them alive)."""
    QLocale.setDefault(QLocale(language))
    if language in RIGHT_TO_LEFT or app.isRightToLeft():
        # Not otherwise: the `Qt` namespace costs 15-40 ms, and a start paints its first
        # frame without it (a new application lays out left to right).
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(language, _our_folder())]  # English's holds its plural forms only
    if language != "en":
        wanted.insert(0, (f"qtbase_{language}", qt_folder))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _our_folder() -> str:
    from importlib import resources

    return str(resources.files(TRANSLATIONS_PACKAGE).joinpath(TRANSLATIONS_FOLDER))
