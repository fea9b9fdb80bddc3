"""Placing and storing one file's records: articles matched by id or text, each span put
where its offsets (in its tool's unit) or else its quote say, re-anchored or listed as an
orphan, then links and claims between what was placed. The import's entry point
(`annotation_import`) reads the file and runs this in one transaction.
"""

from __future__ import annotations

from claimdesk.db.analysis.offset_units import CODEPOINTS, UTF16, OffsetUnits
from claimdesk.db.analysis.reanchor import reanchor
from claimdesk.db.claims import claim_links
from claimdesk.db.interchange.formats.common import (
    ImportBundle,
    ImportedAnnotation,
    ImportedArticle,
    ImportedClaim,
    Ticker,
)
from claimdesk.db.interchange.sources.fragments import FragmentCheck
from claimdesk.db.interchange.sources.source_iri import source_article
from claimdesk.db.messages import message, said
from claimdesk.db.records.annotations import quote_with_context
from claimdesk.db.records.article_sources import save_article_source
from claimdesk.db.records.articles import require_live_article, text_sha256
from claimdesk.db.records.model import CONTEXT_CHARS, DECISIONS
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import ID_CHARS
from claimdesk.db.rules.link_limits import LinkCounts
from claimdesk.db.rules.link_values import link_problem, relation_problem
from claimdesk.db.rules.spans import anchor_problem
from claimdesk.db.rules.values import confidence_problem
from claimdesk.db.storage import import_rows
from claimdesk.db.storage.bulk_insert import ANNOTATION_ROW, LINK_ROW, REVIEW_ROW, insert_rows
from claimdesk.db.storage.clock import canonical_time, new_id, now
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store import Store
from claimdesk.db.storage.store_base import Row, dump_list

from .import_report import AnnotationImportReport, Orphan, Reanchored
from .import_scheme import UNTAGGED, ImportScheme, store_call


class Importer:
    """One import's state: the file's ids mapped to the project's, and the rows to add.

    Annotations, reviews and links are checked one by one in Python and collected as
    rows, then inserted with one `executemany` per table: the per-record store calls
    read every row back, which made a 100,000-annotation file take a quarter of a minute.
    """

    def __init__(
        self,
        store: Store,
        report: AnnotationImportReport,
        strict: bool,
        offsets: str | None,
        untagged_tag: str = UNTAGGED,
    ):
        self.store = store
        self.report = report
        self.untagged_tag = untagged_tag
        """The tag of the file's annotations that name none."""
        self.offsets = offsets
        """The unit every offset of the file counts in, or None: each record's own."""
        self.units: dict[str, OffsetUnits] = {}
        """The file's article id → its offsets converter (of the text the offsets count in)."""
        self.article_ids: dict[str, str] = {}
        self.file_texts: dict[str, str] = {}
        self.added_articles: list[str] = []
        self.scheme = ImportScheme(store, report, strict)
        self.placed: set[str] = set()
        self.refused: dict[str, str] = {}
        """Project article id → why it cannot be annotated ("" when it can)."""
        self.fragments = FragmentCheck(store)

    def run(self, bundle: ImportBundle, ticker: Ticker) -> None:
        for article in bundle.articles:
            self._article(article)
        existing = import_rows.annotation_ids(self.store)
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
                reviewer = self.scheme.annotator(review.reviewer)
                reviews.append(
                    (new_id(), row[0], reviewer, review.decision, review.comment, stamp, stamp, 0)
                )
        links = self._link_rows(bundle)
        claims = [
            (claim, self.scheme.verdict(claim.rating, claim.where)) for claim in bundle.claims
        ]
        self.scheme.refuse_what_it_lacks()
        insert_rows(self.store, "annotations", ANNOTATION_ROW, rows)
        insert_rows(self.store, "reviews", REVIEW_ROW, reviews)
        insert_rows(self.store, "links", LINK_ROW, links)
        self.report.added = len(rows)
        self.report.reviews_added = len(reviews)
        self.report.links_added = len(links)
        self._claims(claims)
        self._claims_follow_links(links)
        self.report.remarks.extend(self.fragments.remarks())

    def forget_cached_texts(self) -> None:
        """The store caches texts by id; rolled-back articles must not linger there."""
        for article_id in self.added_articles:
            self.store._texts.pop(article_id, None)

    # Articles

    def _article(self, record: ImportedArticle) -> None:
        if record.text is not None:
            self.file_texts[record.id] = record.text
        if import_rows.has_article(self.store, record.id):
            self.article_ids[record.id] = record.id
            return
        if record.text is None:
            return
        same = self.store.find_article_by_hash(text_sha256(record.text))
        if same is not None:
            self.article_ids[record.id] = same.id
            return
        added = store_call(
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
            language=record.language,
        )
        if record.source is not None:  # its provenance and pages, as the file carries them
            save_article_source(self.store, added.id, record.source)
        self.added_articles.append(added.id)
        self.article_ids[record.id] = added.id
        self.report.articles_added += 1

    def _project_article(self, record: ImportedAnnotation) -> str:
        article_id = self.article_ids.get(record.article_id)
        if article_id is None:
            found: str | None = record.article_id
            if not import_rows.has_article(self.store, record.article_id):
                found = None
                if "://" in record.article_id:  # a W3C source: a URL or a file's hash
                    found = source_article(
                        self.store, record.article_id, record.text, record.start, record.end
                    )
            if found is None:
                raise ValidationError(
                    message(
                        "{where}: article {article_id} is not in the project and the file does "
                        "not hold its text",
                        where=record.where,
                        article_id=record.article_id,
                    )
                )
            article_id = self.article_ids[record.article_id] = found
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
                message(
                    "{where}: span {start}–{end} is outside the article text (0–{length}) or empty",
                    where=where,
                    start=record.start,
                    end=record.end,
                    length=length,
                )
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
        elif not in_source or anchor_problem(text, start, end, quote) is not None:
            anchor = reanchor(text, quote, prefix, suffix, hint=None if quote_alone else start)
            if anchor is None:
                self.report.orphans.append(
                    Orphan(
                        where,
                        record.id,
                        message("cannot find “{quote}” in the text", quote=_short(quote)),
                    )
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
        if record.fragment is not None:
            self.fragments.check(record.fragment, article_id, start, where)
        confidence = record.confidence
        if (problem := confidence_problem(confidence)) is not None:
            raise ValidationError(message("{where}: {problem}", where=where, problem=problem))
        if record.created or record.modified:  # the file's review times, kept for merges
            created = _stamp(record.created or record.modified, where)
            modified = _stamp(record.modified, where) if record.modified else created
        else:
            created = modified = now()
        return (
            _record_id(record.id, where) or new_id(),
            article_id,
            self.scheme.annotator(record.annotator),
            start,
            end,
            *_quote_prefix_suffix(text, start, end),
            self._tag(record),
            self.scheme.verdict(record.verdict, where),
            confidence,
            record.note,
            dump_list(record.evidence) if record.evidence else "[]",
            created,
            modified,
            0,
        )

    def _tag(self, record: ImportedAnnotation) -> str:
        """The project tag of a placed record: its own, or the import's untagged tag."""
        if record.tag.strip():
            return self.scheme.tag(record.tag, record.where)
        self.report.untagged += 1
        self.report.untagged_tag = self.untagged_tag
        return self.scheme.tag(self.untagged_tag, record.where)

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
                self.refused[article_id] = said(error)
        return self.refused[article_id]

    # Links and claims

    def _link_rows(self, bundle: ImportBundle) -> list[Row]:
        existing = import_rows.link_ids(self.store)
        pairs = import_rows.live_link_pairs(self.store)
        rows = []
        per_annotation = LinkCounts(self.store)
        for link in bundle.links:
            problem = relation_problem(link.relation)
            if problem is not None:
                raise ValidationError(
                    message("{where}: {problem}", where=link.where, problem=problem)
                )
            link_id = _record_id(link.id, link.where)
            pair = (link.source, link.target, link.relation)
            if (link_id and link_id in existing) or pair in pairs:
                continue
            problem = link_problem(link.source, link.target, link.relation)
            if problem is not None:
                raise ValidationError(
                    message("{where}: {problem}", where=link.where, problem=problem)
                )
            missing = [end for end in (link.source, link.target) if not self._live(end)]
            if missing:
                self.report.orphans.append(
                    Orphan(
                        link.where,
                        link.id,
                        message(
                            "linked annotation {annotation_id} is not placed",
                            annotation_id=missing[0],
                        ),
                    )
                )
                continue
            per_annotation.add(link.source, link.target, link.where)
            stamp = now()
            link_id = link_id or new_id()
            annotator = self.scheme.annotator(link.annotator)
            rows.append((link_id, *pair, annotator, link.note, stamp, stamp, 0))
            existing.add(link_id)
            pairs.add(pair)
        return rows

    def _claims(self, claims: list[tuple[ImportedClaim, str | None]]) -> None:
        existing = import_rows.claim_ids(self.store)
        for claim, verdict_id in claims:
            if claim.id in existing:
                continue
            members = [member for member in claim.annotation_ids if self._live(member)]
            lost = len(claim.annotation_ids) - len(members)
            if lost:
                self.report.orphans.append(
                    Orphan(
                        claim.where,
                        claim.id,
                        message("{lost} of the claim's appearances not placed", lost=lost),
                    )
                )
            store_call(
                claim.where,
                self.store.add_claim,
                self.scheme.annotator(claim.annotator),
                members,
                wording=claim.wording,
                verdict_id=verdict_id,
                explanation=claim.explanation,
                evidence=claim.evidence,
                claim_id=claim.id,
            )
            self._claimants(claim, members)
            existing.add(claim.id)
            self.report.claims_added += 1

    def _claimants(self, claim: ImportedClaim, members: list[str]) -> None:
        """Whom the file says made the claim, on the claim and on each placed appearance,
        from the project's list of claimants (added to it when not there by name)."""
        if claim.claimant is not None:
            said = store_call(claim.where, self.store.ensure_claimant, *claim.claimant)
            self.store.set_claim_claimant(claim.id, said.id)
        for member in members:
            if (named := claim.appearance_claimants.get(member)) is not None:
                said = store_call(claim.where, self.store.ensure_claimant, *named)
                self.store.set_appearance_claimant(claim.id, member, said.id)

    def _claims_follow_links(self, links: list[Row]) -> None:
        """A `same claim` link puts its ends in one claim, as it does in the app
        (`claim_links`): a file that links without naming claims gets them, and one whose
        claims already hold both ends is left as it is."""
        claim_links.join_claims(
            self.store, [row[:3] + row[4:5] for row in links if row[3] == "same_claim"]
        )

    def _live(self, annotation_id: str) -> bool:
        if annotation_id in self.placed:
            return True
        return import_rows.is_live_annotation(self.store, annotation_id)


def _record_id(value: object, where: str) -> str | None:
    """A record's id from the file, held to the limit the project's records keep (a
    reader may allow a prefix it strips), or None when the file gives none."""
    return file_values.checked(str(value), where, "id", ID_CHARS) if value else None


def _stamp(value: object, where: str) -> str:
    """A file's created/modified time as the project writes times (UTC, microseconds)."""
    try:
        return canonical_time(value)
    except ValueError as error:
        raise ValidationError(message("{where}: {error}", where=where, error=error)) from None


def _span(units: OffsetUnits, record: ImportedAnnotation, unit: str) -> tuple[int, int] | None:
    start, end = units.to_codepoints(record.start, unit), units.to_codepoints(record.end, unit)
    return None if start is None or end is None else (start, end)


def _unplaced(record: ImportedAnnotation, source: str, offsets: str | None, *, split: bool) -> str:
    """Why a span with no quote cannot be placed, naming the unit its offsets count."""
    unit = message("UTF-16 units") if (offsets or record.unit) == UTF16 else message("code points")
    where = (
        message("cuts a character in two")
        if split
        else message("is not within the article text ({length} characters)", length=len(source))
    )
    return message(
        "span {start}–{end} ({unit}) {where} and no quote is given to find it by",
        start=record.start,
        end=record.end,
        unit=unit,
        where=where,
    )


def _quote_prefix_suffix(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The columns' order (quote, prefix, suffix) of what the store keeps of a span."""
    prefix, quote, suffix = quote_with_context(text, start, end)
    return quote, prefix, suffix


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
