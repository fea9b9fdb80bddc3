"""Why a claim looks contradicted (`claims.contradictions`), in the window's language: the
claims panel's rows and the claim editor say it so. Quotes, names and outlets are the
project's and stay as written."""

from __future__ import annotations

from claimdesk.db.claims.contradictions import DATES, MARKED, Contradiction, FigureSide
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.locale_format import short_date


def contradiction_text(reason: Contradiction) -> str:
    """ "figures differ: 56 (AP, …) vs 400 (…)" or "Ana marked “…” as contradicting “…”"."""
    if reason.kind == MARKED:
        marked = translate(
            "contradiction_text", "{name} marked “{first}” as contradicting “{second}”"
        )
        return marked.format(name=reason.name, first=reason.first, second=reason.second)
    versus = translate("contradiction_text", " vs ")
    listed = versus.join(_side(side) for side in reason.sides)
    if reason.kind == DATES:
        return translate("contradiction_text", "dates differ: {list}").format(list=listed)
    return translate("contradiction_text", "figures differ: {list}").format(list=listed)


def _side(side: FigureSide) -> str:
    comma = translate("contradiction_text", ", ")
    where = comma.join(part for part in (side.outlet, side.title, short_date(side.date)) if part)
    shown = translate("contradiction_text", "{figures} ({where})")
    return shown.format(figures=comma.join(side.phrases), where=where)
