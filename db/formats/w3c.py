"""W3C Web Annotation: an AnnotationCollection (JSON-LD) whose one page holds every item.

Each span is an Annotation targeting `urn:uuid:<article id>` with a TextQuoteSelector and
a TextPositionSelector (code points, as the model defines them); tag, note, verdict and
evidence are TextualBodies told apart by `purpose`. Links are Annotations with motivation
`linking` whose two targets are the linked annotations. The article texts travel in the
collection's extra `articles` list (JSON-LD processors ignore it) so the file can be
imported into a project that lacks them. Confidence, reviews and claims have no place
in the model and are left out (the export report says so).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..model import CONTEXT_CHARS, RELATIONS
from .common import (
    ImportBundle,
    ImportedAnnotation,
    ImportedArticle,
    ImportedLink,
    Ticker,
    atomic_file,
    w3c_time,
)

if TYPE_CHECKING:
    from ..export import ExportData
    from ..model import Annotation, Article, Link

SUFFIX = ".jsonld"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN = "urn:uuid:"


def urn(record_id: str) -> str:
    return URN + record_id


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    items: list[dict[str, Any]] = []
    articles = []
    for article in data.articles:
        for annotation in data.by_article.get(article.id, ()):
            items.append(annotation_item(data, article, annotation))
            ticker.tick()
        articles.append(
            {
                "id": urn(article.id),
                "title": article.title,
                "outlet": article.outlet,
                "author": article.author,
                "date": article.date,
                "url": article.url,
                "text": article.text,
            }
        )
        ticker.tick()
    items.extend(link_item(data, link) for link in data.links)
    _note_left_out(data)
    project_id = data.settings.get("id") or str(uuid.uuid4())
    collection = {
        "@context": CONTEXT,
        "id": urn(project_id),
        "type": "AnnotationCollection",
        "label": data.settings.get("name", "Claimdesk project"),
        "total": len(items),
        "first": {
            "id": urn(str(uuid.uuid5(uuid.UUID(project_id), "page-1")))
            if _is_uuid(project_id)
            else urn(project_id) + "-page-1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
        "articles": articles,
    }
    with atomic_file(out, newline="\n") as handle:
        handle.write(json.dumps(collection, ensure_ascii=False))  # C encoder: no indent
        handle.write("\n")
    return [out]


def annotation_item(data: ExportData, article: Article, annotation: Annotation) -> dict[str, Any]:
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
    return {
        "@context": CONTEXT,
        "id": urn(annotation.id),
        "type": "Annotation",
        "motivation": "assessing" if verdict else "tagging",
        "creator": _creator(data, annotation.annotator_id),
        "created": w3c_time(annotation.created),
        "modified": w3c_time(annotation.modified),
        "body": body,
        "target": {
            "source": urn(article.id),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end],
                    "prefix": text[max(0, start - CONTEXT_CHARS) : start],
                    "suffix": text[end : end + CONTEXT_CHARS],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }


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
        "created": w3c_time(link.created),
        "modified": w3c_time(link.modified),
        "body": body,
        "target": [urn(link.source_id), urn(link.target_id)],
    }


def _creator(data: ExportData, annotator_id: str) -> dict[str, str]:
    return {
        "id": urn(annotator_id),
        "type": "Person",
        "name": data.annotator_names.get(annotator_id, ""),
    }


def _note_left_out(data: ExportData) -> None:
    confident = sum(1 for a in data.annotations if a.confidence is not None)
    if confident:
        data.left_out.append(f"{confident} confidence values have no W3C property; left out")
    if data.reviews:
        data.left_out.append(f"{len(data.reviews)} review decisions are not in W3C; left out")
    if data.claims:
        data.left_out.append(f"{len(data.claims)} claims are not in W3C; use JSONL")


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


# Reading


def read(path: Path) -> ImportBundle:
    """Parse an AnnotationCollection, an AnnotationPage, a list or a single Annotation."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except ValueError as error:
        raise ValidationError(f"{path.name}: not valid JSON ({error})") from None
    items, articles = _items(document, path.name)
    bundle = ImportBundle()
    for index, record in enumerate(articles):
        where = f"{path.name}, article {index + 1}"
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ValidationError(f"{where}: an article needs an id and a text")
        bundle.articles.append(
            ImportedArticle(
                id=_strip_urn(str(record.get("id", ""))),
                text=record["text"],
                title=str(record.get("title") or ""),
                outlet=str(record.get("outlet") or ""),
                author=str(record.get("author") or ""),
                date=str(record.get("date") or ""),
                url=str(record.get("url") or ""),
                where=where,
            )
        )
    for index, item in enumerate(items):
        where = f"{path.name}, item {index + 1}"
        if not isinstance(item, dict) or "Annotation" not in _as_list(item.get("type")):
            raise ValidationError(f"{where}: not a W3C Annotation (type must be Annotation)")
        if "linking" in _as_list(item.get("motivation")):
            bundle.links.append(_link(item, where))
        else:
            bundle.annotations.append(_annotation(item, where))
    return bundle


def _items(document: Any, name: str) -> tuple[list, list]:
    if isinstance(document, list):
        return document, []
    if not isinstance(document, dict):
        raise ValidationError(f"{name}: expected a W3C AnnotationCollection")
    kinds = _as_list(document.get("type"))
    articles = document.get("articles") or []
    if "Annotation" in kinds:
        return [document], articles
    if "AnnotationPage" in kinds:
        return _as_list(document.get("items")), articles
    if "AnnotationCollection" in kinds:
        first = document.get("first")
        items: list = []
        page = first if isinstance(first, dict) else None
        while page is not None:
            items.extend(_as_list(page.get("items")))
            page = page.get("next") if isinstance(page.get("next"), dict) else None
        return items, articles
    raise ValidationError(f"{name}: expected a W3C AnnotationCollection, page or annotation")


def _annotation(item: dict[str, Any], where: str) -> ImportedAnnotation:
    target = item.get("target")
    if isinstance(target, list) and len(target) == 1:
        target = target[0]
    if not isinstance(target, dict) or "source" not in target:
        raise ValidationError(f"{where}: the target must name a source article and a selector")
    selectors = {
        selector.get("type"): selector
        for selector in _as_list(target.get("selector"))
        if isinstance(selector, dict)
    }
    position = selectors.get("TextPositionSelector")
    quote = selectors.get("TextQuoteSelector")
    if position is None and quote is None:
        raise ValidationError(f"{where}: no TextPositionSelector or TextQuoteSelector")
    start, end = (position.get("start"), position.get("end")) if position else (-1, -1)
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError(f"{where}: selector start and end must be whole numbers")
    bodies: dict[str, list[str]] = {}
    for body in _as_list(item.get("body")):
        if isinstance(body, dict) and "value" in body:
            bodies.setdefault(str(body.get("purpose", "tagging")), []).append(str(body["value"]))
    tags = bodies.get("tagging") or bodies.get("classifying")
    if not tags:
        raise ValidationError(f"{where}: no body with purpose tagging names its tag")
    creator = item.get("creator")
    creator = creator[0] if isinstance(creator, list) and creator else creator
    return ImportedAnnotation(
        id=_strip_urn(str(item["id"])) if item.get("id") else None,
        article_id=_strip_urn(str(target["source"])),
        start=start,
        end=end,
        text=quote.get("exact") if quote else None,
        prefix=str(quote.get("prefix") or "") if quote else "",
        suffix=str(quote.get("suffix") or "") if quote else "",
        tag=tags[0],
        annotator=_creator_name(creator),
        verdict=(bodies.get("assessing") or [None])[0],
        note="\n\n".join(bodies.get("commenting", [])),
        evidence=tuple(bodies.get("linking", [])),
        created=item.get("created"),
        modified=item.get("modified"),
        where=where,
    )


def _link(item: dict[str, Any], where: str) -> ImportedLink:
    targets = [
        target.get("id") if isinstance(target, dict) else target
        for target in _as_list(item.get("target"))
    ]
    if len(targets) != 2 or not all(isinstance(target, str) for target in targets):
        raise ValidationError(f"{where}: a linking annotation needs exactly two targets")
    bodies = [body for body in _as_list(item.get("body")) if isinstance(body, dict)]
    relations = [
        str(body.get("value"))
        for body in bodies
        if body.get("purpose") in ("classifying", "tagging") and body.get("value") in RELATIONS
    ]
    notes = [str(body.get("value")) for body in bodies if body.get("purpose") == "commenting"]
    creator = item.get("creator")
    creator = creator[0] if isinstance(creator, list) and creator else creator
    return ImportedLink(
        id=_strip_urn(str(item["id"])) if item.get("id") else None,
        source=_strip_urn(targets[0]),
        target=_strip_urn(targets[1]),
        relation=relations[0] if relations else "related",
        annotator=_creator_name(creator),
        note="\n\n".join(notes),
        where=where,
    )


def _creator_name(creator: Any) -> str:
    if isinstance(creator, dict):
        return str(creator.get("name") or creator.get("nickname") or "")
    return ""


def _strip_urn(value: str) -> str:
    return value[len(URN) :] if value.startswith(URN) else value


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
