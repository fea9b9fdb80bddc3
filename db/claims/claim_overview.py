"""What the claims panel shows: each claim, where it appears, and why it looks contradicted.

A claim looks contradicted when its appearances give figures that cannot all be true
("about 50" here, "56" there; "more than 100" and "400" can be, `figure_ranges`), or when
someone linked one of its appearances to another annotation as `contradicts`. Everything
is read in a fixed handful of queries, however many claims the project holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.db.analysis.figure_ranges import figures_agree
from claimdesk.db.analysis.figures import Figure, figures_in, find_figures
from claimdesk.db.claims.claimants import Claimant
from claimdesk.db.claims.contradictions import DATES, FIGURES, MARKED, Contradiction, FigureSide
from claimdesk.db.claims.figure_notes import FigureNote, figure_notes
from claimdesk.db.records.annotations import ANNOTATION_COLUMNS, annotation_from_row
from claimdesk.db.records.model import Annotation, Claim
from claimdesk.db.storage import overview_rows
from claimdesk.db.storage.store import Store
from claimdesk.db.storage.store_base import Row

__all__ = ["Appearance", "ClaimOverview", "claim_overview", "claim_overviews", "figures_in"]

_SHORT = 60
_LABEL = 40


@dataclass(frozen=True)
class Appearance:
    """One place a claim is made: the annotation and the article it is in."""

    annotation: Annotation
    article_id: str
    article_title: str
    outlet: str
    date: str
    figures: tuple[str, ...]  # normalised numbers/dates found in the quote
    language: str = "en"  # the article's, which its figures are read in


@dataclass(frozen=True)
class ClaimOverview:
    claim: Claim
    appearances: tuple[Appearance, ...]  # ordered by article date, title, start
    contradictions: tuple[Contradiction, ...]  # why it looks contradicted
    verdict_name: str  # "" if unrated
    figures_warning: str = ""
    """Its appearances' "figures/dates differ" reasons as one text ("" if they agree)."""
    figures_note: FigureNote | None = None
    """That warning judged no contradiction: then left out of `contradictions`."""
    claimant: Claimant | None = None
    """Who made it, as the claim itself names them (`claimants.claim_claimant` falls back
    on its appearances); None when it names nobody."""

    @property
    def has_contradiction(self) -> bool:
        return bool(self.contradictions)


def claim_overviews(store: Store, *, contradicted_only: bool = False) -> list[ClaimOverview]:
    """Every live claim in the order they were made, optionally only the contradicted ones."""
    overviews = _overviews(store, store.claims())
    if contradicted_only:
        return [overview for overview in overviews if overview.has_contradiction]
    return overviews


def claim_overview(store: Store, claim_id: str) -> ClaimOverview:
    """One claim's overview (NotFoundError if there is no such claim)."""
    return _overviews(store, [store.claim(claim_id)])[0]


def _overviews(store: Store, claims: list[Claim]) -> list[ClaimOverview]:
    member_ids = list(dict.fromkeys(a for claim in claims for a in claim.annotation_ids))
    annotations = _annotations(store, member_ids)
    articles = _articles(store, {a.article_id for a in annotations.values()})
    verdicts = {v.id: v.name for v in store.verdicts(include_deleted=True)}
    contradicting = _contradicting_links(store, set(member_ids))
    notes = figure_notes(store, [claim.id for claim in claims])
    chosen = store.claimants_by_claim()
    overviews = []
    for claim in claims:
        appearances = []
        found: dict[str, list[Figure]] = {}  # each appearance's figures, read once
        for annotation_id in claim.annotation_ids:
            annotation = annotations.get(annotation_id)
            article = articles.get(annotation.article_id) if annotation else None
            if annotation is None or article is None:
                continue  # its article was deleted
            title, outlet, date, language = article
            found[annotation_id] = find_figures(annotation.quote, language)
            figures = tuple(dict.fromkeys(figure.value for figure in found[annotation_id]))
            appearances.append(
                Appearance(
                    annotation, annotation.article_id, title, outlet, date, figures, language
                )
            )
        appearances.sort(key=lambda a: (a.date, a.article_title, a.annotation.start))
        reasons = _figure_reasons(appearances, found)
        warning = "\n".join(str(reason) for reason in reasons)
        note = notes.get(claim.id)
        if note is not None and warning and note.warning == warning:
            reasons = []  # judged: the figures agree after all
        else:
            note = None  # none, or judged when the warning read otherwise
        for annotation_id in claim.annotation_ids:
            reasons.extend(contradicting.get(annotation_id, ()))
        overviews.append(
            ClaimOverview(
                claim,
                tuple(appearances),
                tuple(dict.fromkeys(reasons)),
                verdicts.get(claim.verdict_id, "") if claim.verdict_id else "",
                warning,
                note,
                chosen.get(claim.id),
            )
        )
    return overviews


def _annotations(store: Store, ids: list[str]) -> dict[str, Annotation]:
    found = {}
    for row in overview_rows.live_annotations(store, ANNOTATION_COLUMNS, ids):
        annotation = annotation_from_row(row)
        found[annotation.id] = annotation
    return found


def _articles(store: Store, ids: set[str]) -> dict[str, tuple[str, str, str, str]]:
    """Title, outlet, date and language (stored, `article_languages`) of each article."""
    found = {}
    languages = store.article_languages(sorted(ids))
    for article_id, title, outlet, date in overview_rows.live_article_headers(store, sorted(ids)):
        found[article_id] = (title, outlet, date, languages[article_id])
    return found


def _contradicting_links(store: Store, members: set[str]) -> dict[str, list[Contradiction]]:
    """Member annotation id -> reasons, from live `contradicts` links touching it.

    Read through the indexes on either end, for the members only: a project may hold
    100,000 links, and reading every contradiction delayed the claims panel by 0.2 s.
    """
    found: dict[int, Row] = {}
    for rowid, *row in overview_rows.contradictions_touching(store, sorted(members)):
        found[rowid] = tuple(row)
    reasons: dict[str, list[Contradiction]] = {}
    for rowid in sorted(found, key=lambda rowid: (found[rowid][0], rowid)):
        _created, source_id, source_quote, target_id, target_quote, name = found[rowid]
        reason = Contradiction(
            MARKED, name=name, first=_short(source_quote), second=_short(target_quote)
        )
        for end in {source_id, target_id} & members:
            reasons.setdefault(end, []).append(reason)
    return reasons


def _figure_reasons(
    appearances: list[Appearance], figures: dict[str, list[Figure]]
) -> list[Contradiction]:
    """One reason per kind of figure on which two appearances cannot both be true: each
    gives a figure the other's all disagree with (`figures_agree`: "more than 100" allows
    400); an appearance giving fewer figures than another, all of them agreeing, is fine.
    `figures`: each appearance's (`find_figures`), by annotation id."""
    reasons = []
    for kind, label in (("number", FIGURES), ("date", DATES)):
        groups: dict[frozenset[tuple[str, str]], tuple[list[Figure], list[FigureSide]]] = {}
        for appearance in appearances:
            quote = appearance.annotation.quote
            found = [f for f in figures[appearance.annotation.id] if _comparable(f, kind)]
            key = frozenset((f.compared, f.qualifier) for f in found)
            if key:
                phrases = tuple(_phrase(quote, f) for f in found)
                groups.setdefault(key, (found, []))[1].append(_side(phrases, appearance))
        sets = [found for found, _ in groups.values()]
        if any(not (_within(a, b) or _within(b, a)) for a in sets for b in sets):
            reasons.append(Contradiction(label, tuple(g[1][0] for g in groups.values())))
    return reasons


def _within(some: list[Figure], others: list[Figure]) -> bool:
    """Every figure of `some` agrees with one of `others`."""
    return all(any(figures_agree(one, other) for other in others) for one in some)


def _comparable(figure: Figure, kind: str) -> bool:
    """Vague figures ("hundreds", "dozens") never count as disagreeing with a number."""
    return figure.kind == kind and not figure.value.endswith("s")


def _phrase(quote: str, figure: Figure) -> str:
    return " ".join(quote[figure.start : figure.end].split())


def _side(phrases: tuple[str, ...], appearance: Appearance) -> FigureSide:
    title = appearance.article_title
    if len(title) > _LABEL:
        title = title[:_LABEL].rsplit(" ", 1)[0] + "…"
    return FigureSide(phrases, appearance.outlet, title, appearance.date)


def _short(quote: str) -> str:
    text = " ".join(quote.split())
    return text if len(text) <= _SHORT else text[:_SHORT].rsplit(" ", 1)[0] + "…"
