"""CSV: one row per annotation, for spreadsheets.

Encoded as UTF-8 with a byte-order mark (`utf-8-sig`) because Excel and LibreOffice
otherwise guess a legacy code page; newlines inside cells are quoted by the csv module.
A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
`'` (OWASP's advice against CSV injection): otherwise a spreadsheet runs it as a formula,
and `=HYPERLINK(…)` in a note becomes a live link.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from ..sources.anchors import anchor_fields
from .common import Ticker, atomic_file

if TYPE_CHECKING:
    from claimdesk.db.interchange.export import ExportData

SUFFIX = ".csv"
COLUMNS = (
    "article_id",
    "article_title",
    "outlet",
    "article_date",
    "annotation_id",
    "start",
    "end",
    "text",
    "tag",
    "annotator",
    "verdict",
    "confidence",
    "note",
    "evidence",
    "review",
    "reviewer",
    "review_comment",
    "linked_annotations",
    "links",
    "claims",
    "claim_wording",
    "claimant",
    "claim_claimant",
    "created",
    "modified",
    "page",
    "time_start",
    "time_end",
    "speaker",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value as a spreadsheet shows it without running it: text that would start a
    formula is prefixed with `'`; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    linked: dict[str, list[str]] = defaultdict(list)
    outgoing: dict[str, list[str]] = defaultdict(list)
    for link in data.links:
        linked[link.source_id].append(link.target_id)
        linked[link.target_id].append(link.source_id)
        outgoing[link.source_id].append(f"{link.relation}:{link.target_id}")
    claims: dict[str, list[str]] = defaultdict(list)
    wordings: dict[str, list[str]] = defaultdict(list)
    said: dict[str, list[str]] = defaultdict(list)  # each appearance's claimant, per claim
    chosen: dict[str, list[str]] = defaultdict(list)  # the claimant its claim itself names
    for claim in data.claims:
        named = data.claimants_by_claim.get(claim.id)
        for member in claim.annotation_ids:
            claims[member].append(claim.id)
            if claim.wording:
                wordings[member].append(claim.wording)
            if claimant := data.claimants_by_appearance.get((claim.id, member)):
                said[member].append(claimant.name)
            if named:
                chosen[member].append(named.name)
    names = data.annotator_names
    with atomic_file(out, newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for article in data.articles:
            source = data.sources.get(article.id)
            for a in data.by_article.get(article.id, ()):
                review = data.reviews.get(a.id)
                anchor = anchor_fields(source, a.start)
                row = (
                    article.id,
                    article.title,
                    article.outlet,
                    article.date,
                    a.id,
                    a.start,
                    a.end,
                    article.text[a.start : a.end],
                    data.tag_name(a),
                    names.get(a.annotator_id, ""),
                    data.verdict_name(a.verdict_id) or "",
                    "" if a.confidence is None else a.confidence,
                    a.note,
                    " ".join(a.evidence),
                    review.decision if review else "",
                    names.get(review.reviewer_id, "") if review else "",
                    review.comment if review else "",
                    ";".join(linked.get(a.id, ())),
                    ";".join(outgoing.get(a.id, ())),
                    ";".join(claims.get(a.id, ())),
                    "\n".join(wordings.get(a.id, ())),
                    "\n".join(said.get(a.id, ())),
                    "\n".join(chosen.get(a.id, ())),
                    a.created,
                    a.modified,
                    *("" if value is None else value for value in anchor.values()),
                )
                writer.writerow([cell(value) for value in row])
                ticker.tick()
            ticker.tick()
    return [out]
