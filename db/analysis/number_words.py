"""How English, Spanish, Portuguese and French write numbers, months and hedges.

Data only: `figures` builds its readers from these tables. Words are lower case; a space or
hyphen inside a word matches either ("vingt-deux", "quatre vingt"). An accented word is
also listed without its accents, because reports typed in a hurry drop them ("mas de 100").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Vocabulary:
    """One language's words for figures."""

    numbers: dict[str, int]
    """Number words that add up ("treinta", "y" excluded): units, teens, tens, hundreds."""
    scales: dict[str, int]
    """Words that multiply what precedes them ("mil", "millones", "hundred")."""
    months: dict[str, int]
    qualifiers: tuple[str, ...]
    """Hedges kept for display before a number ("más de", "about"); never change a value."""
    percent: tuple[str, ...]
    joiners: tuple[str, ...] = ()
    """Words between tens and units ("y" in "treinta y dos", "et" in "vingt et un")."""
    article_like: frozenset[str] = frozenset()
    """Number words that are mostly articles ("un", "una"): a number only before a scale."""
    decimal_comma: bool = True
    """"1.200,5" (Spanish, Portuguese, French) rather than "1,200.5" (English)."""
    space_groups: bool = False
    """Thousands grouped by spaces ("1 200", French)."""
    day_suffix: str = r"(?:st|nd|rd|th)?"
    month_joiner: str = ""
    """The word between a day and its month ("14 de enero"); empty: none ("14 janvier")."""
    plurals: dict[str, str] = field(default_factory=dict)
    """Vague plurals that are figures of their own, by the English word they are compared
    as ("cientos" → "hundreds"), so that reports in two languages compare."""
    bare_scales: frozenset[str] = frozenset()
    """Scale words that are a number alone ("mil personas" is 1000; "thousand" is not)."""
    not_after: tuple[str, ...] = ()
    """Words that make the next number word no figure ("no one was hurt")."""
    weekdays: tuple[str, ...] = ()
    """Monday to Sunday (each may list spellings: "segunda-feira segunda")."""
    days_back: dict[str, int] = field(default_factory=dict)
    """Days named relative to the report's own date ("yesterday": 1, "today": 0)."""


def _unaccented(words: dict[str, int]) -> dict[str, int]:
    return words | {strip_accents(word): value for word, value in words.items()}


def strip_accents(word: str) -> str:
    """`word` without combining marks ("más" → "mas")."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


def _listed(words: str, start: int = 0) -> dict[str, int]:
    return {word: value for value, word in enumerate(words.split(), start=start)}


def _tens(words: str) -> dict[str, int]:
    return {word: 10 * value for value, word in enumerate(words.split(), start=2)}


def _months(*names: str) -> dict[str, int]:
    months: dict[str, int] = {}
    for number, spellings in enumerate(names, start=1):
        for name in spellings.split():
            months[name] = number
    return _unaccented(months)


def _hundreds(words: str) -> dict[str, int]:
    return {word: 100 * value for value, word in enumerate(words.split(), start=2)}


ENGLISH = Vocabulary(
    numbers=_listed(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen"
        " fourteen fifteen sixteen seventeen eighteen nineteen"
    )
    | _tens("twenty thirty forty fifty sixty seventy eighty ninety"),
    scales={"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9},
    months=_months(
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    qualifiers=_phrases(
        "about|around|approximately|roughly|nearly|almost|over|under|more than"
        "|fewer than|less than|at least|at most|up to|some|only|just|as many as"
        "|as few as"
    ),
    percent=("%", "per cent", "percent"),
    joiners=("and",),
    decimal_comma=False,
    article_like=frozenset({"a", "an"}),
    plurals={word: word for word in ("dozens", "hundreds", "thousands", "millions", "billions")},
    not_after=("no",),
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    days_back={"today": 0, "yesterday": 1},
)

_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince"
    " dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés"
    " veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
)
SPANISH = Vocabulary(
    numbers=_unaccented(
        _listed(_ES_UNITS)
        | {"un": 1, "una": 1, "veintiún": 21, "veintiuna": 21, "cien": 100, "ciento": 100}
        | _tens("veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa")
        | _hundreds(
            "doscientos trescientos cuatrocientos quinientos seiscientos setecientos"
            " ochocientos novecientos"
        )
        | _hundreds(
            "doscientas trescientas cuatrocientas quinientas seiscientas setecientas"
            " ochocientas novecientas"
        )
    ),
    scales=_unaccented(
        {"mil": 1000, "millón": 10**6, "millones": 10**6, "millardo": 10**9, "millardos": 10**9}
    ),
    months=_months(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    qualifiers=_phrases(
        "más de|mas de|menos de|alrededor de|cerca de|aproximadamente|unos|unas|casi"
        "|al menos|por lo menos|hasta|apenas|sólo|solo|poco más de|un total de"
    ),
    percent=("%", "por ciento"),
    joiners=("y",),
    article_like=frozenset({"un", "una", "uno"}),
    day_suffix=r"(?:º|°)?",
    month_joiner="de",
    weekdays=tuple(
        ["lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado", "domingo"]
    ),
    days_back={"hoy": 0, "ayer": 1, "anteayer": 2},
    plurals={"decenas": "tens", "cientos": "hundreds", "centenares": "hundreds"}
    | {"miles": "thousands", "millones": "millions"},
    bare_scales=frozenset({"mil"}),
)

_PT_UNITS = (
    "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze"
    " dezesseis dezessete dezoito dezenove"
)
PORTUGUESE = Vocabulary(
    numbers=_unaccented(
        _listed(_PT_UNITS)
        | {"uma": 1, "duas": 2, "quatorze": 14, "dezasseis": 16, "dezassete": 17}
        | {"dezanove": 19, "cem": 100, "cento": 100}
        | _tens("vinte trinta quarenta cinquenta sessenta setenta oitenta noventa")
        | _hundreds(
            "duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos"
        )
        | _hundreds(
            "duzentas trezentas quatrocentas quinhentas seiscentas setecentas oitocentas novecentas"
        )
    ),
    scales=_unaccented(
        {"mil": 1000, "milhão": 10**6, "milhões": 10**6, "bilhão": 10**9, "bilhões": 10**9}
    ),
    months=_months(
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    qualifiers=_phrases(
        "mais de|menos de|cerca de|por volta de|aproximadamente|quase|pelo menos"
        "|ao menos|até|apenas|só|uns|umas"
    ),
    percent=("%", "por cento"),
    joiners=("e",),
    article_like=frozenset({"um", "uma"}),
    day_suffix=r"(?:º|°)?",
    month_joiner="de",
    weekdays=(  # "segunda", "quinta", "sexta" alone are ordinals too: only "-feira" counts
        "segunda-feira",
        "terça-feira terca-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado sabado",
        "domingo",
    ),
    days_back={"hoje": 0, "ontem": 1, "anteontem": 2},
    plurals={"dezenas": "tens", "centenas": "hundreds", "milhares": "thousands"}
    | {"milhões": "millions", "milhoes": "millions"},
    bare_scales=frozenset({"mil"}),
)

_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
    " seize dix-sept dix-huit dix-neuf"
)
_FR_TEENS = [
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
FRENCH = Vocabulary(
    numbers=_unaccented(
        _listed(_FR_UNITS)
        | {"une": 1}
        | _tens("vingt trente quarante cinquante soixante")
        | {f"soixante-{teen}": 70 + n for n, teen in enumerate(_FR_TEENS)}
        | {"soixante et onze": 71, "quatre-vingts": 80, "quatre-vingt": 80}
        | {f"quatre-vingt-{teen}": 90 + n for n, teen in enumerate(_FR_TEENS)}
    ),
    scales={
        "cent": 100,
        "cents": 100,
        "mille": 1000,
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
    }
    | {"milliards": 10**9},
    months=_months(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    qualifiers=_phrases(
        "plus de|moins de|environ|près de|pres de|quelque|presque|au moins|jusqu'à"
        "|jusqu’à|seulement|à peine|autour de|quelques"
    ),
    percent=("%", "pour cent"),
    joiners=("et",),
    article_like=frozenset({"un", "une"}),
    space_groups=True,
    day_suffix=r"(?:er)?",
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    days_back={"aujourd'hui": 0, "aujourd’hui": 0, "hier": 1, "avant-hier": 2},
    plurals={"dizaines": "tens", "centaines": "hundreds", "milliers": "thousands"}
    | {"millions": "millions"},
    bare_scales=frozenset({"mille", "cent"}),
)

VOCABULARIES: dict[str, Vocabulary] = {
    "en": ENGLISH,
    "es": SPANISH,
    "pt": PORTUGUESE,
    "fr": FRENCH,
}
"""The languages whose figures Claimdesk reads, by ISO 639-1 code."""

ABOVE, AT_LEAST, BELOW, AT_MOST, ABOUT, NEARLY = (
    "above",
    "at least",
    "below",
    "at most",
    "about",
    "nearly",
)
HEDGES: dict[str, str] = {
    strip_accents(phrase): bound
    for bound, phrases in (
        (ABOVE, "more than|over|más de|poco más de|mais de|plus de"),
        (AT_LEAST, "at least|as few as|al menos|por lo menos|pelo menos|ao menos|au moins"),
        (BELOW, "fewer than|less than|under|menos de|moins de"),
        (AT_MOST, "at most|up to|as many as|hasta|até|jusqu'à|jusqu’à"),
        (
            ABOUT,
            "about|around|approximately|roughly|some|alrededor de|cerca de|aproximadamente"
            "|unos|unas|por volta de|uns|umas|environ|près de|quelque|quelques|autour de",
        ),
        (NEARLY, "nearly|almost|casi|quase|presque"),
    )
    for phrase in phrases.split("|")
}
"""What each hedge says of the number after it, by the hedge without accents (any language;
a hedge not listed, "only", "sólo", "à peine", leaves the number exact): `figure_ranges`
turns it into the range of values the figure allows."""
