"""The words a published report prints around the project's own text, in the project's
language: headings, column headers, "undated", dates written as its readers write them.

Plain dicts, one per language (no Qt here: the report is written by the command line too).
A template gets them as `labels`; placeholders in braces are filled with `.format`.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

from claimdesk.db.claims.contradictions import DATES, MARKED, Contradiction

LANGUAGES: Final = ("en", "es", "pt", "fr", "ar")
RIGHT_TO_LEFT: Final = frozenset({"ar"})

_MONTHS: Final = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
           "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
}  # fmt: skip
_DAY: Final = {"en": "{d} {m} {y}", "es": "{d} de {m} de {y}", "pt": "{d} de {m} de {y}",
               "fr": "{d} {m} {y}", "ar": "{d} {m} {y}"}  # fmt: skip
_MONTH: Final = {"en": "{m} {y}", "es": "{m} de {y}", "pt": "{m} de {y}", "fr": "{m} {y}",
                 "ar": "{m} {y}"}  # fmt: skip
_GROUPING: Final = {"en": ",", "es": ".", "pt": ".", "fr": "\u202f", "ar": ","}
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$")

_EN: Final = {
    "fact_check": "Fact check",
    "page_title": "Fact check: {wording}",
    "published_on": "published {date}",
    "story": "The story so far",
    "when": "When",
    "who": "Who said it",
    "where": "Where",
    "figure": "Figure",
    "claim": "Claim",
    "claim_number": "Claim {number}",
    "said_by": "Said by",
    "rating": "Our rating",
    "not_rated": "Not yet rated",
    "figure_moved": "How the figure moved",
    "published": "Published",
    "said_on": "Said on",
    "undated": "undated",
    "disagree": "The accounts disagree",
    "disagrees": "disagrees",
    "no_figure": "no figure",
    "claimant_per": "{claimant}, per",
    "claimant_in": "{claimant}, in",
    "appearances": "Where it appeared",
    "evidence": "Evidence",
    "colophon": "Published with Claimdesk on {date}.",
    "chart_title": "Figures over time: {wording}",
    "figures_differ": "figures differ: {list}",
    "dates_differ": "dates differ: {list}",
    "versus": " vs ",
    "marked_contradicting": "{name} marked {first} as contradicting {second}",
    "comma": ", ",
    "colon": ": ",
    "open_quote": "“",
    "close_quote": "”",
    "page": "page {page}",
}

_TABLES: Final[dict[str, dict[str, str]]] = {
    "en": _EN,
    "es": {
        "fact_check": "Verificación",
        "page_title": "Verificación: {wording}",
        "published_on": "publicado el {date}",
        "story": "La historia hasta ahora",
        "when": "Cuándo",
        "who": "Quién lo dijo",
        "where": "Medio",
        "figure": "Cifra",
        "claim": "Afirmación",
        "claim_number": "Afirmación {number}",
        "said_by": "Afirmado por",
        "rating": "Nuestra calificación",
        "not_rated": "Aún sin calificar",
        "figure_moved": "Cómo cambió la cifra",
        "published": "Publicado",
        "said_on": "Dicho el",
        "undated": "sin fecha",
        "disagree": "Las versiones no coinciden",
        "disagrees": "no coincide",
        "no_figure": "sin cifra",
        "claimant_per": "{claimant}, según",
        "claimant_in": "{claimant}, en",
        "appearances": "Dónde apareció",
        "evidence": "Pruebas",
        "colophon": "Publicado con Claimdesk el {date}.",
        "chart_title": "La cifra a lo largo del tiempo: {wording}",
        "figures_differ": "las cifras no coinciden: {list}",
        "dates_differ": "las fechas no coinciden: {list}",
        "versus": " frente a ",
        "marked_contradicting": "{name} marcó {first} como contradictoria con {second}",
        "comma": ", ",
        "colon": ": ",
        "open_quote": "«",
        "close_quote": "»",
        "page": "página {page}",
    },
    "pt": {
        "fact_check": "Checagem",
        "page_title": "Checagem: {wording}",
        "published_on": "publicado em {date}",
        "story": "A história até agora",
        "when": "Quando",
        "who": "Quem disse",
        "where": "Veículo",
        "figure": "Número",
        "claim": "Afirmação",
        "claim_number": "Afirmação {number}",
        "said_by": "Quem afirmou:",
        "rating": "Nossa classificação",
        "not_rated": "Ainda sem classificação",
        "figure_moved": "Como o número mudou",
        "published": "Publicado em",
        "said_on": "Dito em",
        "undated": "sem data",
        "disagree": "As versões não batem",
        "disagrees": "diverge",
        "no_figure": "sem número",
        "claimant_per": "{claimant}, segundo",
        "claimant_in": "{claimant}, em",
        "appearances": "Onde apareceu",
        "evidence": "Evidências",
        "colophon": "Publicado com o Claimdesk em {date}.",
        "chart_title": "O número ao longo do tempo: {wording}",
        "figures_differ": "os números divergem: {list}",
        "dates_differ": "as datas divergem: {list}",
        "versus": " contra ",
        "marked_contradicting": "{name} marcou {first} como contraditória com {second}",
        "comma": ", ",
        "colon": ": ",
        "open_quote": "“",
        "close_quote": "”",
        "page": "página {page}",
    },
    "fr": {
        "fact_check": "Vérification",
        "page_title": "Vérification\u00a0: {wording}",
        "published_on": "publié le {date}",
        "story": "Le fil de l’histoire",
        "when": "Quand",
        "who": "Qui l’a dit",
        "where": "Média",
        "figure": "Chiffre",
        "claim": "Affirmation",
        "claim_number": "Affirmation {number}",
        "said_by": "Affirmé par",
        "rating": "Notre verdict",
        "not_rated": "Pas encore évalué",
        "figure_moved": "L’évolution du chiffre",
        "published": "Publié le",
        "said_on": "Dit le",
        "undated": "non daté",
        "disagree": "Les versions divergent",
        "disagrees": "diverge",
        "no_figure": "aucun chiffre",
        "claimant_per": "{claimant}, selon",
        "claimant_in": "{claimant}, dans",
        "appearances": "Où elle est parue",
        "evidence": "Sources",
        "colophon": "Publié avec Claimdesk le {date}.",
        "chart_title": "Le chiffre au fil du temps\u00a0: {wording}",
        "figures_differ": "les chiffres divergent\u00a0: {list}",
        "dates_differ": "les dates divergent\u00a0: {list}",
        "versus": " contre ",
        "marked_contradicting": "{name} a marqué {first} comme contredisant {second}",
        "comma": ", ",
        "colon": "\u00a0: ",
        "open_quote": "«\u00a0",
        "close_quote": "\u00a0»",
        "page": "page {page}",
    },
    "ar": {
        "fact_check": "تدقيق الحقائق",
        "page_title": "تدقيق: {wording}",
        "published_on": "نُشر في {date}",
        "story": "القصة حتى الآن",
        "when": "متى",
        "who": "القائل",
        "where": "الوسيلة الإعلامية",
        "figure": "الرقم",
        "claim": "الادعاء",
        "claim_number": "الادعاء {number}",
        "said_by": "صاحب الادعاء:",
        "rating": "تقييمنا",
        "not_rated": "لم يُقيَّم بعد",
        "figure_moved": "كيف تغيّر الرقم",
        "published": "تاريخ النشر",
        "said_on": "تاريخ التصريح",
        "undated": "بلا تاريخ",
        "disagree": "الروايات متضاربة",
        "disagrees": "متعارض",
        "no_figure": "بلا رقم",
        "claimant_per": "{claimant}، نقلًا عن",
        "claimant_in": "{claimant}، في",
        "appearances": "أين ظهر الادعاء",
        "evidence": "الأدلة",
        "colophon": "نُشر باستخدام Claimdesk في {date}.",
        "chart_title": "الرقم عبر الزمن: {wording}",
        "figures_differ": "الأرقام متضاربة: {list}",
        "dates_differ": "التواريخ متضاربة: {list}",
        "versus": " مقابل ",
        "marked_contradicting": "أشار {name} إلى أن {first} يناقض {second}",
        "comma": "، ",
        "colon": ": ",
        "open_quote": "«",
        "close_quote": "»",
        "page": "صفحة {page}",
    },
}


def report_language(code: str) -> str:
    """The report language for a project's `language` setting ("pt_BR" → "pt"); English
    for one Claimdesk has no labels in."""
    base = code.replace("-", "_").split("_")[0].strip().lower()
    return base if base in _TABLES else "en"


def labels(language: str) -> MappingProxyType[str, str]:
    """The report's words in `language` (a code from `LANGUAGES`), plus its writing
    direction as `dir` and the side lines start on as `start` ("left" or "right")."""
    rtl = language in RIGHT_TO_LEFT
    words = {**_TABLES[report_language(language)], "dir": "rtl" if rtl else "ltr"}
    words["start"] = "right" if rtl else "left"
    return MappingProxyType(words)


def written_date(value: str, language: str) -> str:
    """An ISO date as the language writes it ("2026-01-14" → "14 de enero de 2026"); a
    year-month gives the month; anything else is shown as it is.

    Arabic dates keep the digits 0–9 ("14 يناير 2026"), chosen over the Eastern Arabic
    ٠–٩: the report quotes its figures as the articles print them ("56", "400") and charts
    them with 0–9, so a date beside a figure never mixes two sets of digits, and a reader
    can search the page for the date the articles give. The HTML's `<time>` keeps the ISO
    date either way."""
    match = _ISO_DAY.match(value.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        return value
    language = report_language(language)
    month = _MONTHS[language][int(match[2]) - 1]
    if match[3] is None:
        return _MONTH[language].format(m=month, y=match[1])
    day = int(match[3])
    shown = "1er" if language == "fr" and day == 1 else str(day)
    return _DAY[language].format(d=shown, m=month, y=match[1])


def isolated(text: str) -> str:
    """Project text set apart from the direction around it (Unicode FSI … PDI), so an
    English quote in an Arabic sentence keeps its punctuation where it belongs; what
    `<bdi>` does in a browser, in plain text that Qt's PDF layout and Markdown keep too."""
    return f"\u2068{text}\u2069" if text else text


def contradiction_reason(reason: Contradiction, language: str) -> str:
    """Why a claim looks contradicted (`claims.contradictions`), worded in `language`: its
    figures side by side with where each appeared, or who marked which quote."""
    words = labels(language)
    if reason.kind == MARKED:
        first, second = (
            words["open_quote"] + isolated(quote) + words["close_quote"]
            for quote in (reason.first, reason.second)
        )
        return words["marked_contradicting"].format(
            name=isolated(reason.name), first=first, second=second
        )
    sides = []
    for side in reason.sides:
        where = [isolated(side.outlet), isolated(side.title), written_date(side.date, language)]
        figures = words["comma"].join(isolated(phrase) for phrase in side.phrases)
        sides.append(f"{figures} ({words['comma'].join(part for part in where if part)})")
    key = "dates_differ" if reason.kind == DATES else "figures_differ"
    return words[key].format(list=words["versus"].join(sides))


def source_place(page: int | None, start: str, end: str, language: str) -> str:
    """Where in its source a quote is: "page 2" in the language's words, or a transcript's
    time range ("00:01:02–00:01:05", kept left to right in a right-to-left page)."""
    if page is not None:
        return labels(language)["page"].format(page=page)
    return isolated(f"{start}–{end}") if start else ""


def written_number(value: float, language: str) -> str:
    """A whole number with the language's thousands separator (12,500; 12.500; 12 500)."""
    return f"{value:,.0f}".replace(",", _GROUPING[report_language(language)])
