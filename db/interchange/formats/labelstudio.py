"""Label Studio: a JSON list of tasks (one per article), one annotation entry per annotator.

Spans are `labels` results; verdict, note and evidence ride on the same region as
per-region `choices`/`textarea` results (same result id), and links become `relation`
results. Label Studio relates regions of one annotator's entry only, so a link between
two annotators' spans, or between articles, is left out (the export report says so).
The labelling config that matches is written beside the file as `<out>.config.xml`.
Offsets are written in code points (what Label Studio's Python converters count), or in
UTF-16 units when the export asks (what its browser counts: spans after an emoji shift
there otherwise); the quote rides beside them. `labelstudio_reading` reads the file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimdesk.db.analysis.offset_units import UTF16, OffsetUnits
from claimdesk.db.messages import message, message_n
from claimdesk.db.records.model import RELATIONS

from .common import Ticker, atomic_file

if TYPE_CHECKING:
    from claimdesk.db.interchange.export import ExportData
    from claimdesk.db.interchange.exported import ExportedAnnotation
    from claimdesk.db.records.model import Article

SUFFIX = ".json"
EMAIL_DOMAIN = "claimdesk.invalid"
_NOT_EMAIL = re.compile(r"[^a-z0-9]+")


def config_path(out: Path) -> Path:
    return out.with_name(out.stem + ".config.xml")


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    tasks = []
    span_annotator = {a.id: a.annotator_id for a in data.annotations}
    left_out = 0
    for number, article in enumerate(data.articles, 1):
        entries: dict[str, list[dict[str, Any]]] = defaultdict(list)
        spans: dict[str, list[ExportedAnnotation]] = defaultdict(list)
        units = OffsetUnits(article.text) if data.offsets == UTF16 else None
        for annotation in data.by_article.get(article.id, ()):
            spans[annotation.annotator_id].append(annotation)
            entries[annotation.annotator_id].extend(_results(data, article, annotation, units))
            ticker.tick()
        article_spans = {a.id for a in data.by_article.get(article.id, ())}
        for link in data.links_by_source_article.get(article.id, ()):
            owner = span_annotator[link.source_id]
            if link.target_id in article_spans and span_annotator[link.target_id] == owner:
                entries[owner].append(
                    {
                        "type": "relation",
                        "from_id": link.source_id,
                        "to_id": link.target_id,
                        "direction": "right",
                        "labels": [link.relation],
                    }
                )
            else:
                left_out += 1
        tasks.append(
            {
                "id": number,
                "data": {
                    "text": article.text,
                    "title": article.title,
                    "article_id": article.id,
                    "outlet": article.outlet,
                    "author": article.author,
                    "date": article.date,
                    "url": article.url,
                },
                "annotations": [
                    {
                        "completed_by": completed_by(data.annotator_names.get(annotator_id, "")),
                        "created_at": min(a.created for a in spans[annotator_id]),
                        "updated_at": max(a.modified for a in spans[annotator_id]),
                        "result": results,
                    }
                    for annotator_id, results in entries.items()
                ],
            }
        )
        ticker.tick()
    if left_out:
        data.left_out.append(
            message_n(
                "%n link joins different annotators or articles, which Label Studio"
                " relations cannot; left out",
                "%n links join different annotators or articles, which Label Studio"
                " relations cannot; left out",
                left_out,
            )
        )
    if data.claims or data.reviews:
        data.left_out.append(
            message("claims and review decisions are not in Label Studio; use JSONL")
        )
    config = config_path(out)
    with atomic_file(out, newline="\n") as handle, atomic_file(config, newline="\n") as xml:
        handle.write(json.dumps(tasks, ensure_ascii=False))  # C encoder: no indent
        xml.write(labeling_config(data))
    return [out, config]


def completed_by(name: str) -> dict[str, str]:
    """Who made an entry, as Label Studio's importer reads it: it refuses a `completed_by`
    without an `email` and maps the email to a member of the organisation. Claimdesk has
    no emails, so the address is made from the name under the reserved `.invalid` domain
    (create members with it, or set ALLOW_IMPORT_TASKS_WITH_UNKNOWN_EMAILS=true)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    local = _NOT_EMAIL.sub(".", ascii_name.lower()).strip(".") or "annotator"
    return {"email": f"{local}@{EMAIL_DOMAIN}", "first_name": name, "name": name}


def _results(
    data: ExportData, article: Article, annotation: ExportedAnnotation, units: OffsetUnits | None
) -> list[dict[str, Any]]:
    """A span's results; `units` converts its offsets when the export counts UTF-16 units."""
    start, end = annotation.start, annotation.end
    if units is not None:
        start, end = units.to_utf16(start), units.to_utf16(end)
    where = {"start": start, "end": end}
    label: dict[str, Any] = {
        "id": annotation.id,
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {
            **where,
            "text": article.text[annotation.start : annotation.end],
            "labels": [data.tag_name(annotation)],
        },
    }
    if annotation.confidence is not None:
        label["score"] = annotation.confidence
    results = [label]
    verdict = data.verdict_name(annotation.verdict_id)
    if verdict:
        results.append(
            _region(annotation.id, "verdict", "choices", {**where, "choices": [verdict]})
        )
    if annotation.note:
        results.append(
            _region(annotation.id, "note", "textarea", {**where, "text": [annotation.note]})
        )
    if annotation.evidence:
        value = {**where, "text": list(annotation.evidence)}
        results.append(_region(annotation.id, "evidence", "textarea", value))
    return results


def _region(region_id: str, name: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"id": region_id, "from_name": name, "to_name": "text", "type": kind, "value": value}


def labeling_config(data: ExportData) -> str:
    """The `<View>` Label Studio needs to show these tasks and their per-region fields."""
    from xml.sax.saxutils import quoteattr  # pulls urllib and email in: only when exporting

    tags = [tag for tag in data.tags.values() if not tag.deleted]
    verdicts = [verdict for verdict in data.verdicts.values() if not verdict.deleted]
    lines = ["<View>", '  <Labels name="label" toName="text">']
    lines.extend(
        f"    <Label value={quoteattr(tag.name)} background={quoteattr(tag.color)}/>"
        for tag in sorted(tags, key=lambda tag: tag.position)
    )
    lines += ["  </Labels>", '  <Text name="text" value="$text"/>']
    lines.append("  <Relations>")
    lines.extend(f"    <Relation value={quoteattr(name)}/>" for name in RELATIONS)
    lines.append("  </Relations>")
    lines.append('  <Choices name="verdict" toName="text" perRegion="true" required="false">')
    lines.extend(
        f"    <Choice value={quoteattr(verdict.name)}/>"
        for verdict in sorted(verdicts, key=lambda verdict: verdict.position)
    )
    lines.append("  </Choices>")
    lines.append('  <TextArea name="note" toName="text" perRegion="true" editable="true"/>')
    lines.append('  <TextArea name="evidence" toName="text" perRegion="true" editable="true"/>')
    lines.append("</View>")
    return "\n".join(lines) + "\n"
