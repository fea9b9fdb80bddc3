"""Dates and numbers as the interface's language writes them: "14/1/2026" and "12.000" in
Spanish, "14/01/2026" and "12 000" in French, "١٤‏/١‏/٢٠٢٦" and "١٢٬٠٠٠" in Arabic.

The store keeps ISO dates and times; the window shows them through here, with the QLocale
`language.install` made the default. What the user types stays ISO (a date field is data
being edited), and so does anything copied or exported.

Arabic digits: the Arabic of the Levant, the Gulf and Egypt, where most Arabic
fact-checking outlets publish, writes Arabic-Indic digits (٠١٢…), which is what Qt's
"ar" (Egypt) gives; the Maghreb writes Western digits. So, as for every language, the
system's region decides when the system speaks Arabic (ar_MA, ar_TN, ar_DZ: 0123; ar_SA,
ar_JO: ٠١٢٣), and Arabic with no region gets Arabic-Indic digits.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime


def interface_locale() -> QLocale:
    """The interface language's locale, in the system's region when the system speaks
    that language too (en_GB writes 14/01/2026, es_MX and ar_MA their own ways)."""
    return _chosen()[0]


def _chosen() -> tuple[QLocale, bool]:
    """`interface_locale()`, and whether it is English with no region (`_day_pattern`): one look at
    the two locales, as every date in a table's rows asks both."""
    chosen, system = QLocale(), QLocale.system()
    language = chosen.language()
    if system.language() != language:
        return chosen, language == QLocale.Language.English
    return (system if system.territory() != chosen.territory() else chosen), False


def short_date(iso: str) -> str:
    """The ISO date "2026-01-14" as the language writes a date with its year in full; a month
    ("2026-01") or a year alone likewise; anything else as it is."""
    stripped = iso.strip()
    if len(stripped) > 10:
        return iso
    locale, worldwide = _chosen()
    for pattern, shown in (
        ("yyyy-MM-dd", _day_pattern(locale, worldwide)),
        ("yyyy-MM", "MMM yyyy"),
        ("yyyy", "yyyy"),
    ):
        date = QDate.fromString(stripped, pattern)
        if date.isValid():
            return locale.toString(date, shown)
    return iso


def date_time(iso: str) -> str:
    """An ISO time ("2026-01-14T10:22:05Z") as the language writes a date and a time of
    day, in UTC as the store keeps it (the window says "UTC" beside it); anything else as
    it is."""
    moment = QDateTime.fromString(iso.strip(), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso.strip(), Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    locale, worldwide = _chosen()
    moment = moment.toUTC()
    day = locale.toString(moment.date(), _day_pattern(locale, worldwide))
    if worldwide:
        return f"{day} {moment.time().toString('HH:mm')}"
    return f"{day} {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"


def clock_now() -> str:
    """This computer's time of day to the second, 24-hour, in the language's digits."""
    return interface_locale().toString(QTime.currentTime(), "HH:mm:ss")


def count(number: int) -> str:
    """A whole number with the language's digits and grouping ("1.200", "1 200", "١٬٢٠٠")."""
    return interface_locale().toString(number)


def with_count(text: str, number: int) -> str:
    """`text` in which Qt wrote `number` for `%n` in plain digits, with the language's
    digits and grouping instead (every `translate_n` count, the status bar's among them)."""
    shown = count(number)
    if shown == str(number):
        return text
    return re.sub(rf"(?<![0-9]){number}(?![0-9])", shown, text, count=1)


def decimal(number: float, places: int = 2) -> str:
    """A number with `places` decimals, the language's decimal sign ("0,82", "٠٫٨٢")."""
    return interface_locale().toString(float(number), "f", places)


def _day_pattern(locale: QLocale, worldwide_english: bool) -> str:
    """The language's short date with a four-digit year ("d/M/yy" → "d/M/yyyy": a
    fact-checker's dates span decades); ISO for English with no region.

    English with no region: English chosen on a system that does not speak English. Qt's
    "en" is the United States, whose month-first dates most English-reading fact-checkers
    would misread (1/2/2026), so ISO dates and a 24-hour clock; en_GB, en_IN… write their
    own."""
    if worldwide_english:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
