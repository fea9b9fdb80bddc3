"""Export a project (or the part the filters pick) to one of the dataset formats.

`ExportData` reads everything a writer needs in one pass of bulk queries, so writers
only format; every writer puts its output in place atomically (see `formats.common`).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from claimdesk.db.analysis.offset_units import (
    CODEPOINTS,
    EXPORT_OFFSET_FORMATS,
    export_unit,
    unit_problem,
)
from claimdesk.db.claims.claimants import Claimant
from claimdesk.db.interchange.formats.common import CancelCheck, Progress, Ticker
from claimdesk.db.messages import message, message_n
from claimdesk.db.records.article_sources import ArticleSource, article_sources
from claimdesk.db.records.evidence_files import evidence_listing
from claimdesk.db.records.links import link_from_row
from claimdesk.db.records.model import Article, Claim, Link, Review, Tag, Verdict
from claimdesk.db.records.reviews import review_from_row
from claimdesk.db.storage import export_rows
from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.db.storage.errors import ClaimdeskError, ValidationError
from claimdesk.db.storage.store import Store
from claimdesk.db.storage.store_base import load_list

from .exported import ExportedAnnotation, exported_annotations
from .formats import (
    brat,
    claimreview,
    csv_format,
    doccano_writing,
    inception,
    jsonl,
    labelstudio,
    sqlite_copy,
    w3c,
)

FORMATS: dict[str, ModuleType] = {
    "jsonl": jsonl,
    "csv": csv_format,
    "w3c": w3c,
    "claimreview": claimreview,
    "labelstudio": labelstudio,
    "doccano": doccano_writing,
    "inception": inception,
    "brat": brat,
    "sqlite": sqlite_copy,
}
"""Format name → writer module (each has `write(data, out, ticker) -> list[Path]`)."""


class ExportFailure(ClaimdeskError):
    """The export could not be written (disk full, no permission); no partial file remains."""


@dataclass(frozen=True, slots=True)
class ExportReport:
    format: str
    files: tuple[Path, ...]
    articles: int
    annotations: int
    links: int
    claims: int
    seconds: float
    left_out: tuple[str, ...] = ()
    """What the format cannot hold and was therefore not written (one sentence each)."""

    def summary(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """The summary's lines: what was written, then what was left out (messages)."""
        lines: list[str] = [
            message(
                "exported {articles}, {annotations}, {links}, {claims} as {format} in"
                " {seconds:.2f} s to {files}",
                articles=message_n("%n article", "%n articles", self.articles),
                annotations=message_n("%n annotation", "%n annotations", self.annotations),
                links=message_n("%n link", "%n links", self.links),
                claims=message_n("%n claim", "%n claims", self.claims),
                format=self.format,
                seconds=self.seconds,
                files=", ".join(str(path) for path in self.files),
            )
        ]
        lines.extend(self.left_out)
        return lines


@dataclass(slots=True)
class ExportData:
    """The filtered slice of a project, with lookups writers share.

    Links are kept when both ends are exported; claims when at least one appearance is,
    and then with only the exported appearances.
    """

    store: Store
    articles: list[Article]
    annotations: list[ExportedAnnotation]
    links: list[Link]
    claims: list[Claim]
    reviews: dict[str, Review]
    """The latest live review of each exported annotation."""
    tags: dict[str, Tag]
    verdicts: dict[str, Verdict]
    annotator_names: dict[str, str]
    settings: dict[str, str]
    by_article: dict[str, list[ExportedAnnotation]] = field(default_factory=dict)
    links_by_source_article: dict[str, list[Link]] = field(default_factory=dict)
    claims_by_article: dict[str, list[Claim]] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)
    tag_names: dict[str, str] = field(default_factory=dict)
    """Tag id → name, for writers' loops over every annotation."""
    verdict_names: dict[str | None, str] = field(default_factory=dict)
    """Verdict id → name (None, no verdict, is absent), for writers' loops."""
    offsets: str = CODEPOINTS
    """The unit of the offsets written by the EXPORT_OFFSET_FORMATS (jsonl label/spans,
    Label Studio, doccano)."""
    sources: dict[str, ArticleSource] = field(default_factory=dict)
    """Provenance and page/cue starts of the exported articles that have them."""
    evidence_files: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    """Each annotation's and claim's evidence files (name, sha256, size, media_type)."""
    claimants_by_appearance: dict[tuple[str, str], Claimant] = field(default_factory=dict)
    """(claim id, annotation id) → whom that appearance names as having made the claim."""
    claimants_by_claim: dict[str, Claimant] = field(default_factory=dict)
    """Claim id → whom the claim itself names."""

    @classmethod
    def collect(
        cls,
        store: Store,
        *,
        annotators: Iterable[str] = (),
        tags: Iterable[str] = (),
        articles: Iterable[str] = (),
    ) -> ExportData:
        tag_map = {tag.id: tag for tag in store.tags(include_deleted=True)}
        verdict_map = {verdict.id: verdict for verdict in store.verdicts(include_deleted=True)}
        names = {annotator.id: annotator.name for annotator in store.annotators()}
        article_list = _articles(store, list(articles))
        article_ids = {article.id for article in article_list}
        annotator_ids = _ids_by_name(
            store.annotator_by_name,
            list(annotators),
            lambda name: message("no annotator named {name!r} in this project", name=name),
        )
        tag_ids = _ids_by_name(
            store.tag_by_name,
            list(tags),
            lambda name: message("no tag named {name!r} in this project", name=name),
        )

        annotations = [
            annotation
            for annotation in exported_annotations(export_rows.live_annotations(store))
            if annotation.article_id in article_ids
            and (annotator_ids is None or annotation.annotator_id in annotator_ids)
            and (tag_ids is None or annotation.tag_id in tag_ids)
        ]
        exported = {annotation.id: annotation for annotation in annotations}
        by_article: dict[str, list[ExportedAnnotation]] = defaultdict(list)
        for annotation in annotations:
            by_article[annotation.article_id].append(annotation)

        links = [
            link
            for link in map(link_from_row, export_rows.live_links(store))
            if link.source_id in exported and link.target_id in exported
        ]
        links_by_article: dict[str, list[Link]] = defaultdict(list)
        for link in links:
            links_by_article[exported[link.source_id].article_id].append(link)

        order = {article.id: position for position, article in enumerate(article_list)}
        claims = _claims(store, exported, order)
        claims_by_article: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            for article_id in dict.fromkeys(
                exported[member].article_id for member in claim.annotation_ids
            ):
                claims_by_article[article_id].append(claim)

        reviews: dict[str, Review] = {}
        for review in map(review_from_row, export_rows.live_reviews(store)):
            if review.annotation_id in exported:
                reviews[review.annotation_id] = review

        return cls(
            store=store,
            articles=article_list,
            annotations=annotations,
            links=links,
            claims=claims,
            reviews=reviews,
            tags=tag_map,
            verdicts=verdict_map,
            annotator_names=names,
            settings=store.settings(),
            by_article=dict(by_article),
            links_by_source_article=dict(links_by_article),
            claims_by_article=dict(claims_by_article),
            sources=article_sources(store, [article.id for article in article_list]),
            evidence_files=evidence_listing(store),
            claimants_by_appearance=store.claimants_by_appearance(),
            claimants_by_claim=store.claimants_by_claim(),
            tag_names={tag_id: tag.name for tag_id, tag in tag_map.items()},
            verdict_names={key: verdict.name for key, verdict in verdict_map.items()},
        )

    def tag_name(self, annotation: ExportedAnnotation) -> str:
        return self.tags[annotation.tag_id].name

    def verdict_name(self, verdict_id: str | None) -> str | None:
        return self.verdicts[verdict_id].name if verdict_id else None


def export_project(
    store: Store,
    fmt: str,
    out: Path,
    *,
    annotators: Iterable[str] = (),
    tags: Iterable[str] = (),
    articles: Iterable[str] = (),
    settings: Mapping[str, str] | None = None,
    offsets: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportReport:
    """Write the project (filtered by annotator name, tag name, article id or title) to `out`.

    `settings` override the project's settings for this export (ClaimReview reads
    `organization` and `claimreview_url_base`). Raises ValidationError for an unknown
    format or filter value, `Cancelled` if `cancelled()` turns true; in both cases no
    file is left at `out` or beside it. `offsets` ("codepoints" or "utf16") is the unit of
    jsonl's `label`/`spans`, Label Studio's `start`/`end` and doccano's `label`; by
    default the one each tool reads (`export_unit`: UTF-16 for doccano, else code points).
    """
    began = time.perf_counter()
    writer = FORMATS.get(fmt)
    if writer is None:
        raise ValidationError(
            message(
                "unknown export format {fmt!r}; use one of {names}",
                fmt=fmt,
                names=", ".join(FORMATS),
            )
        )
    if (problem := unit_problem(offsets)) is not None:
        raise ValidationError(problem)
    if offsets and fmt not in EXPORT_OFFSET_FORMATS:
        raise ValidationError(
            message(
                "{fmt} counts offsets in code points, as its consumers do; a unit can "
                "be chosen for {names} only",
                fmt=fmt,
                names=", ".join(EXPORT_OFFSET_FORMATS),
            )
        )
    annotators, tags, articles = list(annotators), list(tags), list(articles)
    if writer is sqlite_copy and (annotators or tags or articles):
        raise ValidationError(
            message("a SQLite copy holds the whole project; it cannot be filtered")
        )
    with cyclic_gc_paused():
        data = ExportData.collect(store, annotators=annotators, tags=tags, articles=articles)
        data.settings.update({key: value for key, value in (settings or {}).items() if value})
        data.offsets = offsets or export_unit(fmt)
        ticker = Ticker(len(data.annotations) + len(data.articles), progress, cancelled)
        ticker.check()
        try:
            files = writer.write(data, Path(out), ticker)
        except export_rows.EXPORT_WRITE_ERRORS as error:  # disk full, no permission...
            reason = getattr(error, "strerror", None) or str(error)
            raise ExportFailure(
                message(
                    "{out}: cannot be written ({reason}); nothing was exported",
                    out=out,
                    reason=reason,
                )
            ) from error
    if progress is not None:
        progress(ticker.total, ticker.total)
    return ExportReport(
        format=fmt,
        files=tuple(files),
        articles=len(data.articles),
        annotations=len(data.annotations),
        links=len(data.links),
        claims=len(data.claims),
        seconds=time.perf_counter() - began,
        left_out=tuple(data.left_out),
    )


def _articles(store: Store, wanted: list[str]) -> list[Article]:
    found = [Article(*row[:-1], deleted=bool(row[-1])) for row in export_rows.live_articles(store)]
    if not wanted:
        return found
    keys = set(wanted)
    chosen = [article for article in found if article.id in keys or article.title in keys]
    matched = {article.id for article in chosen} | {article.title for article in chosen}
    missing = [key for key in wanted if key not in matched]
    if missing:
        raise ValidationError(
            message("no article with id or title {names}", names=", ".join(map(repr, missing)))
        )
    return chosen


def _ids_by_name(
    lookup: Callable[[str], Any], names: list[str], unknown: Callable[[str], str]
) -> set[str] | None:
    """Ids of the named records (a filter), None for no filter; an unknown name is an error
    (`unknown` says it)."""
    if not names:
        return None
    ids = set()
    for name in names:
        record = lookup(name)
        if record is None:
            raise ValidationError(unknown(name))
        ids.add(record.id)
    return ids


def _claims(
    store: Store, exported: dict[str, ExportedAnnotation], order: dict[str, int]
) -> list[Claim]:
    """Live claims with their exported appearances, in article order then by position."""
    members: dict[str, list[str]] = defaultdict(list)
    for claim_id, annotation_id in export_rows.live_claim_members(store):
        if annotation_id in exported:
            members[claim_id].append(annotation_id)
    claims = []
    for row in export_rows.live_claims(store):
        ids = members.get(row[0])
        if ids:
            ids.sort(
                key=lambda member: (order[exported[member].article_id], exported[member].start)
            )
            claims.append(
                Claim(
                    *row[:4],
                    load_list(row[4]),
                    *row[5:8],
                    deleted=False,
                    annotation_ids=tuple(ids),
                )
            )
    return claims
