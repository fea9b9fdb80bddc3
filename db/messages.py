"""What `db` says to a person (a refused file, a broken rule, an import or merge report
line), as English that the window can still show in the user's language.

`message("Span {start}–{end} is outside the article", start=3, end=9)` IS its English text
(a `str`: logs, the command line and `str(error)` read English) and keeps its template and
fields beside it, so the window translates the template and fills the fields afterwards
(`claimdesk.desktop.i18n.db_messages`). `message_n` is the same for a count, with the English
singular and plural (`%n` stands for the count). A field that is itself a message is shown in
the same language; names, quotes and file names from the project are fields, never
translated. The templates are literal strings: the translators' catalog reads them from the
source (`claimdesk.desktop.i18n.catalog`). No Qt here: the window does the translating.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "Messages"
"""The translators' context every `db` message is filed under."""


class Message(str):
    """English text that remembers how it was made: `template` (for a count, `plural` and
    `number` too) and `fields`."""

    template: str
    fields: Mapping[str, Any]
    plural: str | None = None
    number: int | None = None

    def __new__(
        cls,
        template: str,
        fields: Mapping[str, Any],
        plural: str | None = None,
        count: int | None = None,
    ) -> Message:
        made = super().__new__(cls, english_form(template, plural, count).format_map(fields))
        made.template, made.fields, made.plural, made.number = template, fields, plural, count
        return made

    @property
    def source(self) -> str:
        """The text a translation is looked up by (for a count, its plural form)."""
        return self.plural if self.plural is not None else self.template

    def __reduce__(self) -> tuple[Any, ...]:  # an error crossing a process keeps its message
        return (Message, (self.template, self.fields, self.plural, self.number))


def english_form(template: str, plural: str | None, count: int | None) -> str:
    """The English template for `count` (singular for one, else `plural`) with `%n`
    written ("1,200 annotations"), its other fields still to fill."""
    chosen = template if plural is None or count == 1 else plural
    return chosen if count is None else chosen.replace("%n", f"{count:,}")


def message(template: str, /, **fields: Any) -> Message:
    """`template` with its `{fields}` filled: English text that the window translates."""
    made = str.__new__(Message, template.format_map(fields))  # importers make one per record
    made.template, made.fields = template, fields
    return made


def message_n(singular: str, plural: str, count: int, /, **fields: Any) -> Message:
    """A message about `count` things: `singular` for one, `plural` otherwise (`%n` is the
    count; other languages have their own forms)."""
    return Message(singular, fields, plural, count)


def said(error: BaseException) -> str:
    """What an error says: its message, kept whole where it carries one (so the window can
    still translate it when it is passed on), else its text."""
    return next((arg for arg in error.args if isinstance(arg, Message)), None) or str(error)
