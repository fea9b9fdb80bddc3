"""Finding what the user means: "Rodriguez" finds "Rodríguez", "cafe" finds "Café".

Find in a pane and the panels' filters compare texts folded: decomposed (NFD), their
combining marks dropped, case-folded. Matches are reported in the original text's code
points, so a selection lands on exactly the characters found, a trailing accent
included; `exact` compares the texts as they are.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def fold(text: str) -> str:
    """The text as loose matching compares it (for "is the needle in it" filters)."""
    return text.lower() if text.isascii() else "".join(_fold_char(char) for char in text)


class Needle:
    """What a filter looks for, folded once: found in a text with accents and case ignored,
    or, `exact`, as written (the one rule of every filter and find, Exact included)."""

    def __init__(self, text: str, exact: bool = False):
        self.exact = exact
        self.text = text if exact else fold(text)

    def __bool__(self) -> bool:
        return bool(self.text)

    def found_in(self, haystack: str) -> bool:
        return self.text in (haystack if self.exact else fold(haystack))


def find_matches(
    text: str, needle: str, *, exact: bool = False, limit: int = 10_000
) -> list[tuple[int, int]]:
    """(start, end) in code points of each match of `needle` in `text`, at most `limit`."""
    return FoldedText(text).find(needle, exact=exact, limit=limit)


class FoldedText:
    """A text folded once, to search many times (each key typed in a find bar)."""

    def __init__(self, text: str):
        self.text = text
        self._origin: list[int] | None = None  # None: folding kept every offset
        if text.isascii():
            self._folded = text.lower()
            return
        parts: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            folded = _fold_char(char)
            parts.append(folded)
            origin.extend([index] * len(folded))
        self._folded = "".join(parts)
        self._origin = origin

    def find(
        self, needle: str, *, exact: bool = False, limit: int = 10_000
    ) -> list[tuple[int, int]]:
        text = self.text
        haystack, wanted = (text, needle) if exact else (self._folded, fold(needle))
        if not wanted:
            return []
        origin = None if exact else self._origin
        matches: list[tuple[int, int]] = []
        found = haystack.find(wanted)
        while found != -1 and len(matches) < limit:
            last = found + len(wanted) - 1
            start, end = (found, last + 1) if origin is None else (origin[found], origin[last] + 1)
            while not exact and end < len(text) and not _fold_char(text[end]):
                end += 1  # the accents of the last letter found belong to it
            matches.append((start, end))
            found = haystack.find(wanted, found + 1)
        return matches


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(part for part in decomposed if not unicodedata.combining(part)).casefold()
