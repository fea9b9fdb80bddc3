"""The words that show each kind of checkable claim, per language, as news reports and
speeches write them: regular-expression alternatives over lower-case text, matched whole
(`cues` compiles them once per language).

One table per language, the same fields in each, so that adding a language is adding a
table. A word belongs to its language only: "court" is a law in English and short in
French, "va a" a prediction in Spanish only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CueWords:
    """One language's cue words (alternatives of a regular expression, lower case)."""

    numbers: tuple[str, ...]
    """Figures written in words: "thousands", "a third", "doubled", "per cent"."""
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
        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
        r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)",
        r"(?:per ?cent|percent|majority|minority)",
    ),
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
    ),
    opinion=(r"i think", r"i believe", r"i feel", r"in my (?:view|opinion)", r"we hope", r"i hope"),
    promise=(
        r"(?:i|we)(?:'ll| will| won't| shall)",
        r"(?:i'm|i am|we're|we are) going to",
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
        r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|treinta|cuarenta"
        r"|cincuenta|cien|ciento|mil|millón)",
        r"(?:por ciento|mayoría|minoría)",
    ),
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

PORTUGUESE = CueWords(
    numbers=(
        r"(?:centenas|milhares|milhões|bilhões|dezenas|metade|terço|dobro|triplo|dobrou"
        r"|triplicou)",
        r"(?:dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|vinte|trinta|quarenta"
        r"|cinquenta|cem|cento|mil|milhão|bilhão)",
        r"(?:por cento|maioria|minoria)",
    ),
    percent=r"por cento",
    months=r"(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)\.?|janeiro|fevereiro|março"
    r"|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    comparison=(
        r"(?:mais|menos) (?:do que|que|de)",
        r"(?:maior|menor|pior|melhor)(?:es)?",
        r"(?:o|a|os|as) mais",
        r"recorde",
        r"(?:aumentou|subiu|caiu|baixou|cresceu|diminuiu|recuou|avançou|despencou|disparou)",
        r"(?:em comparação com|em relação a|comparad[oa] (?:com|a)|frente a)",
    ),
    cause=(
        r"porque",
        r"por causa d[aoe]s?",
        r"devido (?:a|ao|à|aos|às)",
        r"caus(?:ou|a|aram)",
        r"provoc(?:ou|a|aram)",
        r"levou a",
        r"result(?:ou|a|aram) em",
        r"como resultado",
        r"graças a",
        r"por culpa d[aoe]s?",
        r"em razão d[aoe]s?",
        r"responsáve(?:l|is) pel[oa]s?",
    ),
    prediction=(
        r"(?:vai|vão) \w+[aei]r",
        r"espera-se",
        r"prevê",
        r"previsto",
        r"projeç(?:ão|ões)",
        r"\w{3,}(?:rá|rão)",
        r"no próximo ano",
        r"até 20\d\d",
    ),
    rule=(
        r"leis?",
        r"ilegal(?:mente)?",
        r"ilegais",
        r"(?:in)?constitucional",
        r"constituição",
        r"proib(?:e|iu|ido|ida|ição)",
        r"decreto",
        r"obrigatóri[oa]",
        r"normas?",
        r"regulamento",
        r"tribuna(?:l|is)",
        r"sanç(?:ão|ões)",
        r"tratado",
        r"multas?",
    ),
    reporting=(
        r"disse",
        r"diz",
        r"segundo",
        r"de acordo com",
        r"afirm(?:ou|a)",
        r"declar(?:ou|a)",
        r"anunci(?:ou|a)",
        r"garant(?:iu|e)",
        r"assegur(?:ou|a)",
        r"confirm(?:ou|a)",
        r"neg(?:ou|a)",
        r"alert(?:ou|a)",
        r"estim(?:ou|a)",
        r"inform(?:ou|a)",
        r"relat(?:ou|a)",
        r"aponto(?:u)?",
    ),
    opinion=(
        r"(?:eu )?acho que",
        r"creio que",
        r"acredito que",
        r"na minha opinião",
        r"espero que",
        r"tomara",
    ),
    promise=(r"(?:vou|vamos) \w+[aei]r", r"\w+(?:arei|erei|irei|aremos|eremos|iremos)"),
    call_to_action=(r"devemos", r"temos que", r"precisamos", r"é preciso"),
    not_names="segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril"
    " maio junho julho agosto setembro outubro novembro dezembro eu",
)

FRENCH = CueWords(
    numbers=(
        r"(?:centaines|milliers|millions|milliards|dizaines|douzaines)(?: de| d')?",
        r"(?:la )?(?:moitié|tiers|quart)",
        r"(?:double|triple|doublé|triplé|a doublé|a triplé)",
        r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|trente|quarante"
        r"|cinquante|soixante|cent|mille|million|milliard)",
        r"(?:pour ?cent|majorité|minorité)",
    ),
    percent=r"pour ?cent",
    months=r"(?:janv|févr|fév|avr|juil|sept|oct|nov|déc)\.?|janvier|février|mars|avril|mai"
    r"|juin|juillet|août|septembre|octobre|novembre|décembre",
    comparison=(
        r"plus \w+ (?:que|qu')",
        r"moins \w+ (?:que|qu')",
        r"(?:plus|moins) (?:de|d'|que|qu')",
        r"(?:supérieur|inférieur)e?s? à",
        r"(?:meilleur|pire)e?s?",
        r"(?:le|la|les) (?:plus|moins)",
        r"record",
        r"(?:a |ont )?(?:augmenté|baissé|chuté|diminué|progressé|reculé|grimpé|bondi|doublé"
        r"|plongé|flambé)",
        r"(?:par rapport à|comparée? à|en comparaison)",
    ),
    cause=(
        r"parce que",
        r"parce qu'",
        r"à cause d[eu']",
        r"en raison d[eu']",
        r"du fait d[eu']",
        r"(?:dû|due|dus|dues) à",
        r"(?:a |ont )?(?:causé|provoqué|entraîné)",
        r"(?:a |ont )?conduit à",
        r"grâce à",
        r"la faute à",
        r"en conséquence",
        r"responsables? d[eu']",
    ),
    prediction=(
        r"(?:va|vont) \w+(?:er|ir|re)",
        r"devrai(?:t|ent)",
        r"prévoi(?:t|ent)",
        r"prévu",
        r"prévisions?",
        r"\w+(?:era|ira|ront)",
        r"(?:sera|aura|fera|pourra|devra|faudra|viendra|prendra|atteindra|verra)",
        r"l'(?:an|année) prochaine?",
        r"d'ici (?:à )?20\d\d",
    ),
    rule=(
        r"lois?",
        r"légale?s?",
        r"illégale?s?",
        r"illégalement",
        r"constitution(?:nel|nelle)?",
        r"interdi(?:t|te|ts|tes|ction|re)",
        r"décrets?",
        r"obligatoires?",
        r"réglementation",
        r"règlements?",
        r"tribuna(?:l|ux)",
        r"cour",
        r"sanctions?",
        r"traités?",
        r"amendes?",
        r"poursuites",
    ),
    reporting=(
        r"(?:a )?(?:déclaré|dit|affirmé|annoncé|assuré|confirmé|nié|averti|estimé|indiqué"
        r"|souligné|précisé|expliqué|rappelé)",
        r"selon",
        r"d'après",
        r"(?:déclare|affirme|annonce|assure|estime|indique|souligne|précise|explique)",
    ),
    opinion=(
        r"je pense que",
        r"je crois que",
        r"à mon avis",
        r"selon moi",
        r"j'espère que",
        r"je trouve que",
        r"il me semble",
    ),
    promise=(
        r"(?:je vais|nous allons) \w+",
        r"\w+(?:erai|erons)",
        r"(?:ferai|ferons|aurai|aurons|serai|serons|pourrons|devrons|irai|irons)",
    ),
    call_to_action=(r"nous devons", r"il faut", r"(?:faisons|agissons)"),
    not_names="lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars"
    " avril mai juin juillet août septembre octobre novembre décembre je",
)

CUE_WORDS = {"en": ENGLISH, "es": SPANISH, "pt": PORTUGUESE, "fr": FRENCH}
"""Triage's languages; any other (Arabic) is read with English's cues."""
