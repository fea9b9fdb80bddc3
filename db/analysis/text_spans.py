"""Sentences, quotations and words of an article, with their code-point offsets.

Plain heuristics, good enough to line up two reports of one event: sentences end at
. ! or ? followed by a capital, a digit or an opening quote; quotations sit between “ ”,
« », or straight double quotes on one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:['’.]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’)\]]*\s+|\n\s*")
_QUOTATION = re.compile(r"“([^”\n]{1,2000})”|«([^»\n]{1,2000})»|\"([^\"\n]{1,2000})\"")


@dataclass(frozen=True, slots=True)
class Word:
    norm: str  # lower case, typographic apostrophes straightened
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of an article (a sentence or the inside of a quotation) and its words."""

    start: int
    end: int
    words: tuple[Word, ...]
    norms: tuple[str, ...]  # the words' normal forms, compared often


def _passage(start: int, end: int, inside: tuple[Word, ...]) -> Passage:
    return Passage(start, end, inside, tuple(word.norm for word in inside))


def words(text: str, offset: int = 0) -> tuple[Word, ...]:
    return tuple(
        Word(match.group().lower().replace("’", "'"), match.start() + offset, match.end() + offset)
        for match in _WORD.finditer(text)
    )


def sentences(text: str) -> list[Passage]:
    """The article's sentences; a line break always ends one."""
    found: list[Passage] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        following = text[match.end() : match.end() + 1]
        if "\n" not in match.group() and following and not _starts_sentence(following):
            continue  # "U.S. citizens": an abbreviation, not the end
        _add(found, text, start, match.end())
        start = match.end()
    _add(found, text, start, len(text))
    return found


def quotations(text: str) -> list[Passage]:
    """What the article quotes, without the quotation marks or edge punctuation."""
    found = []
    for match in _QUOTATION.finditer(text):
        group = next(index for index in (1, 2, 3) if match.group(index) is not None)
        inside = words(match.group(group), match.start(group))
        if inside:
            found.append(_passage(inside[0].start, inside[-1].end, inside))
    return found


def _starts_sentence(character: str) -> bool:
    return character.isupper() or character.isdigit() or character in '“"‘«('


def _add(found: list[Passage], text: str, start: int, end: int) -> None:
    inside = words(text[start:end], start)
    if inside:
        found.append(
            _passage(inside[0].start, _end_with_punctuation(text, inside[-1].end, end), inside)
        )


def _end_with_punctuation(text: str, end: int, limit: int) -> int:
    """Keep the full stop that ends a sentence inside its span."""
    while end < limit and text[end] in ".!?…":
        end += 1
    return end
