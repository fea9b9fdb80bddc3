"""doccano's JSON Lines (read through the `jsonl` format): spans with no quote, in UTF-16.

Three shapes of a line, as doccano documents and writes them:
- sequence labelling: `{"text", "label": [[start, end, tag], ...]}`, with an `id` when
  exported, without one in doccano's import examples;
- relation projects: `{"text", "entities": [{id, label, start_offset, end_offset}],
  "relations": [{id, from_id, to_id, type}]}`;
- spaCy-style `spans: [{start, end, label}]` (code points, as Python counts).
doccano's browser counts UTF-16 units, so its offsets are read as such (doccano #2290).
Its ids are row numbers of one doccano database, so articles and spans get ids made from
the text's hash: importing the same file again adds nothing. Relation types that are not
Claimdesk's become `related`, their name in the note; anything left out is a remark.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from typing import Any

from claimdesk.db.analysis.offset_units import CODEPOINTS, UTF16
from claimdesk.db.messages import message
from claimdesk.db.records.articles import text_sha256
from claimdesk.db.records.model import RELATIONS
from claimdesk.db.rules import file_values as values
from claimdesk.db.rules.limits import ID_CHARS, NAME_CHARS
from claimdesk.db.storage.errors import ValidationError

from .common import ImportBundle, ImportedAnnotation, ImportedArticle, ImportedLink

_NOT_WORD = re.compile(r"[\s\-]+")


SPAN_KEYS = ("label", "entities", "spans")


def is_doccano(record: dict[str, Any]) -> bool:
    """Whether a JSONL line is doccano's (or spaCy-style spans) rather than Claimdesk's:
    no `annotations`, and spans of another tool or no id (an article alone has an id)."""
    return "annotations" not in record and (
        "id" not in record or any(key in record for key in SPAN_KEYS)
    )


def read_line(
    record: dict[str, Any], text: str, where: str, bundle: ImportBundle, renamed: Counter[str]
) -> None:
    """Add one doccano line's article, spans and relations to `bundle`.

    `renamed` counts relation types imported as `related`, for the file's one remark.
    """
    digest = text_sha256(text)
    article_id = f"doccano-{digest[:24]}"
    bundle.articles.append(ImportedArticle(id=article_id, text=text, where=where))
    spans: dict[str, str] = {}
    for index, (start, end, tag, key) in enumerate(_spans(record, where)):
        spot = (
            message("{where}, entity {number}", where=where, number=index + 1)
            if key is not None
            else message("{where}, label {number}", where=where, number=index + 1)
        )
        if not (_whole(start) and _whole(end)):
            raise ValidationError(message("{spot}: start and end must be whole numbers", spot=spot))
        tag = values.text(tag, spot, "label", NAME_CHARS)
        span_id = str(
            uuid.uuid5(uuid.NAMESPACE_URL, f"claimdesk:doccano:{digest}:{start}:{end}:{tag}")
        )
        if key is not None:
            spans[key] = span_id
        bundle.annotations.append(
            ImportedAnnotation(
                id=span_id,
                article_id=article_id,
                start=start,
                end=end,
                text=None,
                tag=tag,
                annotator="",
                where=spot,
                unit=CODEPOINTS if "spans" in record and "label" not in record else UTF16,
            )
        )
    for index, relation in enumerate(_list(record, "relations", where)):
        spot = message("{where}, relation {number}", where=where, number=index + 1)
        if not isinstance(relation, dict):
            raise ValidationError(message("{spot}: expected an object", spot=spot))
        ends = [spans.get(str(relation.get(key))) for key in ("from_id", "to_id")]
        if None in ends:
            raise ValidationError(
                message("{spot}: from_id and to_id must be ids of this line's entities", spot=spot)
            )
        kind = values.text(relation.get("type"), spot, "type", NAME_CHARS) or "related"
        relation_name = _NOT_WORD.sub("_", kind.strip().lower())
        note = ""
        if relation_name not in RELATIONS:
            renamed[kind] += 1
            relation_name, note = "related", f"doccano relation “{kind}”"
        source, target = ends
        bundle.links.append(
            ImportedLink(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"claimdesk:{source}:{target}")),
                source=str(source),
                target=str(target),
                relation=relation_name,
                annotator="",
                note=note,
                where=spot,
            )
        )
    if _list(record, "Comments", where):
        bundle.remarks.append(message("doccano comments left out: Claimdesk labels spans"))
    if _list(record, "cats", where):
        bundle.remarks.append(message("doccano categories left out: Claimdesk labels spans"))
    label = record.get("label")
    if isinstance(label, list) and label and all(isinstance(item, str) for item in label):
        bundle.remarks.append(
            message(
                "doccano document labels (text classification) left out: Claimdesk labels spans"
            )
        )


def renamed_remark(renamed: Counter[str]) -> list[str]:
    """The one report line saying which relation types were imported as `related`."""
    if not renamed:
        return []
    kinds = ", ".join(f"“{kind}” ({count})" for kind, count in renamed.items())
    return [
        message(
            "doccano relation types imported as related, the type in the note: {kinds}", kinds=kinds
        )
    ]


def _spans(record: dict[str, Any], where: str) -> list[tuple[Any, Any, Any, str | None]]:
    """(start, end, tag, entity id or None) of every span the line holds."""
    found: list[tuple[Any, Any, Any, str | None]] = []
    if "entities" in record:
        for index, entity in enumerate(_list(record, "entities", where)):
            spot = message("{where}, entity {number}", where=where, number=index + 1)
            if not isinstance(entity, dict):
                raise ValidationError(message("{spot}: expected an object", spot=spot))
            missing = [k for k in ("id", "label", "start_offset", "end_offset") if k not in entity]
            if missing:
                raise ValidationError(
                    message("{spot}: missing '{missing}'", spot=spot, missing=missing[0])
                )
            key = values.text(entity["id"], spot, "id", ID_CHARS)
            found.append((entity["start_offset"], entity["end_offset"], entity["label"], key))
        return found
    if "label" in record:
        items = _list(record, "label", where)
        if all(isinstance(item, str) for item in items):
            return []  # document categories: a remark, not spans
        for index, item in enumerate(items):
            if not (isinstance(item, list) and len(item) == 3):
                raise ValidationError(
                    message(
                        "{where}, label {number}: expected [start, end, label]",
                        where=where,
                        number=index + 1,
                    )
                )
        return [(start, end, tag, None) for start, end, tag in items]
    for index, span in enumerate(_list(record, "spans", where)):
        spot = message("{where}, span {number}", where=where, number=index + 1)
        if not isinstance(span, dict) or not {"start", "end", "label"} <= span.keys():
            raise ValidationError(
                message("{spot}: expected an object with start, end and label", spot=spot)
            )
        found.append((span["start"], span["end"], span["label"], None))
    return found


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _list(record: dict[str, Any], key: str, where: str) -> list[Any]:
    value = record.get(key) or []
    if not isinstance(value, list):
        raise ValidationError(message('{where}: "{key}" must be a list', where=where, key=key))
    return value
