"""Import annotations (with their articles, links and claims) from JSONL (doccano's too),
W3C or Label Studio.

All of one file goes in as one transaction: a bad record raises ValidationError naming
the file and record and leaves the project as it was. Records keep their ids, so a file
imported twice adds nothing the second time. Offsets are read in the unit their tool
counts (`offset_units`); a span with a quote is placed by its quote when its offsets do
not cut it out (re-anchored, see `reanchor`), and only then checked against the text;
spans that cannot be placed are listed as orphans with file and record, never dropped
or put elsewhere silently.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import ParamSpec, TypeVar

from claimdesk.db.analysis.offset_units import (
    CODEPOINTS,
    OFFSET_FORMATS,
    UTF16,
    OffsetUnits,
    unit_problem,
)
from claimdesk.db.analysis.reanchor import reanchor
from claimdesk.db.interchange.formats.common import (
    CancelCheck,
    ImportBundle,
    ImportedAnnotation,
    ImportedArticle,
    ImportedClaim,
    Progress,
    Ticker,
)
from claimdesk.db.records.articles import require_live_article, text_sha256
from claimdesk.db.records.model import CONTEXT_CHARS, DECISIONS, RELATIONS
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import ID_CHARS
from claimdesk.db.rules.link_limits import LinkCounts
from claimdesk.db.rules.values import confidence_problem, name_key
from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.db.storage.bulk_insert import (
    ANNOTATION_ROW,
    LINK_ROW,
    REVIEW_ROW,
    insert_rows,
    larger_page_cache,
)
from claimdesk.db.storage.clock import canonical_time, new_id, now
from claimdesk.db.storage.errors import ClaimdeskError, NotFoundError, ValidationError
from claimdesk.db.storage.store import Store
from claimdesk.db.storage.store_base import Row, dump_list

from .bounded_read import read_start, shown_path
from .formats import jsonl, labelstudio_reading, w3c_reading

READERS: dict[str, ModuleType] = {
    "jsonl": jsonl,
    "w3c": w3c_reading,
    "labelstudio": labelstudio_reading,
}
UNKNOWN_ANNOTATOR = "Unknown annotator"
NEW_TAG_COLORS = ("#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#6d597a", "#b56576", "#355070")
NEW_VERDICT_COLOR = "#9e9e9e"

_P = ParamSpec("_P")
_T = TypeVar("_T")


class SchemeLacksError(ValidationError):
    """A strict import met tags or verdicts the project's scheme does not have.

    The desktop app catches it to ask whether to add them (`tags`, `verdicts`) and import.
    """

    def __init__(self, message: str, *, tags: Iterable[str] = (), verdicts: Iterable[str] = ()):
        super().__init__(message)
        self.tags = list(tags)
        self.verdicts = list(verdicts)


@dataclass(frozen=True, slots=True)
class Reanchored:
    annotation_id: str
    old: tuple[int, int]
    new: tuple[int, int]
    exact: bool


@dataclass(frozen=True, slots=True)
class Orphan:
    """A record that could not be placed; `where` names it in the file."""

    where: str
    record_id: str | None
    reason: str


@dataclass(slots=True)
class AnnotationImportReport:
    path: Path
    format: str
    articles_added: int = 0
    added: int = 0
    unchanged: int = 0
    links_added: int = 0
    claims_added: int = 0
    reviews_added: int = 0
    reanchored: list[Reanchored] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    new_tags: list[str] = field(default_factory=list)
    new_verdicts: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    """What the reader changed or left out of the file, one sentence each."""

    def summary(self) -> str:
        lines = [
            f"{shown_path(self.path.name)} ({self.format}): {self.added} annotations added,"
            f" {self.unchanged} already present, {len(self.reanchored)} re-anchored,"
            f" {len(self.orphans)} orphaned; {self.articles_added} articles,"
            f" {self.links_added} links, {self.claims_added} claims added"
        ]
        if self.new_tags:
            lines.append(f"new tags: {', '.join(self.new_tags)}")
        if self.new_verdicts:
            lines.append(f"new verdicts: {', '.join(self.new_verdicts)}")
        lines.extend(self.remarks)
        lines.extend(f"orphan: {o.where}: {o.reason}" for o in self.orphans)
        return "\n".join(lines)


def guess_format(path: Path) -> str:
    """jsonl by suffix; a .json/.jsonld file by its content (W3C or Label Studio)."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return "jsonl"
    start = read_start(path, 4096, "one dataset file")
    head = start.decode("utf-8-sig", "replace").lstrip()
    if '"@context"' in head or '"AnnotationCollection"' in head or '"Annotation"' in head:
        return "w3c"
    if head.startswith("["):  # tasks, or JSON_MIN's flat records
        return "labelstudio"
    if head.startswith("{") and "\n{" in head:
        return "jsonl"
    raise ValidationError(
        f"{shown_path(path.name)}: cannot tell its format; give one of {', '.join(READERS)}"
    )


def import_annotations(
    store: Store,
    path: Path,
    fmt: str | None = None,
    *,
    strict: bool = False,
    add_missing_tags: bool = True,
    offsets: str | None = None,
    text_field: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> AnnotationImportReport:
    """Bring a file's annotations into the project in one transaction (see module doc).

    `strict` refuses tags and verdicts the scheme lacks instead of adding them (so does
    `add_missing_tags=False`). `offsets` ("codepoints" or "utf16") overrides the unit
    each format's tool counts in; `text_field` names a Label Studio task's text field.
    """
    path = Path(path)
    fmt = fmt or guess_format(path)
    reader = READERS.get(fmt)
    if reader is None:
        raise ValidationError(f"cannot import {fmt!r}; use one of {', '.join(READERS)}")
    if (problem := unit_problem(offsets)) is not None:
        raise ValidationError(problem)
    if offsets and fmt not in OFFSET_FORMATS:
        raise ValidationError(
            f"{fmt} counts offsets in code points; a unit can be chosen for"
            f" {' and '.join(OFFSET_FORMATS)} only"
        )
    if text_field and reader is not labelstudio_reading:
        raise ValidationError("a text field can be named for Label Studio files only")
    try:
        bundle = labelstudio_reading.read(path, text_field) if text_field else reader.read(path)
    except (KeyError, TypeError, AttributeError, IndexError) as error:
        raise ValidationError(f"{shown_path(path.name)}: not a {fmt} file ({error!r})") from None
    _refuse_too_many_records(bundle, path)
    report = AnnotationImportReport(path=path, format=fmt, remarks=list(bundle.remarks))
    importer = _Importer(store, report, strict or not add_missing_tags, offsets)
    ticker = Ticker(len(bundle.annotations), progress, cancelled)
    try:
        with cyclic_gc_paused(), larger_page_cache(store), store.transaction():
            importer.run(bundle, ticker)
    except sqlite3.IntegrityError as error:  # a check above missed something: still all or none
        importer.forget_cached_texts()
        raise ValidationError(
            f"{shown_path(path.name)}: a record breaks the project's rules ({error})"
        ) from None
    except BaseException:
        importer.forget_cached_texts()
        raise
    if progress is not None:
        progress(ticker.total, ticker.total)
    return report


def _refuse_too_many_records(bundle: ImportBundle, path: Path) -> None:
    records = len(bundle.articles) + len(bundle.annotations) + len(bundle.links)
    file_values.record_count(records + len(bundle.claims), shown_path(path.name))


class _Importer:
    """One import's state: the file's ids mapped to the project's, and the rows to add.

    Annotations, reviews and links are checked one by one in Python and collected as
    rows, then inserted with one `executemany` per table: the per-record store calls
    read every row back, which made a 100,000-annotation file take a quarter of a minute.
    """

    def __init__(
        self, store: Store, report: AnnotationImportReport, strict: bool, offsets: str | None
    ):
        self.store = store
        self.report = report
        self.strict = strict
        self.offsets = offsets
        """The unit every offset of the file counts in, or None: each record's own."""
        self.units: dict[str, OffsetUnits] = {}
        """The file's article id → its offsets converter (of the text the offsets count in)."""
        self.article_ids: dict[str, str] = {}
        self.file_texts: dict[str, str] = {}
        self.added_articles: list[str] = []
        self.annotators: dict[str, str] = {}
        self.tags: dict[str, str] = {}
        self.verdicts: dict[str, str | None] = {}
        self.lacking: dict[tuple[str, str], str] = {}
        """(kind, name) the scheme lacks → where it is first used (strict imports only)."""
        self.placed: set[str] = set()
        self.refused: dict[str, str] = {}
        """Project article id → why it cannot be annotated ("" when it can)."""

    def run(self, bundle: ImportBundle, ticker: Ticker) -> None:
        for article in bundle.articles:
            self._article(article)
        existing = {row[0] for row in self.store.conn.execute("SELECT id FROM annotations")}
        rows: list[Row] = []
        reviews: list[Row] = []
        for record in bundle.annotations:
            ticker.tick()
            if record.id and str(record.id) in existing:
                self.report.unchanged += 1
                self.placed.add(str(record.id))
                continue
            row = self._annotation_row(record)
            if row is None:
                continue
            rows.append(row)
            existing.add(row[0])
            self.placed.add(row[0])
            review = record.review
            if review is not None and review.decision in DECISIONS and review.reviewer:
                stamp = _stamp(review.modified, record.where) if review.modified else now()
                reviewer = self._annotator(review.reviewer)
                reviews.append(
                    (new_id(), row[0], reviewer, review.decision, review.comment, stamp, stamp, 0)
                )
        links = self._link_rows(bundle)
        claims = [(claim, self._verdict(claim.rating, claim.where)) for claim in bundle.claims]
        self._refuse_what_the_scheme_lacks()
        insert_rows(self.store, "annotations", ANNOTATION_ROW, rows)
        insert_rows(self.store, "reviews", REVIEW_ROW, reviews)
        insert_rows(self.store, "links", LINK_ROW, links)
        self.report.added = len(rows)
        self.report.reviews_added = len(reviews)
        self.report.links_added = len(links)
        self._claims(claims)

    def forget_cached_texts(self) -> None:
        """The store caches texts by id; rolled-back articles must not linger there."""
        for article_id in self.added_articles:
            self.store._texts.pop(article_id, None)

    # Articles

    def _article(self, record: ImportedArticle) -> None:
        if record.text is not None:
            self.file_texts[record.id] = record.text
        row = self.store.conn.execute(
            "SELECT id FROM articles WHERE id = ?", (record.id,)
        ).fetchone()
        if row is not None:
            self.article_ids[record.id] = record.id
            return
        if record.text is None:
            return
        same = self.store.find_article_by_hash(text_sha256(record.text))
        if same is not None:
            self.article_ids[record.id] = same.id
            return
        added = self._call(
            record.where,
            self.store.add_article,
            record.text,
            title=record.title,
            outlet=record.outlet,
            author=record.author,
            date=record.date,
            url=record.url,
            source="annotation import",
            article_id=record.id or None,
        )
        self.added_articles.append(added.id)
        self.article_ids[record.id] = added.id
        self.report.articles_added += 1

    def _project_article(self, record: ImportedAnnotation) -> str:
        article_id = self.article_ids.get(record.article_id)
        if article_id is None:
            row = self.store.conn.execute(
                "SELECT id FROM articles WHERE id = ?", (record.article_id,)
            ).fetchone()
            if row is None and "://" in record.article_id:  # a W3C source: the article's URL
                found = self.store.conn.execute(
                    "SELECT id FROM articles WHERE url = ? AND deleted = 0 LIMIT 2",
                    (record.article_id,),
                ).fetchall()
                row = found[0] if len(found) == 1 else None
            if row is None:
                raise ValidationError(
                    f"{record.where}: article {record.article_id} is not in the project"
                    " and the file does not hold its text"
                )
            article_id = self.article_ids[record.article_id] = row[0]
        return article_id

    # Annotations

    def _annotation_row(self, record: ImportedAnnotation) -> Row | None:
        """The annotations row for a record (None for an orphan, which the report lists)."""
        where = record.where
        article_id = self._project_article(record)
        if self._refusal(article_id):
            self.report.orphans.append(Orphan(where, record.id, self.refused[article_id]))
            return None
        text = self.store.article_text(article_id)
        file_text = self.file_texts.get(record.article_id)
        quote_alone = record.text is not None and record.start == record.end == -1  # W3C
        if not quote_alone and (record.start < 0 or record.end <= record.start):
            length = len(file_text if file_text is not None else text)
            raise ValidationError(
                f"{where}: span {record.start}–{record.end} is outside the article text"
                f" (0–{length}) or empty"
            )
        source = file_text if file_text is not None else text  # what the offsets count in
        span = None if quote_alone else self._codepoints(record, source)
        in_source = span is not None and span[1] <= len(source)
        start, end = span or (record.start, record.end)
        quote, prefix, suffix = record.text, record.prefix, record.suffix
        if file_text is not None and in_source and quote in (None, file_text[start:end]):
            quote = file_text[start:end]
            prefix = prefix or file_text[max(0, start - CONTEXT_CHARS) : start]
            suffix = suffix or file_text[end : end + CONTEXT_CHARS]
        if quote is None:
            if not in_source:
                reason = _unplaced(record, source, self.offsets, split=span is None)
                self.report.orphans.append(Orphan(where, record.id, reason))
                return None
        elif not (in_source and end <= len(text) and text[start:end] == quote):
            anchor = reanchor(text, quote, prefix, suffix, hint=None if quote_alone else start)
            if anchor is None:
                self.report.orphans.append(
                    Orphan(where, record.id, f"cannot find “{_short(quote)}” in the text")
                )
                return None
            self.report.reanchored.append(
                Reanchored(
                    record.id or "",
                    (record.start, record.end),
                    (anchor.start, anchor.end),
                    anchor.exact,
                )
            )
            start, end = anchor.start, anchor.end
        confidence = record.confidence
        if (problem := confidence_problem(confidence)) is not None:
            raise ValidationError(f"{where}: {problem}")
        if record.created or record.modified:  # the file's review times, kept for merges
            created = _stamp(record.created or record.modified, where)
            modified = _stamp(record.modified, where) if record.modified else created
        else:
            created = modified = now()
        return (
            _record_id(record.id, where) or new_id(),
            article_id,
            self._annotator(record.annotator),
            start,
            end,
            text[start:end],
            text[max(0, start - CONTEXT_CHARS) : start],
            text[end : end + CONTEXT_CHARS],
            self._tag(record.tag, where),
            self._verdict(record.verdict, where),
            confidence,
            record.note,
            dump_list(record.evidence) if record.evidence else "[]",
            created,
            modified,
            0,
        )

    def _codepoints(self, record: ImportedAnnotation, source: str) -> tuple[int, int] | None:
        """The record's offsets as code points of `source` (None: inside a character).

        A record with a quote whose offsets miss it in the file's unit but cut it out
        exactly in the other one is taken at those offsets: they and the quote agree.
        """
        units = self.units.get(record.article_id)
        if units is None:
            units = self.units[record.article_id] = OffsetUnits(source)
        unit = self.offsets or record.unit
        span = _span(units, record, unit)
        quote = record.text
        if quote is not None and (span is None or source[span[0] : span[1]] != quote):
            other = _span(units, record, CODEPOINTS if unit == UTF16 else UTF16)
            if other is not None and source[other[0] : other[1]] == quote:
                return other
        return span

    def _refusal(self, article_id: str) -> str:
        """Why the project's article cannot take annotations (deleted), else ""."""
        if article_id not in self.refused:
            try:
                require_live_article(self.store, article_id)
                self.refused[article_id] = ""
            except NotFoundError as error:
                self.refused[article_id] = str(error)
        return self.refused[article_id]

    def _annotator(self, name: str) -> str:
        name = " ".join(name.split()) or UNKNOWN_ANNOTATOR
        if name not in self.annotators:
            self.annotators[name] = self.store.ensure_annotator(name).id
        return self.annotators[name]

    def _tag(self, name: str, where: str) -> str:
        key = name_key(name)
        if key in self.tags:
            return self.tags[key]
        tag = self.store.tag_by_name(name)
        if tag is None:
            if self.strict:
                self.lacking.setdefault(("tag", name), where)
                return ""
            color = NEW_TAG_COLORS[len(self.report.new_tags) % len(NEW_TAG_COLORS)]
            tag = self._call(where, self.store.add_tag, name, color)
            self.report.new_tags.append(tag.name)
        self.tags[key] = tag.id
        return tag.id

    def _verdict(self, name: str | None, where: str) -> str | None:
        if not name:
            return None
        key = name_key(str(name))
        if key in self.verdicts:
            return self.verdicts[key]
        verdict = self.store.verdict_by_name(str(name))
        if verdict is None:
            if self.strict:
                self.lacking.setdefault(("verdict", str(name)), where)
                return None
            verdict = self._call(where, self.store.add_verdict, str(name), NEW_VERDICT_COLOR)
            self.report.new_verdicts.append(verdict.name)
        self.verdicts[key] = verdict.id
        return verdict.id

    def _refuse_what_the_scheme_lacks(self) -> None:
        """In a strict import, name every tag and verdict the scheme lacks, all at once."""
        if not self.lacking:
            return
        nouns = {"tag": "the project's scheme", "verdict": "the project's scale"}
        raise SchemeLacksError(
            "\n".join(
                f"{where}: the {kind} “{name}” is not in {nouns[kind]}"
                for (kind, name), where in self.lacking.items()
            ),
            tags=[name for kind, name in self.lacking if kind == "tag"],
            verdicts=[name for kind, name in self.lacking if kind == "verdict"],
        )

    # Links and claims

    def _link_rows(self, bundle: ImportBundle) -> list[Row]:
        existing = {row[0] for row in self.store.conn.execute("SELECT id FROM links")}
        pairs = {
            tuple(row)
            for row in self.store.conn.execute(
                "SELECT source_id, target_id, relation FROM links WHERE deleted = 0"
            )
        }
        rows = []
        per_annotation = LinkCounts(self.store.conn)
        for link in bundle.links:
            if link.relation not in RELATIONS:
                raise ValidationError(
                    f"{link.where}: unknown relation “{link.relation}”;"
                    f" use one of {', '.join(RELATIONS)}"
                )
            link_id = _record_id(link.id, link.where)
            pair = (link.source, link.target, link.relation)
            if (link_id and link_id in existing) or pair in pairs:
                continue
            if link.source == link.target:
                raise ValidationError(f"{link.where}: an annotation cannot be linked to itself")
            missing = [end for end in (link.source, link.target) if not self._live(end)]
            if missing:
                self.report.orphans.append(
                    Orphan(link.where, link.id, f"linked annotation {missing[0]} is not placed")
                )
                continue
            per_annotation.add(link.source, link.target, link.where)
            stamp = now()
            link_id = link_id or new_id()
            annotator = self._annotator(link.annotator)
            rows.append((link_id, *pair, annotator, link.note, stamp, stamp, 0))
            existing.add(link_id)
            pairs.add(pair)
        return rows

    def _claims(self, claims: list[tuple[ImportedClaim, str | None]]) -> None:
        existing = {row[0] for row in self.store.conn.execute("SELECT id FROM claims")}
        for claim, verdict_id in claims:
            if claim.id in existing:
                continue
            members = [member for member in claim.annotation_ids if self._live(member)]
            lost = len(claim.annotation_ids) - len(members)
            if lost:
                self.report.orphans.append(
                    Orphan(claim.where, claim.id, f"{lost} of the claim's appearances not placed")
                )
            self._call(
                claim.where,
                self.store.add_claim,
                self._annotator(claim.annotator),
                members,
                wording=claim.wording,
                verdict_id=verdict_id,
                explanation=claim.explanation,
                evidence=claim.evidence,
                claim_id=claim.id,
            )
            existing.add(claim.id)
            self.report.claims_added += 1

    def _live(self, annotation_id: str) -> bool:
        if annotation_id in self.placed:
            return True
        row = self.store.conn.execute(
            "SELECT 1 FROM annotations WHERE id = ? AND deleted = 0", (annotation_id,)
        ).fetchone()
        return row is not None

    def _call(
        self, where: str, method: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs
    ) -> _T:
        """Run a store call, naming the record in any error it raises."""
        try:
            return method(*args, **kwargs)
        except ClaimdeskError as error:
            raise ValidationError(f"{where}: {error}") from None


def _record_id(value: object, where: str) -> str | None:
    """A record's id from the file, held to the limit the project's records keep (a
    reader may allow a prefix it strips), or None when the file gives none."""
    return file_values.checked(str(value), where, "id", ID_CHARS) if value else None


def _stamp(value: object, where: str) -> str:
    """A file's created/modified time as the project writes times (UTC, microseconds)."""
    try:
        return canonical_time(value)
    except ValueError as error:
        raise ValidationError(f"{where}: {error}") from None


def _span(units: OffsetUnits, record: ImportedAnnotation, unit: str) -> tuple[int, int] | None:
    start, end = units.to_codepoints(record.start, unit), units.to_codepoints(record.end, unit)
    return None if start is None or end is None else (start, end)


def _unplaced(record: ImportedAnnotation, source: str, offsets: str | None, *, split: bool) -> str:
    """Why a span with no quote cannot be placed, naming the unit its offsets count."""
    unit = "UTF-16 units" if (offsets or record.unit) == UTF16 else "code points"
    where = (
        "cuts a character in two"
        if split
        else f"is not within the article text ({len(source)} characters)"
    )
    return f"span {record.start}–{record.end} ({unit}) {where} and no quote is given to find it by"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
