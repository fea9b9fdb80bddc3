"""The words that show each kind of checkable claim, per language, as news reports and
speeches write them: regular-expression alternatives over lower-case text, matched whole
(`cues` compiles them once per language).

One table per language, the same fields in each (English and Spanish here, Portuguese and
French in `cue_words_pt_fr`), so that adding a language is adding a table. A word belongs
to its language only: "court" is a law in English and short in French, "va a" a
prediction in Spanish only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CueWords:
    """One language's cue words (alternatives of a regular expression, lower case)."""

    numbers: tuple[str, ...]
    """Figures written in words: "thousands", "a third", "doubled", "per cent"."""
    small_numbers: str
    """Small counts in words ("two", "twelve"): a figure, but rarely the claim's point."""
    time_units: str
    """Seconds, minutes, hours: a number of them is how long, not a statistic."""
    percent: str
    """The words after a number that make it a percentage."""
    months: str
    """Month names and short forms: a day or a year beside one is a date, not a figure."""
    comparison: tuple[str, ...]
    cause: tuple[str, ...]
    prediction: tuple[str, ...]
    rule: tuple[str, ...]
    reporting: tuple[str, ...]
    """Verbs and phrases that attribute what follows or precedes to a source."""
    opinion: tuple[str, ...]
    promise: tuple[str, ...]
    """A speaker's own plans ("we will", "I'm going to"): a pledge, not a checkable forecast."""
    call_to_action: tuple[str, ...]
    """What the speaker says must be done ("we must", "let's"): no claim of fact."""
    not_names: str
    """Capitalised words that never name a source (weekdays, months, "I")."""


ENGLISH = CueWords(
    numbers=(
        r"(?:hundreds|thousands|millions|billions|trillions|dozens)(?: of)?",
        r"(?:a |one )?(?:half|third|quarter|fifth)",
        r"(?:double|triple|twice|tripled|doubled|halved)",
        r"(?:hundred|thousand|million|billion)",
        r"(?:per ?cent|percent|majority|minority)",
    ),
    small_numbers=r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety",
    time_units="seconds|minutes|hours",
    percent=r"per ?cent|percent",
    months=r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?",
    comparison=(
        r"(?:more|less|fewer|higher|lower|bigger|smaller|greater|larger|worse|better) than",
        r"compared (?:with|to)",
        r"the (?:most|least)",
        r"(?:largest|biggest|highest|lowest|worst|best|fastest)",
        r"record(?:-\w+)?",
        r"(?:rose|fell|dropped|increased|decreased|declined|grew|surged|plunged|soared)",
        r"(?:up|down) from",
    ),
    cause=(
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
    ),
    prediction=(
        r"will",
        r"won't",
        r"(?:is|are) (?:expected|set|going|likely) to",
        r"forecast",
        r"predict(?:s|ed)?",
        r"projected",
        r"by 20\d\d",
        r"next (?:year|month|week|decade)",
    ),
    rule=(
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
    ),
    reporting=(
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
        r"(?:thinks|believes) that",
    ),
    opinion=(r"i think", r"i believe", r"i feel", r"in my (?:view|opinion)", r"we hope", r"i hope"),
    promise=(  # the sentence's own subject, not a "we'll" deep in a clause
        r"^(?:(?:and|but|so|well|now|look|first|then|frankly|believe me),? )*(?:i|we)"
        r"(?:'ll| will| won't| shall|'m going to| am going to|'re going to| are going to)",
        r"(?:when|if) i(?:'m| am) (?:president|elected)",
    ),
    call_to_action=(
        r"we (?:must|need to|have to|should|ought to)",
        r"we've got to",
        r"let's",
        r"let us",
    ),
    not_names="monday tuesday wednesday thursday friday saturday sunday january february"
    " march april may june july august september october november december i",
)

SPANISH = CueWords(
    numbers=(
        r"(?:cientos|miles|millones|docenas?|mitad|tercio|cuarto|doble|triple|duplicó|triplicó)",
        r"(?:cien|ciento|mil|millón)",
        r"(?:por ciento|mayoría|minoría)",
    ),
    small_numbers=r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|treinta"
    r"|cuarenta|cincuenta",
    time_units="segundos|minutos|horas",
    percent=r"por ciento",
    months=r"(?:ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)\.?|enero|febrero|marzo|abril"
    r"|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
    comparison=(
        r"(?:más|menos) (?:que|de)",
        r"(?:mayor|menor|peor|mejor)(?:es)?",
        r"(?:el|la|los|las) más",
        r"récord",
        r"(?:aumentó|subió|cayó|bajó|creció|disminuyó|se duplicó|se redujo)",
        r"(?:frente a|respecto a|en comparación con)",
    ),
    cause=(
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
    prediction=(
        r"va(?:n)? a",
        r"se espera",
        r"prevé",
        r"pronostic(?:a|ó)",
        r"previsto",
        r"\w{3,}(?:rá|rán)",
        r"el próximo año",
    ),
    rule=(
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
    reporting=(
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
        r"(?:cree|piensa) que",
    ),
    opinion=(r"creo que", r"en mi opinión", r"ojalá", r"espero que"),
    promise=(
        r"(?:voy|vamos) a",
        r"\w+(?:aré|eré|iré|aremos|eremos|iremos|dremos|bremos)",
        r"(?:diremos|haré)",
    ),
    call_to_action=(r"debemos", r"tenemos que", r"hay que"),
    not_names="lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril"
    " mayo junio julio agosto septiembre octubre noviembre diciembre yo",
)
