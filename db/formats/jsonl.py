"""JSON Lines: one article per line with its text and everything annotated in it.

`label` ([[start, end, tag]]) is what doccano reads and `spans` what spaCy-style tools
read; `annotations`, `links` and `claims` carry the full records so the file round-trips.
Offsets are code points (doccano's browser counts UTF-16 units: emoji shift it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from .common import (
    ImportBundle,
    ImportedAnnotation,
    ImportedArticle,
    ImportedClaim,
    ImportedLink,
    ImportedReview,
    Ticker,
    atomic_file,
)

if TYPE_CHECKING:
    from ..export import ExportData

SUFFIX = ".jsonl"


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with atomic_file(out, newline="\n") as handle:
        for article in data.articles:
            handle.write(dumps(article_record(data, article)))
            handle.write("\n")
            ticker.tick(1 + len(data.by_article.get(article.id, ())))
    return [out]


def article_record(data: ExportData, article) -> dict[str, Any]:
    names = data.annotator_names
    tags = data.tags
    verdicts = data.verdicts
    reviews = data.reviews
    text = article.text
    annotations = []
    for a in data.by_article.get(article.id, ()):
        review = reviews.get(a.id)
        annotations.append(
            {
                "id": a.id,
                "start": a.start,
                "end": a.end,
                "text": text[a.start : a.end],
                "tag": tags[a.tag_id].name,
                "annotator": names.get(a.annotator_id, ""),
                "verdict": verdicts[a.verdict_id].name if a.verdict_id else None,
                "confidence": a.confidence,
                "note": a.note,
                "evidence": list(a.evidence),
                "created": a.created,
                "modified": a.modified,
                "review": None
                if review is None
                else {
                    "decision": review.decision,
                    "reviewer": names.get(review.reviewer_id, ""),
                    "comment": review.comment,
                    "modified": review.modified,
                },
            }
        )
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "date": article.date,
        "url": article.url,
        "text": text,
        "label": [[a["start"], a["end"], a["tag"]] for a in annotations],
        "spans": [{"start": a["start"], "end": a["end"], "label": a["tag"]} for a in annotations],
        "annotations": annotations,
        "links": [
            {
                "id": link.id,
                "source": link.source_id,
                "target": link.target_id,
                "relation": link.relation,
                "annotator": names.get(link.annotator_id, ""),
                "note": link.note,
            }
            for link in data.links_by_source_article.get(article.id, ())
        ],
        "claims": [
            {
                "id": claim.id,
                "wording": claim.wording,
                "rating": data.verdict_name(claim.verdict_id),
                "explanation": claim.explanation,
                "evidence": list(claim.evidence),
                "annotator": names.get(claim.annotator_id, ""),
                "annotations": list(claim.annotation_ids),
            }
            for claim in data.claims_by_article.get(article.id, ())
        ],
    }


def read(path: Path) -> ImportBundle:
    """Parse a Claimdesk (or doccano-style `label`-only) JSONL file; errors name the line."""
    bundle = ImportBundle()
    claims: dict[str, ImportedClaim] = {}
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path.name}, line {number}"
            try:
                record = json.loads(line)
            except ValueError as error:
                raise ValidationError(f"{where}: not valid JSON ({error})") from None
            if not isinstance(record, dict):
                raise ValidationError(f"{where}: expected a JSON object for one article")
            _read_article(record, where, bundle, claims)
    bundle.claims = list(claims.values())
    return bundle


def _read_article(
    record: dict[str, Any], where: str, bundle: ImportBundle, claims: dict[str, ImportedClaim]
) -> None:
    text = record.get("text")
    if not isinstance(text, str) or not text:
        raise ValidationError(f'{where}: the article has no "text"')
    article_id = str(record.get("id") or "")
    if not article_id:
        raise ValidationError(f'{where}: the article has no "id"')
    bundle.articles.append(
        ImportedArticle(
            id=article_id,
            text=text,
            title=_text(record, "title"),
            outlet=_text(record, "outlet"),
            author=_text(record, "author"),
            date=_text(record, "date"),
            url=_text(record, "url"),
            where=where,
        )
    )
    annotations = record.get("annotations")
    if annotations is None:  # a doccano file: spans only
        annotations = [
            {"start": item[0], "end": item[1], "tag": item[2]}
            for item in _list(record, "label", where)
            if isinstance(item, list) and len(item) == 3
        ]
    for index, item in enumerate(_records(annotations, "annotations", where)):
        spot = f"{where}, annotation {index + 1}"
        bundle.annotations.append(_annotation(item, article_id, spot))
    for index, item in enumerate(_records(record.get("links", []), "links", where)):
        spot = f"{where}, link {index + 1}"
        try:
            bundle.links.append(
                ImportedLink(
                    id=item.get("id"),
                    source=str(item["source"]),
                    target=str(item["target"]),
                    relation=str(item["relation"]),
                    annotator=str(item.get("annotator") or ""),
                    note=str(item.get("note") or ""),
                    where=spot,
                )
            )
        except KeyError as error:
            raise ValidationError(f"{spot}: missing {error}") from None
    for index, item in enumerate(_records(record.get("claims", []), "claims", where)):
        spot = f"{where}, claim {index + 1}"
        if "id" not in item:
            raise ValidationError(f"{spot}: missing 'id'")
        claim = claims.get(str(item["id"]))
        members = tuple(str(member) for member in item.get("annotations") or ())
        if claim is not None:  # the same claim, seen from another article
            claim.annotation_ids = tuple(dict.fromkeys(claim.annotation_ids + members))
            continue
        claims[str(item["id"])] = ImportedClaim(
            id=str(item["id"]),
            wording=str(item.get("wording") or ""),
            rating=item.get("rating"),
            explanation=str(item.get("explanation") or ""),
            evidence=tuple(str(url) for url in item.get("evidence") or ()),
            annotator=str(item.get("annotator") or ""),
            annotation_ids=members,
            where=spot,
        )


def _annotation(item: dict[str, Any], article_id: str, where: str) -> ImportedAnnotation:
    try:
        start, end, tag = item["start"], item["end"], item["tag"]
    except KeyError as error:
        raise ValidationError(f"{where}: missing {error}") from None
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError(f"{where}: start and end must be whole numbers")
    review = item.get("review")
    confidence = item.get("confidence")
    if confidence is not None and not isinstance(confidence, int | float):
        raise ValidationError(f"{where}: confidence must be a number")
    return ImportedAnnotation(
        id=item.get("id"),
        article_id=article_id,
        start=start,
        end=end,
        text=item.get("text"),
        tag=str(tag),
        annotator=str(item.get("annotator") or ""),
        verdict=item.get("verdict"),
        confidence=confidence,
        note=str(item.get("note") or ""),
        evidence=tuple(str(url) for url in item.get("evidence") or ()),
        created=item.get("created"),
        modified=item.get("modified"),
        review=ImportedReview(
            decision=str(review.get("decision")),
            reviewer=str(review.get("reviewer") or ""),
            comment=str(review.get("comment") or ""),
        )
        if isinstance(review, dict)
        else None,
        where=where,
    )


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    return "" if value is None else str(value)


def _list(record: dict[str, Any], key: str, where: str) -> list:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(f'{where}: "{key}" must be a list')
    return value


def _records(value: Any, key: str, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ValidationError(f'{where}: "{key}" must be a list of objects')
    return value
