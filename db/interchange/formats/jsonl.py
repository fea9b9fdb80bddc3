"""JSON Lines: one article per line with its text and everything annotated in it.

`label` ([[start, end, tag]]) is doccano's shape and `spans` what spaCy-style tools read;
`annotations`, `links` and `claims` carry the full records so the file round-trips.
Offsets are code points; `label` and `spans` are written in UTF-16 units when the export
asks (for doccano itself, the `doccano` format counts them by default). Reading, a line
without `annotations` is doccano's (see `doccano`).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimdesk.db.analysis.language import article_language
from claimdesk.db.analysis.offset_units import UTF16, OffsetUnits
from claimdesk.db.claims.claimants import KINDS, Claimant
from claimdesk.db.interchange.bounded_read import shown_path
from claimdesk.db.interchange.sources.anchors import anchor_fields
from claimdesk.db.messages import message
from claimdesk.db.rules import file_values as values
from claimdesk.db.rules.limits import (
    ID_CHARS,
    NAME_CHARS,
    NOTE_CHARS,
    QUOTE_CHARS,
    RECORDS_PER_FILE,
    TITLE_CHARS,
)
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.store_base import load_list

from . import doccano
from .common import (
    ImportBundle,
    ImportedAnnotation,
    ImportedClaim,
    ImportedLink,
    ImportedReview,
    Ticker,
    atomic_file,
    imported_article,
)
from .json_input import parse_json, read_dataset_text

if TYPE_CHECKING:
    from claimdesk.db.interchange.export import ExportData
    from claimdesk.db.records.model import Article

SUFFIX = ".jsonl"


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    # The records are fresh trees of dicts and lists: no cycle to look for in each.
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
    with atomic_file(out, newline="\n") as handle:
        for article in data.articles:
            handle.write(dumps(article_record(data, article)))
            handle.write("\n")
            ticker.tick(1 + len(data.by_article.get(article.id, ())))
    return [out]


def article_record(data: ExportData, article: Article) -> dict[str, Any]:
    names = data.annotator_names
    tag_names = data.tag_names
    verdict_names = data.verdict_names
    reviews = data.reviews
    text = article.text
    source = data.sources.get(article.id)
    annotations = []
    # Unpacked, not read field by field: 100,000 annotations make this the writer's loop.
    for (
        annotation_id, _, annotator_id, start, end, quote, tag_id, verdict_id, confidence, note,
        evidence, created, modified,
    ) in data.by_article.get(article.id, ()):  # fmt: skip
        review = reviews.get(annotation_id)
        annotations.append(
            {
                "id": annotation_id,
                "start": start,
                "end": end,
                "text": quote,
                "tag": tag_names[tag_id],
                "annotator": names.get(annotator_id, ""),
                "verdict": verdict_names.get(verdict_id),
                "confidence": confidence,
                "note": note,
                "evidence": [] if evidence == "[]" else list(load_list(evidence)),
                "evidence_files": data.evidence_files.get(annotation_id, []),
                "created": created,
                "modified": modified,
                **(anchor_fields(source, start) if source and source.segments else {}),
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
    spans = [(a.start, a.end, tag_names[a.tag_id]) for a in data.by_article.get(article.id, ())]
    if data.offsets == UTF16:
        units = OffsetUnits(text)
        spans = [(units.to_utf16(start), units.to_utf16(end), tag) for start, end, tag in spans]
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "date": article.date,
        "url": article.url,
        "language": article_language(article.language, text),
        **({"provenance": source.provenance.as_dict()} if source else {}),
        "text": text,
        "label": [[start, end, tag] for start, end, tag in spans],
        "spans": [{"start": start, "end": end, "label": tag} for start, end, tag in spans],
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
                "evidence_files": data.evidence_files.get(claim.id, []),
                "annotator": names.get(claim.annotator_id, ""),
                "annotations": list(claim.annotation_ids),
                "claimant": _claimant(data.claimants_by_claim.get(claim.id)),
                "appearance_claimants": {
                    member: _claimant(said)
                    for member in claim.annotation_ids
                    if (said := data.claimants_by_appearance.get((claim.id, member)))
                },
            }
            for claim in data.claims_by_article.get(article.id, ())
        ],
    }


def _claimant(claimant: Claimant | None) -> dict[str, str] | None:
    return None if claimant is None else {"name": claimant.name, "kind": claimant.kind}


def read(path: Path) -> ImportBundle:
    """Parse a Claimdesk (or doccano) JSONL file; errors name the line."""
    name = shown_path(path.name)
    bundle = ImportBundle()
    claims: dict[str, ImportedClaim] = {}
    renamed: Counter[str] = Counter()
    text = read_dataset_text(path)
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if not line.strip():
            continue
        where = message("{name}, line {number}", name=name, number=number)
        record = parse_json(line, where)
        if not isinstance(record, dict):
            raise ValidationError(
                message("{where}: expected a JSON object for one article", where=where)
            )
        if doccano.is_doccano(record):
            doccano.read_line(record, values.article_text(record.get("text"), where), where,
                              bundle, renamed)  # fmt: skip
        else:
            _read_article(record, where, bundle, claims)
    bundle.claims = list(claims.values())
    remarks = Counter(bundle.remarks)  # once per kind, with the number of lines
    bundle.remarks = [
        remark if count == 1 else message("{remark} ({count} lines)", remark=remark, count=count)
        for remark, count in remarks.items()
    ]
    bundle.remarks += doccano.renamed_remark(renamed)
    return bundle


def _read_article(
    record: dict[str, Any], where: str, bundle: ImportBundle, claims: dict[str, ImportedClaim]
) -> None:
    text = values.article_text(record.get("text"), where)
    article_id = values.text(record.get("id"), where, "id", ID_CHARS)
    if not article_id:
        raise ValidationError(message('{where}: the article has no "id"', where=where))
    bundle.articles.append(imported_article(article_id, text, record, where))
    for index, item in enumerate(_records(record.get("annotations", []), "annotations", where)):
        spot = message("{where}, annotation {number}", where=where, number=index + 1)
        bundle.annotations.append(_annotation(item, article_id, spot))
    for index, item in enumerate(_records(record.get("links", []), "links", where)):
        spot = message("{where}, link {number}", where=where, number=index + 1)
        missing = [key for key in ("source", "target", "relation") if key not in item]
        if missing:
            raise ValidationError(
                message("{spot}: missing '{missing}'", spot=spot, missing=missing[0])
            )
        bundle.links.append(
            ImportedLink(
                id=values.text(item.get("id"), spot, "id", ID_CHARS) or None,
                source=values.text(item["source"], spot, "source", ID_CHARS),
                target=values.text(item["target"], spot, "target", ID_CHARS),
                relation=values.text(item["relation"], spot, "relation", NAME_CHARS),
                annotator=values.text(item.get("annotator"), spot, "annotator", NAME_CHARS),
                note=values.text(item.get("note"), spot, "note", NOTE_CHARS),
                where=spot,
            )
        )
    for index, item in enumerate(_records(record.get("claims", []), "claims", where)):
        spot = message("{where}, claim {number}", where=where, number=index + 1)
        if "id" not in item:
            raise ValidationError(message("{spot}: missing 'id'", spot=spot))
        claim_id = values.text(item["id"], spot, "id", ID_CHARS)
        claim = claims.get(claim_id)
        members = tuple(
            values.text(member, spot, "annotations", ID_CHARS)
            for member in _list(item, "annotations", spot)
        )
        said = {
            values.text(member, spot, "appearance_claimants", ID_CHARS): named
            for member, value in _mapping(item, "appearance_claimants", spot).items()
            if (named := _read_claimant(value, spot)) is not None
        }
        if claim is not None:  # the same claim, seen from another article
            claim.annotation_ids = tuple(dict.fromkeys(claim.annotation_ids + members))
            claim.appearance_claimants.update(said)
            continue
        claims[claim_id] = ImportedClaim(
            id=claim_id,
            wording=values.text(item.get("wording"), spot, "wording", NOTE_CHARS),
            rating=values.text(item.get("rating"), spot, "rating", NAME_CHARS) or None,
            explanation=values.text(item.get("explanation"), spot, "explanation", NOTE_CHARS),
            evidence=values.evidence(item.get("evidence"), spot),
            annotator=values.text(item.get("annotator"), spot, "annotator", NAME_CHARS),
            annotation_ids=members,
            claimant=_read_claimant(item.get("claimant"), spot),
            appearance_claimants=said,
            where=spot,
        )


def _read_claimant(value: Any, where: str) -> tuple[str, str] | None:
    """A claimant written as {"name", "kind"} (null or a blank name: nobody)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValidationError(
            message('{where}: a claimant must be an object with "name" and "kind"', where=where)
        )
    name = values.text(value.get("name"), where, "claimant", NAME_CHARS)
    kind = values.text(value.get("kind"), where, "kind", NAME_CHARS, default=KINDS[1])
    if kind not in KINDS:
        raise ValidationError(
            message(
                "{where}: claimant kind {kind!r} is not person or organization",
                where=where,
                kind=kind,
            )
        )
    return (name, kind) if name.strip() else None


def _annotation(item: dict[str, Any], article_id: str, where: str) -> ImportedAnnotation:
    try:
        start, end, tag = item["start"], item["end"], item["tag"]
    except KeyError as error:
        raise ValidationError(
            message("{where}: missing {error}", where=where, error=error)
        ) from None
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError(message("{where}: start and end must be whole numbers", where=where))
    review = item.get("review")
    confidence = item.get("confidence")
    if confidence is not None and not isinstance(confidence, int | float):
        raise ValidationError(message("{where}: confidence must be a number", where=where))
    return ImportedAnnotation(
        id=values.text(item.get("id"), where, "id", ID_CHARS) or None,
        article_id=article_id,
        start=start,
        end=end,
        text=values.quote(item.get("text"), where, "text", QUOTE_CHARS),
        tag=values.text(tag, where, "tag", NAME_CHARS),
        annotator=values.text(item.get("annotator"), where, "annotator", NAME_CHARS),
        verdict=values.text(item.get("verdict"), where, "verdict", NAME_CHARS) or None,
        confidence=confidence,
        note=values.text(item.get("note"), where, "note", NOTE_CHARS),
        evidence=values.evidence(item.get("evidence"), where),
        created=values.text(item.get("created"), where, "created", TITLE_CHARS) or None,
        modified=values.text(item.get("modified"), where, "modified", TITLE_CHARS) or None,
        review=ImportedReview(
            decision=values.text(review.get("decision"), where, "decision", NAME_CHARS),
            reviewer=values.text(review.get("reviewer"), where, "reviewer", NAME_CHARS),
            comment=values.text(review.get("comment"), where, "comment", NOTE_CHARS),
            modified=values.text(review.get("modified"), where, "modified", TITLE_CHARS) or None,
        )
        if isinstance(review, dict)
        else None,
        where=where,
    )


def _list(record: dict[str, Any], key: str, where: str) -> list[Any]:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(message('{where}: "{key}" must be a list', where=where, key=key))
    return value


def _mapping(record: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = record.get(key) or {}
    if not isinstance(value, dict):
        raise ValidationError(message('{where}: "{key}" must be an object', where=where, key=key))
    _bounded(len(value), key, where)
    return value


def _records(value: Any, key: str, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ValidationError(
            message('{where}: "{key}" must be a list of objects', where=where, key=key)
        )
    _bounded(len(value), key, where)
    return value


def _bounded(count: int, key: str, where: str) -> None:
    if count > RECORDS_PER_FILE:  # refused before a million records are built
        raise ValidationError(
            message(
                '{where}: "{key}" holds {count:,} records, over the limit of {limit:,} per file',
                where=where,
                key=key,
                count=count,
                limit=RECORDS_PER_FILE,
            )
        )
