"""W3C Web Annotation: an AnnotationCollection (JSON-LD) whose one page holds every item.

Each span is an Annotation whose target's `source` names where its article came from
(`sources.source_iri`: the original URL, else the source file's SHA-256 as an RFC 6920 `ni:` IRI,
else `urn:uuid:<article id>`), with the capture time and archive copy as a TimeState, a
TextQuoteSelector and a TextPositionSelector (code points, as the model defines them),
and for a PDF page or a transcript cue a FragmentSelector (`sources.fragments`); tag,
note, verdict and
evidence are TextualBodies told apart by `purpose`. Links are Annotations with motivation
`linking` whose two targets are the linked annotations. The article texts travel in the
collection's extra `articles` list (JSON-LD processors ignore it) so the file can be
imported into a project that lacks them. Confidence, reviews and claims have no place
in the model and are left out (the export report says so).

This module writes the file; `w3c_reading` reads it (and what other tools write).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimdesk.db.messages import message_n
from claimdesk.db.records.model import CONTEXT_CHARS

from ..sources.fragments import fragment_selector
from ..sources.source_iri import source_iri, time_state
from .common import Ticker, atomic_file, w3c_time

if TYPE_CHECKING:
    from claimdesk.db.interchange.export import ExportData
    from claimdesk.db.interchange.exported import ExportedAnnotation
    from claimdesk.db.records.article_sources import ArticleSource
    from claimdesk.db.records.model import Article, Link

SUFFIX = ".jsonld"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN = "urn:uuid:"


def urn(record_id: str) -> str:
    return URN + record_id


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    """Write the collection item by item as it is made: building it whole first took
    4.5 GB for a million links. The bytes are those of one `json.dumps` of it."""
    _note_left_out(data)
    total = sum(len(data.by_article.get(article.id, ())) for article in data.articles)
    total += len(data.links)
    head, tail = _envelope(data, total)
    undated = 0
    with atomic_file(out, newline="\n") as handle:
        handle.write(head)
        separator = ""
        for item in _records(data, ticker):
            undated += "created" not in item or "modified" not in item
            handle.write(separator + json.dumps(item, ensure_ascii=False))  # C encoder
            separator = ", "
        handle.write(tail)
        separator = ""
        for article in data.articles:
            entry = _article_item(article, data.sources.get(article.id))
            handle.write(separator + json.dumps(entry, ensure_ascii=False))
            separator = ", "
        handle.write("]}\n")
    if undated:
        data.left_out.append(
            message_n(
                "%n record has a created or modified time that is not a date; left out of"
                " that record",
                "%n records have a created or modified time that is not a date; left out of"
                " those records",
                undated,
            )
        )
    return [out]


def _envelope(data: ExportData, total: int) -> tuple[str, str]:
    """The collection's text before its first item, and between the items and the
    articles: `json.dumps` of the collection with both lists empty, cut where they go."""
    project_id = data.settings.get("id") or str(uuid.uuid4())
    collection = {
        "@context": CONTEXT,
        "id": urn(project_id),
        "type": "AnnotationCollection",
        "label": data.settings.get("name", "Claimdesk project"),
        "total": total,
        "first": {
            "id": urn(str(uuid.uuid5(uuid.UUID(project_id), "page-1")))
            if _is_uuid(project_id)
            else urn(project_id) + "-page-1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [],
        },
        "articles": [],
    }
    text = json.dumps(collection, ensure_ascii=False)
    ending = '[]}, "articles": []}'
    assert text.endswith(ending)  # the last keys are the items', then the articles'
    return text[: -len(ending)] + "[", ']}, "articles": ['


def _records(data: ExportData, ticker: Ticker) -> Iterator[dict[str, Any]]:
    """Every annotation (article by article), then every link, one at a time."""
    for article in data.articles:
        for annotation in data.by_article.get(article.id, ()):
            yield annotation_item(data, article, annotation)
            ticker.tick()
        ticker.tick()
    for link in data.links:
        yield link_item(data, link)


def _article_item(article: Article, source: ArticleSource | None) -> dict[str, Any]:
    """An article of the `articles` list; `source` is the IRI its annotations' targets name,
    `provenance` where it came from and `segments` its page or cue starts (where it has
    them), read back when an import adds the article."""
    item: dict[str, Any] = {
        "id": urn(article.id),
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "date": article.date,
        "url": article.url,
    }
    if source is not None:
        item["source"] = source_iri(article, source)
        item["provenance"] = source.provenance.as_dict()
        if source.segments:
            item["segments"] = [segment.to_json() for segment in source.segments]
    item["text"] = article.text
    return item


def annotation_item(
    data: ExportData, article: Article, annotation: ExportedAnnotation
) -> dict[str, Any]:
    text = article.text
    start, end = annotation.start, annotation.end
    verdict = data.verdict_name(annotation.verdict_id)
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": data.tag_name(annotation)}
    ]
    if verdict:
        body.append({"type": "TextualBody", "purpose": "assessing", "value": verdict})
    if annotation.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": annotation.note})
    body.extend(
        {"type": "TextualBody", "purpose": "linking", "format": "text/uri-list", "value": url}
        for url in annotation.evidence
    )
    source = data.sources.get(article.id)
    return {
        "@context": CONTEXT,
        "id": urn(annotation.id),
        "type": "Annotation",
        "motivation": "assessing" if verdict else "tagging",
        "creator": _creator(data, annotation.annotator_id),
        **_stamps(annotation),
        "body": body,
        "target": {
            "source": source_iri(article, source),
            **time_state(source),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end],
                    "prefix": text[max(0, start - CONTEXT_CHARS) : start],
                    "suffix": text[end : end + CONTEXT_CHARS],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
                *_page_or_time(data, article, start),
            ],
        },
    }


def _page_or_time(data: ExportData, article: Article, start: int) -> list[dict[str, str]]:
    """The PDF page or transcript time range the span starts in, as a FragmentSelector."""
    source = data.sources.get(article.id)
    selector = fragment_selector(source.segment_at(start)) if source is not None else None
    return [selector] if selector is not None else []


def link_item(data: ExportData, link: Link) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "classifying", "value": link.relation}
    ]
    if link.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": link.note})
    return {
        "@context": CONTEXT,
        "id": urn(link.id),
        "type": "Annotation",
        "motivation": "linking",
        "creator": _creator(data, link.annotator_id),
        **_stamps(link),
        "body": body,
        "target": [urn(link.source_id), urn(link.target_id)],
    }


def _stamps(record: ExportedAnnotation | Link) -> dict[str, str]:
    """`created` and `modified` as xsd:dateTime; one that is not a readable date (a merged
    file can carry `'not a date'` or a year past 9999 in UTC) is left out, not fatal."""
    stamps = {}
    for key in ("created", "modified"):
        try:
            stamps[key] = w3c_time(getattr(record, key))
        except (ValueError, OverflowError, TypeError, AttributeError):
            continue
    return stamps


def _creator(data: ExportData, annotator_id: str) -> dict[str, str]:
    return {
        "id": urn(annotator_id),
        "type": "Person",
        "name": data.annotator_names.get(annotator_id, ""),
    }


def _note_left_out(data: ExportData) -> None:
    confident = sum(1 for a in data.annotations if a.confidence is not None)
    if confident:
        data.left_out.append(
            message_n(
                "%n confidence value has no W3C property; left out",
                "%n confidence values have no W3C property; left out",
                confident,
            )
        )
    if data.reviews:
        data.left_out.append(
            message_n(
                "%n review decision is not in W3C; left out",
                "%n review decisions are not in W3C; left out",
                len(data.reviews),
            )
        )
    if data.claims:
        data.left_out.append(
            message_n(
                "%n claim is not in W3C; use JSONL",
                "%n claims are not in W3C; use JSONL",
                len(data.claims),
            )
        )


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
