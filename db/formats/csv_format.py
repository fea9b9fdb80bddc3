"""CSV: one row per annotation, for spreadsheets.

Encoded as UTF-8 with a byte-order mark (`utf-8-sig`) because Excel and LibreOffice
otherwise guess a legacy code page; newlines inside cells are quoted by the csv module.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from .common import Ticker, atomic_file

if TYPE_CHECKING:
    from ..export import ExportData

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
    "linked_annotations",
    "claims",
    "created",
    "modified",
)


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    linked: dict[str, list[str]] = defaultdict(list)
    for link in data.links:
        linked[link.source_id].append(link.target_id)
        linked[link.target_id].append(link.source_id)
    claims: dict[str, list[str]] = defaultdict(list)
    for claim in data.claims:
        for member in claim.annotation_ids:
            claims[member].append(claim.id)
    names = data.annotator_names
    with atomic_file(out, newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for article in data.articles:
            for a in data.by_article.get(article.id, ()):
                review = data.reviews.get(a.id)
                writer.writerow(
                    (
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
                        ";".join(linked.get(a.id, ())),
                        ";".join(claims.get(a.id, ())),
                        a.created,
                        a.modified,
                    )
                )
                ticker.tick()
            ticker.tick()
    return [out]
