"""The interface in the fact-checker's language: every visible string goes through here.

`translate(context, text)` marks a string for translation and returns it in the language
installed at start (`language.install`); `translate_n` does the same for a string with a
count, so each language gets its own plural forms ("%n claims have no rating yet" has six
in Arabic). Strings with values use named fields filled after translation
(`translate("Claims", "Rated {verdict}").format(verdict=name)`), so a translation may move
them. `catalog` finds these calls to write the translators' `.ts` files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the interface's language (itself where no translation is installed)."""
    return QCoreApplication.translate(context, text, disambiguation)


def translate_n(context: str, text: str, count: int) -> str:
    """`text` with `%n` replaced by `count` (in the language's digits), in the plural form
    the language uses for it."""
    from .locale_format import with_count  # not before the first frame: it needs `Qt`

    return with_count(QCoreApplication.translate(context, text, None, count), count)


def mark(context: str, text: str) -> str:
    """Mark `text` for translation where it is declared before any translation is installed
    (a table of actions); it is translated where shown, with `translated`."""
    del context  # read by the catalog, which finds the call
    return text


def translated(context: str, text: str) -> str:
    """A string `mark`ed earlier, in the interface's language."""
    return QCoreApplication.translate(context, text)
