"""Sentences of an article with their code-point offsets, in English, Spanish, Portuguese
and French prose.

A sentence ends at . ! ? or … followed by a space and a capital, digit, quote or opening
mark (¿ ¡, « with or without its space), or at a line break; not after a title or an
initial ("Mr.", "Sra.", "J.", "M.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BREAK = re.compile(
    r"""[.!?…]+(?:\s?[»”])?["'”’)\]]*\s+(?=(?:«\s?)?["'“‘¿¡(\[]?[A-ZÀ-ÖØ-Þ0-9])|\n\s*"""
)
_TITLES_AND_SHORT_FORMS = (
    "mr mrs ms dr prof gen gov sen rep st jr sr sra srta dra lic ing no nº vs etc approx"
    " mme mlle profa av"
    " jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k ee.uu e.e.u.u"
)
_ABBREVIATIONS = frozenset(_TITLES_AND_SHORT_FORMS.split())
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding spaces, in text order."""
    start = 0
    for found in _BREAK.finditer(text):
        if "\n" not in found.group() and _abbreviated(text[start : found.start() + 1]):
            continue
        end = found.end() - len(found.group()) + len(found.group().rstrip())
        yield from _trimmed(text, start, end)
        start = found.end()
    yield from _trimmed(text, start, len(text))


def _abbreviated(before: str) -> bool:
    """Does the piece end with a title, an abbreviation or an initial, not a sentence?"""
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    token = word.group(1)
    return token.casefold() in _ABBREVIATIONS or (len(token) == 1 and token.isupper())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
