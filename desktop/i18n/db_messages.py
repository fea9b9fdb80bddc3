"""A message from `db` (an error, a report line) in the interface's language.

`db` says everything in English but keeps each message's template and fields
(`claimdesk.db.messages`); here the template is translated in the `Messages` context and the
fields filled afterwards, a field that is itself a message shown the same way, and a count
written as the interface's locale writes numbers ("12.000" in Spanish). Where no translation
is installed, or a translation cannot be filled, the English text is shown.
"""

from __future__ import annotations

import re
import string
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from claimdesk.db.messages import CONTEXT, Message, english_form, said

from .locale_format import count, interface_locale, with_count

_GROUPED = re.compile(r",(?:\.(\d+)f)?")
"""A field's format with thousands grouped (`{count:,}`, `{size:,.0f}`): a number to localise."""


class _LocalNumbers(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "" and isinstance(value, int) and not isinstance(value, bool):
            digits = interface_locale()  # a page or line number: the language's digits, not grouped
            digits.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            return digits.toString(value)
        grouped = _GROUPED.fullmatch(format_spec)
        if grouped is None or isinstance(value, bool) or not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        if grouped[1] is None and isinstance(value, int):
            return count(value)
        return interface_locale().toString(float(value), "f", int(grouped[1] or 0))


_FORMATTER = _LocalNumbers()


def message_text(text: Any) -> str:
    """`text` (a `db` message, an error carrying one, or any text) in the user's language."""
    if isinstance(text, BaseException):
        text = said(text)
    if not isinstance(text, Message):
        return str(text)
    fields = {name: _field(value) for name, value in text.fields.items()}
    template = _translated(text) or english_form(text.template, text.plural, text.number)
    try:
        return _FORMATTER.vformat(template, (), fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a field
        return str(text)


def _field(value: Any) -> Any:
    """A field as shown: a message (or an error carrying one) in the same language."""
    carries = isinstance(value, BaseException) and any(isinstance(a, Message) for a in value.args)
    return message_text(value) if isinstance(value, Message) or carries else value


def _translated(text: Message) -> str | None:
    """The translated template with its count filled, or None where there is none."""
    if text.number is None:
        found = QCoreApplication.translate(CONTEXT, text.template)
        return None if found == text.template else found
    counted = QCoreApplication.translate(CONTEXT, text.source, None, text.number)
    untranslated = text.source.replace("%n", str(text.number))
    return None if counted == untranslated else with_count(counted, text.number)
