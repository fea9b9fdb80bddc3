"""The window writes dates and numbers as its language does (issue 24): Spanish, French,
Brazilian Portuguese and Arabic each their own way, the stored ISO values untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from claimdesk.desktop.i18n import translate_n
from claimdesk.desktop.i18n.locale_format import count, date_time, decimal, short_date


@pytest.fixture
def language():
    """Sets the interface's locale as `language.install` does; English again after."""

    def set_language(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield set_language
    QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize(
    ("name", "day", "month", "number", "figure"),
    [
        ("es", "14/1/2026", "ene 2026", "12.000", "45,7"),
        ("fr", "14/01/2026", "janv. 2026", "12\u202f000", "45,7"),
        ("pt_BR", "14/01/2026", "jan. 2026", "12.000", "45,7"),
        ("ar", "١٤\u200f/١\u200f/٢٠٢٦", "يناير ٢٠٢٦", "١٢٬٠٠٠", "٤٥٫٧"),
    ],
)
def test_dates_and_numbers_are_written_as_the_language_writes_them(
    language, name, day, month, number, figure
):
    language(name)
    assert short_date("2026-01-14") == day
    assert short_date("2026-01") == month
    assert count(12000) == number
    assert decimal(45.7, 1) == figure


def test_arabic_gets_arabic_indic_digits_and_decimals_with_the_arabic_separator(language):
    language("ar")
    assert decimal(0.82) == "٠٫٨٢"
    assert count(56) == "٥٦"


def test_a_time_shows_its_date_and_time_of_day_and_what_is_not_a_date_stays_as_it_is(language):
    language("es")
    assert date_time("2026-01-14T10:22:05Z") == "14/1/2026 10:22"
    assert date_time("2026-01-14T23:22:05-03:00") == "15/1/2026 2:22"  # in UTC
    assert short_date("mid-January") == "mid-January"
    assert short_date("") == ""
    assert date_time("yesterday") == "yesterday"


def test_a_count_in_a_sentence_is_written_in_the_languages_digits(language):
    language("ar")
    assert translate_n("MainWindow", "%n articles", 12000).count("١٢٬٠٠٠") == 1
    language("en")
    assert translate_n("MainWindow", "%n articles", 12000) == "12,000 articles"
    assert translate_n("MainWindow", "%n articles", 2) == "2 articles"


@pytest.mark.skipif(
    QLocale.system().language() == QLocale.Language.English,
    reason="this computer names its English region, whose dates it writes",
)
def test_english_on_a_system_of_no_english_region_keeps_iso_dates(language):
    language("en")
    assert short_date("2026-01-14") == "2026-01-14"
    assert date_time("2026-01-14T10:22:05Z") == "2026-01-14 10:22"
