"""What makes a sentence worth checking, as fact-checkers classify claims, in English,
Spanish, Portuguese and French: each kind is a pattern whose match is shown as the reason,
built from the words of the article's language (`cue_words`).

The kinds are those of Full Fact's claim typology and the CheckThat! guidelines: a
quantity or statistic, a comparison, a cause, a prediction, a rule or law, and a
statement attributed to a named source. Opinion and questions count against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .cue_words import ENGLISH, SPANISH, CueWords
from .cue_words_pt_fr import FRENCH, PORTUGUESE

CUE_WORDS = {"en": ENGLISH, "es": SPANISH, "pt": PORTUGUESE, "fr": FRENCH}
"""Triage's languages; any other (Arabic) is read with English's cues."""
QUANTITY_WEIGHT = 2.5
SMALL_COUNT_WEIGHT = 1.25
"""A small count in words ("two minutes", "four of them") is a figure, rarely a statistic."""
ATTRIBUTION_WEIGHT = 1.2
QUESTION = re.compile(r"\?\s*[”\"»]?$")
QUESTION_WEIGHT, OPINION_WEIGHT, CALL_WEIGHT = 2.0, 1.5, 1.0
_YEAR_OR_DAY = re.compile(
    r"^(?:1[89]\d\d|20\d\d|\d{1,2}(?:st|nd|rd|th|er|º|ª|o)?)$"  # a year, or a day of the month
)
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w’'-]+|[A-Z]{2,})"
NAMED = re.compile(
    rf"(?<!^)(?<![.!?]\s)\b{_NAME_WORD}(?:\s+(?:de |da |do |du |la |le )?{_NAME_WORD})*"
)
"""A run of capitalised words not opening the sentence: a person or a body ("Banco de
España", "Bruno Le Maire")."""


def _words(*alternatives: str) -> str:
    return r"\b(?:" + "|".join(alternatives) + r")\b"


@dataclass(frozen=True)
class Cue:
    """One kind of checkable claim: its name as shown, its weight and its pattern."""

    kind: str
    weight: float
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class LanguageCues:
    """One language's cues, compiled."""

    kinds: tuple[Cue, ...]
    reporting: re.Pattern[str]
    opinion: re.Pattern[str]
    promise: re.Pattern[str]
    call_to_action: re.Pattern[str]
    not_a_source: frozenset[str]
    digits: re.Pattern[str]
    number_word: re.Pattern[str]
    small_number: re.Pattern[str]
    time_span: re.Pattern[str]
    month: re.Pattern[str]


@cache
def cues_for(language: str) -> LanguageCues:
    """The cues of an ISO 639-1 code; a language triage has no words for reads as English."""
    words: CueWords = CUE_WORDS.get(language, CUE_WORDS["en"])
    kinds = (
        Cue("comparison", 1.5, re.compile(_words(*words.comparison))),
        Cue("cause", 1.2, re.compile(_words(*words.cause))),
        Cue("prediction", 1.0, re.compile(_words(*words.prediction))),
        Cue("rule or law", 1.2, re.compile(_words(*words.rule))),
    )
    return LanguageCues(
        kinds=kinds,
        reporting=re.compile(_words(*words.reporting)),
        opinion=re.compile(_words(*words.opinion)),
        promise=re.compile(_words(*words.promise)),
        call_to_action=re.compile(_words(*words.call_to_action)),
        not_a_source=frozenset(words.not_names.split()),
        digits=re.compile(rf"[$€£]?\d[\d,.]*(?:\s?%| ?(?:{words.percent}))?"),
        number_word=re.compile(_words(*words.numbers)),
        small_number=re.compile(_words(words.small_numbers)),
        time_span=re.compile(rf"\s*(?:{words.time_units})\b"),
        month=re.compile(_words(words.months)),
    )


def lowered(sentence: str) -> str:
    """The sentence in lower case with typographic apostrophes made plain, the same length
    (else as it is: patterns then miss capitalised cues only)."""
    lower = sentence.lower().replace("’", "'")
    return lower if len(lower) == len(sentence) else sentence


def quantity(sentence: str, cues: LanguageCues) -> tuple[str, float]:
    """The figure that makes the sentence a quantity or statistic (a date does not) and
    its weight: less for a small count in words or a span of minutes or hours, which a
    statistic rarely is; `sentence` as `lowered` gives it."""
    weak = ""
    for found in cues.digits.finditer(sentence):
        figure = found.group().rstrip(",.")
        after = sentence[found.end() : found.end() + 20]
        before = sentence[max(0, found.start() - 20) : found.start()]
        in_iso_date = before[-1:] in ("-", "/") or after[:1] in ("-", "/")
        is_date = in_iso_date or (
            _YEAR_OR_DAY.match(figure)
            and (cues.month.search(after) or cues.month.search(before) or len(figure) == 4)
        )
        if is_date:
            continue
        if not cues.time_span.match(after):
            return figure, QUANTITY_WEIGHT
        weak = weak or figure
    word = cues.number_word.search(sentence)
    if word:
        return word.group(), QUANTITY_WEIGHT
    small = cues.small_number.search(sentence)
    weak = weak or (small.group() if small else "")
    return weak, SMALL_COUNT_WEIGHT if weak else 0.0
