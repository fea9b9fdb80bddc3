"""Case and accent folding that keeps every character's place, as the index tokenizes.

The index (FTS5 `unicode61 remove_diacritics 2`) finds "Rodriguez" in "Rodríguez"; to
show where, the text is folded one character for one character, so a match in the
folded text is at the same code-point offsets in the original.
"""

from __future__ import annotations

import re
import unicodedata

TOKEN = re.compile(r"[^\W_]+")
"""A word as the index sees it: a run of letters and digits."""


class _FoldTable(dict[int, str]):
    """A `str.translate` table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        folded = base.lower()
        if len(folded) != 1:  # a ligature or expanding case: keep the place, fold the case
            folded = char.lower() if len(char.lower()) == 1 else char
        self[code] = folded
        return folded


_TABLE = _FoldTable()


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """`text` lower-cased and without accents, the same length, character for character."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer (İ)
        return text.translate(_TABLE)
    if lowered.isascii():
        return lowered
    return _NOT_ASCII.sub(lambda match: _TABLE[ord(match.group())], lowered)
