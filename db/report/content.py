"""What a published report says about each claim, gathered once from the project.

The page, the Markdown and the PDF are all rendered from these records, and each claim's
ClaimReview is the very dict the ClaimReview export writes (`claimreview.claim_reviews`), so
the JSON-LD a search engine reads on the page cannot drift from the export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from claimdesk.db.claims.claim_overview import Appearance, ClaimOverview, claim_overviews
from claimdesk.db.claims.claimants import Claimant, claim_claimant
from claimdesk.db.interchange.export import ExportData
from claimdesk.db.interchange.formats import claimreview
from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import ArticleSource, article_sources
from claimdesk.db.report.labels import (
    contradiction_reason,
    labels,
    report_language,
    source_place,
)
from claimdesk.db.report.timeline import TimelinePoint, timeline_points
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.store import Store

_COLOR = re.compile(r"#[0-9a-fA-F]{6}$")
"""A colour the page may put in its CSS (a verdict's colour is checked on entry too)."""


@dataclass(frozen=True, slots=True)
class ReportAppearance:
    """One place the claim was made, as the page quotes it."""

    quote: str
    title: str
    outlet: str
    date: str
    url: str
    claimant: str
    figure: str
    """The figure the quote gives, as written ("more than 100"); "" when it gives none."""
    page: int | None = None
    """The page of its source (a PDF) the quote starts on, when known."""
    time_start: str = ""
    time_end: str = ""
    """The transcript cue's time range ("00:01:02"), when its source is a transcript."""
    place: str = ""
    """Where in its source, in the report's language ("page 2", "00:01:02–00:01:05")."""


@dataclass(frozen=True, slots=True)
class ReportClaim:
    number: int
    id: str
    wording: str
    claimant: str
    rating: str
    rating_color: str
    explanation: str
    evidence: tuple[str, ...]
    appearances: tuple[ReportAppearance, ...]
    """In publication order (dated first, by date)."""
    contradictions: tuple[str, ...]
    """Why the claim looks contradicted, in the report's language (project text set apart
    by `labels.isolated`)."""
    sides: tuple[tuple[ReportAppearance, ...], ...]
    """When the figures disagree: the appearances grouped by the figure they give, one
    group per side, to show side by side; empty otherwise."""
    timeline: tuple[TimelinePoint, ...]
    review: dict[str, Any] | None
    """This claim's ClaimReview as the export writes it; None while the claim is unrated."""


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    publisher: str
    language: str
    """The page's language (`labels.LANGUAGES`): the project's, or the one asked for."""
    generated: str
    claims: tuple[ReportClaim, ...]
    notes: tuple[str, ...]
    """What the reader of the command should know (a missing review URL, unrated claims)."""

    @property
    def reviews(self) -> list[dict[str, Any]]:
        return [claim.review for claim in self.claims if claim.review is not None]

    @property
    def story(self) -> list[tuple[ReportClaim, TimelinePoint]]:
        """Every claim's appearances on one timeline (the story across claims), by the day
        they were said, else published; undated last."""
        entries = [(claim, point) for claim in self.claims for point in claim.timeline]
        return sorted(entries, key=lambda e: (not (e[1].said_on or e[1].date),
                                              e[1].said_on or e[1].date))  # fmt: skip


def gather(
    store: Store, *, chosen: Iterable[str] = (), settings: Mapping[str, str] | None = None
) -> Report:
    """The report on the claims `chosen` (ids, or numbers as `claimdesk claims` lists them;
    all when none), with `settings` overriding the project's (organization, URL base,
    language)."""
    data = ExportData.collect(store)
    data.settings.update({key: value for key, value in (settings or {}).items() if value})
    if not data.settings.get("claimreview_url_base", "").strip():
        data.settings[claimreview.ALLOW_MISSING_URL] = "1"  # a page needs no URL of its own
    reviews = claimreview.claim_reviews(data)
    by_claim = dict(zip((c.id for c in data.claims if c.verdict_id), reviews, strict=True))
    overviews = {overview.claim.id: overview for overview in claim_overviews(store)}
    listed = [overviews[claim.id] for claim in data.claims if claim.id in overviews]
    wanted = _chosen(listed, list(chosen))
    verdicts = {verdict.id: verdict for verdict in data.verdicts.values()}
    urls = {article.id: article.url for article in data.articles}
    texts = {article.id: article.text for article in data.articles}
    named = store.claimants_by_appearance()
    language = report_language(data.settings.get("language", ""))
    sources = article_sources(store, [article.id for article in data.articles])
    claims = []
    for number, overview in enumerate(listed, start=1):
        if overview.claim.id not in wanted:
            continue
        verdict = verdicts.get(overview.claim.verdict_id or "")
        review = by_claim.get(overview.claim.id)
        color = verdict.color if verdict and _COLOR.match(verdict.color) else "#607080"
        claim = _claim(number, overview, urls, texts, named, review, color)
        claim = replace(claim, appearances=_placed(claim.appearances, overview, sources, language))
        reasons = (contradiction_reason(reason, language) for reason in overview.contradictions)
        claims.append(replace(claim, contradictions=tuple(reasons)))
    organization = data.settings.get("organization", "").strip()
    return Report(
        title=data.settings.get("report_title", "").strip() or labels(language)["fact_check"],
        publisher=organization,
        language=language,
        generated=datetime.now(UTC).date().isoformat(),
        claims=tuple(claims),
        notes=tuple(note for note in data.left_out if "url" in note),
    )


def _chosen(listed: list[ClaimOverview], chosen: list[str]) -> set[str]:
    """The ids of the claims asked for; an id or number that names none is refused."""
    if not chosen:
        return {overview.claim.id for overview in listed}
    ids = {overview.claim.id for overview in listed}
    found = set()
    for key in chosen:
        if key in ids:
            found.add(key)
        elif key.isdigit() and 1 <= int(key) <= len(listed):
            found.add(listed[int(key) - 1].claim.id)
        else:
            raise ValidationError(
                message(
                    "no claim {key!r} to report: give an id or a number from `claimdesk claims`"
                    " (1–{count})",
                    key=key,
                    count=len(listed),
                )
            )
    return found


def _claim(
    number: int,
    overview: ClaimOverview,
    urls: Mapping[str, str],
    texts: Mapping[str, str],
    named: Mapping[tuple[str, str], Claimant],
    review: dict[str, Any] | None,
    color: str,
) -> ReportClaim:
    """`named`: (claim id, annotation id) → the claimant that appearance names."""
    claim = overview.claim
    points = timeline_points(overview, texts, named)
    figures = {point.annotation_id: point.figure for point in points}
    names = {key: claimant.name for key, claimant in named.items() if key[0] == claim.id}
    appearances = tuple(
        _appearance(a, urls, figures, names.get((claim.id, a.annotation.id), ""))
        for a in overview.appearances
    )
    published = sorted(overview.appearances, key=lambda a: (not a.date, a.date))
    chosen = {claim.id: overview.claimant} if overview.claimant else {}
    main = claim_claimant(claim.id, (a.annotation.id for a in published), named, chosen)
    claimant = main.name if main else ""
    return ReportClaim(
        number=number,
        id=claim.id,
        wording=claim.wording or (appearances[0].quote if appearances else ""),
        claimant=claimant,
        rating=overview.verdict_name,
        rating_color=color,
        explanation=claim.explanation,
        evidence=claim.evidence,
        appearances=appearances,
        contradictions=(),
        sides=_sides(appearances) if overview.has_contradiction else (),
        timeline=points,
        review=review,
    )


def _appearance(
    appearance: Appearance, urls: Mapping[str, str], figures: Mapping[str, str], claimant: str
) -> ReportAppearance:
    return ReportAppearance(
        quote=appearance.annotation.quote,
        title=appearance.article_title,
        outlet=appearance.outlet,
        date=appearance.date,
        url=urls.get(appearance.article_id, ""),
        claimant=claimant,
        figure=figures.get(appearance.annotation.id, ""),
    )


def _placed(
    appearances: tuple[ReportAppearance, ...],
    overview: ClaimOverview,
    sources: Mapping[str, ArticleSource],
    language: str,
) -> tuple[ReportAppearance, ...]:
    """The appearances with the page or cue each quote starts in (`article_sources`)."""
    placed = []
    for shown, appearance in zip(appearances, overview.appearances, strict=True):
        source = sources.get(appearance.article_id)
        segment = source.segment_at(appearance.annotation.start) if source else None
        if segment is None:
            placed.append(shown)
            continue
        timed = segment.begin_ms is not None
        start = _clock(segment.begin_ms) if timed else ""
        end = _clock(segment.end_ms) if timed else ""
        place = source_place(segment.page, start, end, language)
        placed.append(replace(shown, page=segment.page, time_start=start, time_end=end,
                              place=place))  # fmt: skip
    return tuple(placed)


def _clock(milliseconds: int | None) -> str:
    """00:01:02: a cue's time to the second, as a reader looks for it in the recording."""
    minutes, seconds = divmod((milliseconds or 0) // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def _sides(appearances: tuple[ReportAppearance, ...]) -> tuple[tuple[ReportAppearance, ...], ...]:
    groups: dict[str, list[ReportAppearance]] = {}
    for appearance in appearances:
        groups.setdefault(appearance.figure, []).append(appearance)
    return tuple(tuple(group) for group in groups.values()) if len(groups) > 1 else ()
