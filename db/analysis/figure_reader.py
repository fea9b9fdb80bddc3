"""Reading the numbers and dates of one language, built once per language from its words.

A run of number words ("dos mil quinientos", "twenty-five thousand", "quatre-vingt-dix") is
split greedily into figures: each word must be smaller in place than the one before it
("treinta y dos" adds up, "cinco seis" is a list of two figures), and scale words multiply
what came before them. Digits follow the language's separators; where a Spanish,
Portuguese or French report uses English-style grouping ("1,200", as Mexican outlets do),
a group of exactly three digits after one separator is read as thousands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from .number_words import VOCABULARIES, Vocabulary

_GROUPING_SPACES = "\u00a0\u202f "


def _alternatives(words: Iterable[str]) -> str:
    """Longest first, so "dix-sept" wins over "dix"; a space or hyphen matches either."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(map(re.escape, re.split("[ -]", word))) for word in ordered)


def plain(number: Decimal) -> str:
    """A number as figures compare it: no exponent, no trailing zeros ("1500000", "3.5")."""
    return format(number.normalize(), "f")


@dataclass(frozen=True)
class FigureReader:
    """Finds (start, end, value) of every number and date of one language in a text."""

    language: str
    words: Vocabulary
    number: re.Pattern[str]
    word: re.Pattern[str]
    date: re.Pattern[str]
    qualifier: re.Pattern[str]

    def dates(self, text: str) -> Iterator[tuple[int, int, str]]:
        for match in self.date.finditer(text):
            value = self._date_value(match)
            if value:
                yield match.start(), match.end(), value

    def numbers(self, text: str) -> Iterator[tuple[int, int, str]]:
        for match in self.number.finditer(text):
            if match["digits"]:
                value = self._digits_value(match)
                if value is not None:
                    yield match.start(), match.end(), value
            elif match["plural"]:
                yield match.start(), match.end(), self.words.plurals[match["plural"].lower()]
            else:
                yield from self._word_figures(match)

    def _digits_value(self, match: re.Match[str]) -> str | None:
        number = self._parse_digits(match["digits"])
        if number is None:
            return None
        if match["scale"]:
            number *= self.words.scales[_key(match["scale"])]
        return plain(number) + ("%" if match["percent"] else "")

    def _parse_digits(self, digits: str) -> Decimal | None:
        for space in _GROUPING_SPACES:
            digits = digits.replace(space, "")
        if not self.words.decimal_comma:
            return Decimal(digits.replace(",", ""))
        marks = [c for c in digits if c in ".,"]
        if not marks:
            return Decimal(digits)
        last = digits.rindex(marks[-1])
        if len(set(marks)) == 2 or len(marks) > 1:
            if len(set(marks)) == 1:  # "1.200.000": grouping only
                return Decimal(digits.replace(marks[0], ""))
            whole, fraction = digits[:last], digits[last + 1 :]
            return Decimal(whole.replace(".", "").replace(",", "") + "." + fraction)
        whole, fraction = digits[:last], digits[last + 1 :]
        if len(fraction) == 3 and whole != "0":  # "1.200" or "1,200": a thousands group
            return Decimal(whole + fraction)
        return Decimal(whole + "." + fraction)

    def _word_figures(self, run: re.Match[str]) -> Iterator[tuple[int, int, str]]:
        """The figures of a run of number words, split where the words stop adding up."""
        tokens = [(m.start(), m.end(), _key(m.group())) for m in self.word.finditer(run.group())]
        offset = run.start()
        index = 0
        while index < len(tokens):
            taken, value = self._longest_figure(tokens[index:])
            if taken == 0:
                index += 1
                continue
            start, end = tokens[index][0], tokens[index + taken - 1][1]
            yield offset + start, offset + end, str(value)
            index += taken

    def _longest_figure(self, tokens: list[tuple[int, int, str]]) -> tuple[int, int]:
        """How many of `tokens` make one figure, and its value (0 tokens: none here)."""
        words = self.words
        first = tokens[0][2]
        if first in words.scales and first not in words.bare_scales:
            return 0, 0
        if first in words.article_like and (len(tokens) < 2 or tokens[1][2] not in words.scales):
            return 0, 0
        total = group = last_scale = 0
        last: int | None = None
        largest = 0
        taken = 0
        for _start, _end, word in tokens:
            scale = words.scales.get(word)
            if scale is not None:
                if last_scale and scale <= last_scale:
                    break  # "mil mil": two figures
                if scale < 1000:
                    group = max(group, 1) * scale
                elif group == 0 and total and scale > largest:
                    total *= scale
                else:
                    total += max(group, 1) * scale
                    group = 0
                largest = max(largest, scale)
                last = last_scale = scale
            else:
                value = 1 if word in words.article_like else words.numbers[word]
                if last is not None and not _fills(last, value):
                    break
                group += value
                last, last_scale = value, 0
            taken += 1
        return taken, total + group

    def _date_value(self, match: re.Match[str]) -> str:
        found = {name: value for name, value in match.groupdict().items() if value}
        if "iso" in found:
            year, month, day = found["y"], int(found["m"]), int(found["d"])
        elif "slash" in found:  # day/month/year, as these languages write it
            year, month, day = found["sy"], int(found["sm"]), int(found["sd"])
        else:
            name = _key(found.get("month") or found["month2"])
            if name == "may" and "month2" in found and self.language == "en":
                return ""  # "3 may have died": a verb, not a date
            month, day = self.words.months[name], int(found.get("day") or found["day2"])
            year = found.get("year") or found.get("year2") or "-"
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return ""
        return f"{year}-{month:02d}-{day:02d}"


def _fills(last: int, value: int) -> bool:
    """Whether `value` fills the empty places of `last` (20 + 2, 100 + 22, 1000 + 500),
    rather than starting a new figure ("veintidós y dos", "cinco seis")."""
    places = len(str(value))
    return places < len(str(last)) and last % 10**places == 0


def _key(word: str) -> str:
    """A word as the tables spell it: lower case, one space for any spaces or hyphens."""
    return re.sub(r"[\s-]+", " ", word.lower())


def _keyed(words: dict[str, int]) -> dict[str, int]:
    return {_key(word): value for word, value in words.items()}


@cache
def reader_for(language: str) -> FigureReader:
    """The reader for an ISO 639-1 code; a language Claimdesk does not read is read as English."""
    if language not in VOCABULARIES:
        language = "en"
    source = VOCABULARIES[language]
    words = replace(
        source,
        numbers=_keyed(source.numbers),
        scales=_keyed(source.scales),
        months=_keyed(source.months),
        plurals={_key(word): value for word, value in source.plurals.items()},
        article_like=frozenset(map(_key, source.article_like)),
        bare_scales=frozenset(map(_key, source.bare_scales)),
    )
    every_word = source.numbers.keys() | source.scales.keys() | source.article_like
    return FigureReader(
        language,
        words,
        _number_pattern(source),
        re.compile(rf"\b(?:{_alternatives(every_word)})\b", re.IGNORECASE),
        _date_pattern(source),
        re.compile(rf"\b(?:{_alternatives(source.qualifiers)})\s+$", re.IGNORECASE),
    )


def _number_pattern(words: Vocabulary) -> re.Pattern[str]:
    """Digits (with a scale or percent sign), a vague plural, or a run of number words."""
    if words.decimal_comma:
        group = "[.," + (_GROUPING_SPACES if words.space_groups else "") + "]"
        digits = rf"\d{{1,3}}(?:{group}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
        after_digits = r"(?![\w]|[.,]\d)"
    else:
        digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        after_digits = r"(?![\w]|,\d)"
    percent = "|".join(
        "%" if sign == "%" else rf"(?:{_alternatives([sign])})\b" for sign in words.percent
    )
    scale = _alternatives(words.scales)
    atom = _alternatives(words.numbers)
    first = [atom]
    if words.article_like:
        first.insert(0, rf"(?:{_alternatives(words.article_like)})\s+(?:{scale})")
    if words.bare_scales:
        first.append(_alternatives(words.bare_scales))
    joiners = "".join(rf"|\s+{joiner}\s+" for joiner in words.joiners)
    unless = "".join(rf"(?<!\b{word}\s)" for word in words.not_after)
    return re.compile(
        rf"(?<![\w.,])(?P<digits>{digits}){after_digits}"
        rf"(?:\s?(?P<percent>{percent})|\s(?P<scale>{scale})\b)?"
        rf"|\b(?P<plural>{_alternatives(words.plurals)})\b"
        rf"|{unless}\b(?P<run>(?:{'|'.join(first)})\b"
        rf"(?:(?:[\s-]+{joiners})(?:{atom}|{scale})\b)*)",
        re.IGNORECASE,
    )


def _date_pattern(words: Vocabulary) -> re.Pattern[str]:
    """ISO dates; "January 14, 2026" and "14 January" in English; "14 de enero de 2026",
    "1er janvier 2026" and 14/01/2026 (day first) in the others."""
    month = _alternatives(words.months)
    joiner = rf"(?:{words.month_joiner}\s)?" if words.month_joiner else r"(?:of\s)?"
    year_joiner = rf"(?:{words.month_joiner}l?\s)?" if words.month_joiner else ""
    alternatives = [r"\b(?P<iso>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))\b"]
    if words.decimal_comma:
        alternatives.append(r"\b(?P<slash>(?P<sd>\d{1,2})/(?P<sm>\d{1,2})/(?P<sy>\d{4}))\b")
    else:
        alternatives.append(
            rf"\b(?P<month>{month})\.?\s(?P<day>\d{{1,2}}){words.day_suffix}\b"
            r"(?:,?\s(?P<year>\d{4})\b)?"
        )
    alternatives.append(
        rf"\b(?P<day2>\d{{1,2}}){words.day_suffix}\s{joiner}(?P<month2>{month})\b"
        rf"(?:,?\s{year_joiner}(?P<year2>\d{{4}})\b)?"
    )
    return re.compile("|".join(alternatives), re.IGNORECASE)
