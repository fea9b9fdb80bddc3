"""What makes a sentence worth checking, as fact-checkers classify claims, in English and
Spanish: each kind is a pattern whose match is shown as the reason.

The kinds are those of Full Fact's claim typology and the CheckThat! guidelines: a
quantity or statistic, a comparison, a cause, a prediction, a rule or law, and a
statement attributed to a named source. Opinion and questions count against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(*alternatives: str) -> str:
    return r"\b(?:" + "|".join(alternatives) + r")\b"


_NUMBER_WORDS = _words(
    r"(?:hundreds|thousands|millions|billions|trillions|dozens)(?: of)?",
    r"(?:a |one )?(?:half|third|quarter|fifth)",
    r"(?:double|triple|twice|tripled|doubled|halved)",
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)",
    r"(?:cientos|miles|millones|docenas?|mitad|tercio|cuarto|doble|triple|duplicó|triplicó)",
    r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|treinta|cuarenta"
    r"|cincuenta|cien|ciento|mil|millón)",
    r"(?:per ?cent|percent|por ciento|majority|minority|mayoría|minoría)",
)
_YEAR_OR_DAY = re.compile(
    r"^(?:1[89]\d\d|20\d\d|\d{1,2}(?:st|nd|rd|th)?)$"  # a year, or a day of the month
)
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?\b"
    r"|\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre)\b",
)


@dataclass(frozen=True)
class Cue:
    """One kind of checkable claim: its name as shown, its weight and its pattern."""

    kind: str
    weight: float
    pattern: re.Pattern[str]


def _cue(kind: str, weight: float, pattern: str) -> Cue:
    return Cue(kind, weight, re.compile(pattern))


CUES = (
    _cue(
        "comparison",
        1.5,
        _words(
            r"(?:more|less|fewer|higher|lower|bigger|smaller|greater|larger|worse|better)"
            r" than",
            r"compared (?:with|to)",
            r"the (?:most|least)",
            r"(?:largest|biggest|highest|lowest|worst|best|fastest)",
            r"record(?:-\w+)?",
            r"(?:rose|fell|dropped|increased|decreased|declined|grew|surged|plunged|soared)",
            r"(?:up|down) from",
            r"(?:más|menos) (?:que|de)",
            r"(?:mayor|menor|peor|mejor)(?:es)?",
            r"(?:el|la|los|las) más",
            r"récord",
            r"(?:aumentó|subió|cayó|bajó|creció|disminuyó|se duplicó|se redujo)",
            r"(?:frente a|respecto a|en comparación con)",
        ),
    ),
    _cue(
        "cause",
        1.2,
        _words(
            r"because(?: of)?",
            r"due to",
            r"caused",
            r"causes",
            r"led to",
            r"leads to",
            r"result(?:ed|s)? in",
            r"as a result",
            r"blamed",
            r"thanks to",
            r"owing to",
            r"responsible for",
            r"porque",
            r"debido a",
            r"caus(?:ó|a|aron)",
            r"provoc(?:ó|a|aron)",
            r"a causa de",
            r"por culpa de",
            r"gracias a",
            r"como resultado",
            r"responsables? de",
        ),
    ),
    _cue(
        "prediction",
        1.0,
        _words(
            r"will",
            r"won't",
            r"(?:is|are) (?:expected|set|going|likely) to",
            r"forecast",
            r"predict(?:s|ed)?",
            r"projected",
            r"by 20\d\d",
            r"next (?:year|month|week|decade)",
            r"va(?:n)? a",
            r"se espera",
            r"prevé",
            r"pronostic(?:a|ó)",
            r"previsto",
            r"\w{3,}(?:rá|rán)",
            r"el próximo año",
        ),
    ),
    _cue(
        "rule or law",
        1.2,
        _words(
            r"laws?",
            r"legal",
            r"illegal(?:ly)?",
            r"unlawful",
            r"constitution(?:al)?",
            r"bann?(?:ed|s)?",
            r"regulations?",
            r"(?:required|allowed|obliged) to",
            r"mandatory",
            r"prohibited",
            r"decree",
            r"sanctions?",
            r"treaty",
            r"charges?",
            r"court",
            r"leyes",
            r"ley",
            r"ilegal(?:es|mente)?",
            r"constituci(?:ón|onal)",
            r"prohib(?:e|ió|ido|ida)",
            r"decreto",
            r"obligatori[oa]",
            r"normas?",
            r"reglamento",
            r"tribunal(?:es)?",
            r"sanci(?:ón|ones)",
            r"tratado",
            r"cargos",
        ),
    ),
)

QUANTITY_WEIGHT = 2.5
ATTRIBUTION_WEIGHT = 1.2
_DIGITS = re.compile(r"[$€£]?\d[\d,.]*(?:\s?%| ?(?:per ?cent|percent|por ciento))?")
_NUMBER_WORD = re.compile(_NUMBER_WORDS)
REPORTING = re.compile(
    _words(
        r"said",
        r"says",
        r"told",
        r"according to",
        r"announced",
        r"claimed",
        r"claims",
        r"stated",
        r"reported",
        r"confirmed",
        r"denied",
        r"insisted",
        r"warned",
        r"estimated",
        r"dijo",
        r"dice",
        r"según",
        r"afirm(?:ó|a)",
        r"asegur(?:ó|a)",
        r"declar(?:ó|a)",
        r"anunci(?:ó|a)",
        r"señal(?:ó|a)",
        r"confirm(?:ó|a)",
        r"neg(?:ó|a)",
        r"advirti(?:ó)",
        r"estim(?:ó|a)",
        r"inform(?:ó|a)",
    ),
)
_NAME_WORD = r"(?:[A-ZÁÉÍÓÚÑ][\w’'-]+|[A-Z]{2,})"
NAMED = re.compile(rf"(?<!^)(?<![.!?]\s)\b{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_NOT_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april"
    " may june july august september october november december lunes martes miércoles"
    " jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto"
    " septiembre octubre noviembre diciembre i"
)
NOT_A_SOURCE = frozenset(_NOT_NAMES.split())
AGAINST = (
    (re.compile(r"\?\s*[”\"»]?$"), 2.0, "a question"),
    (
        re.compile(
            _words(
                r"i think",
                r"i believe",
                r"i feel",
                r"in my (?:view|opinion)",
                r"we hope",
                r"i hope",
                r"creo que",
                r"en mi opinión",
                r"ojalá",
                r"espero que",
            ),
        ),
        1.5,
        "an opinion",
    ),
)


def lowered(sentence: str) -> str:
    """The sentence in lower case, the same length (else as it is: patterns then miss
    capitalised cues only)."""
    lower = sentence.lower()
    return lower if len(lower) == len(sentence) else sentence


def quantity(sentence: str) -> str:
    """The figure that makes the sentence a quantity or statistic (a date does not);
    `sentence` as `lowered` gives it."""
    for found in _DIGITS.finditer(sentence):
        figure = found.group().rstrip(",.")
        after = sentence[found.end() : found.end() + 20]
        before = sentence[max(0, found.start() - 20) : found.start()]
        in_iso_date = before[-1:] in ("-", "/") or after[:1] in ("-", "/")
        is_date = in_iso_date or (
            _YEAR_OR_DAY.match(figure)
            and (_MONTH.search(after) or _MONTH.search(before) or len(figure) == 4)
        )
        if not is_date:
            return figure
    word = _NUMBER_WORD.search(sentence)
    return word.group() if word else ""
