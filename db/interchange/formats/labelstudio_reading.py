"""Reading Label Studio JSON exports, apart from writing them because it must take what
Label Studio writes in both its shapes (full tasks and JSON_MIN's flat records), tell which
data field holds the text, and count offsets in UTF-16 units as its browser does.
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from claimdesk.db.analysis.offset_units import UTF16
from claimdesk.db.interchange.bounded_read import shown_path
from claimdesk.db.messages import message
from claimdesk.db.rules import file_values as values
from claimdesk.db.rules.limits import (
    ID_CHARS,
    NAME_CHARS,
    NOTE_CHARS,
    QUOTE_CHARS,
    TITLE_CHARS,
)
from claimdesk.db.storage.errors import ValidationError

from .common import ImportBundle, ImportedAnnotation, ImportedLink, imported_article
from .json_input import parse_json, read_dataset_text

TASK_FIELDS = ("title", "outlet", "author", "date", "url", "article_id", "id")
"""Task data fields that are metadata, never the article text."""
MIN_FIELDS = ("annotator", "annotation_id", "created_at", "updated_at", "lead_time", "agreement")
"""What JSON_MIN adds to each record beside the task's data and the regions."""


def read(path: Path, text_field: str | None = None) -> ImportBundle:
    """Parse a Label Studio JSON export: full tasks, or JSON_MIN's flat records (one per
    annotation). Offsets count UTF-16 units, as Label Studio's browser does (LS #1347).
    `text_field` names the data field holding the text when it cannot be told."""
    name = shown_path(path.name)
    tasks = parse_json(read_dataset_text(path), name)
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise ValidationError(message("{name}: expected a list of Label Studio tasks", name=name))
    bundle = ImportBundle()
    left_out = Counter[str]()
    for index, task in enumerate(tasks):
        where = message("{name}, task {number}", name=name, number=index + 1)
        if isinstance(task, dict) and isinstance(task.get("data"), dict):
            _read_task(task, index, where, text_field, bundle, left_out)
        elif isinstance(task, dict) and "data" not in task and _is_min_record(task):
            _read_min_record(task, index, where, text_field, bundle, left_out)
        else:
            raise ValidationError(
                message(
                    '{where}: a task needs a "data" object (or is a JSON_MIN record with regions)',
                    where=where,
                )
            )
    bundle.remarks.extend(
        message(
            "{count} {kind} left out: Claimdesk keeps span labels, verdicts, notes and evidence",
            count=count,
            kind=kind,
        )
        for kind, count in left_out.items()
        if count
    )
    return bundle


def _read_task(
    task: dict[str, Any],
    index: int,
    where: str,
    text_field: str | None,
    bundle: ImportBundle,
    left_out: Counter[str],
) -> None:
    data = task["data"]
    entries = task.get("annotations") or task.get("completions") or []
    if not isinstance(entries, list):
        raise ValidationError(message('{where}: "annotations" must be a list', where=where))
    predictions = task.get("predictions")
    if isinstance(predictions, list) and predictions:
        left_out[message("predictions (a model's pre-annotations)")] += len(predictions)
    quotes = [
        result["value"]["text"]
        for entry in entries
        if isinstance(entry, dict) and isinstance(entry.get("result"), list)
        for result in entry["result"]
        if isinstance(result, dict)
        and isinstance(result.get("value"), dict)
        and isinstance(result["value"].get("text"), str)
    ]
    field = _text_field(data, TASK_FIELDS, quotes, text_field, where)
    article_id = _article(data, data[field], task.get("id"), index, where, bundle, f"data.{field}")
    for number, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("result", []), list):
            raise ValidationError(
                message(
                    "{where}, annotation {number}: expected a result list",
                    where=where,
                    number=number + 1,
                )
            )
        _read_entry(
            entry,
            article_id,
            message("{where}, annotation {number}", where=where, number=number + 1),
            bundle,
            left_out,
        )


def _is_min_record(record: dict[str, Any]) -> bool:
    """JSON_MIN: the task's data, its regions by control name and who annotated, flat."""
    return "annotation_id" in record or any(_regions(value) for value in record.values())


def _regions(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and "start" in item and "end" in item for item in value)
    )


def _read_min_record(
    record: dict[str, Any],
    index: int,
    where: str,
    text_field: str | None,
    bundle: ImportBundle,
    left_out: Counter[str],
) -> None:
    controls = {key: value for key, value in record.items() if _regions(value)}
    quotes = [
        region["text"]
        for regions in controls.values()
        for region in regions
        if isinstance(region.get("text"), str)
    ]
    fields = {key: value for key, value in record.items() if key not in controls}
    left_out[message("JSON_MIN fields that are neither text nor spans (relations…)")] += sum(
        isinstance(value, list | dict) for key, value in fields.items() if key not in MIN_FIELDS
    )
    field = _text_field(fields, TASK_FIELDS + MIN_FIELDS, quotes, text_field, where)
    article_id = _article(fields, fields[field], record.get("id"), index, where, bundle, field)
    annotator = values.text(_annotator(record.get("annotator")), where, "annotator", NAME_CHARS)
    created = values.text(record.get("created_at"), where, "created_at", TITLE_CHARS) or None
    modified = values.text(record.get("updated_at"), where, "updated_at", TITLE_CHARS) or None
    entry = values.text(record.get("annotation_id"), where, "annotation_id", ID_CHARS)
    for control, regions in controls.items():
        for number, region in enumerate(regions):
            spot = message(
                "{where}, {control} {number}", where=where, control=control, number=number + 1
            )
            labels = region.get("labels") or region.get("hypertextlabels")
            if labels is None:
                left_out[message("per-region results other than labels")] += 1
                continue
            start, end = _offsets(region, labels, spot)
            tag = values.text(labels[0], spot, "labels", NAME_CHARS)
            key = f"claimdesk:labelstudio:{article_id}:{entry}:{control}:{start}:{end}:{tag}"
            bundle.annotations.append(
                ImportedAnnotation(
                    id=str(uuid.uuid5(uuid.NAMESPACE_URL, key)),
                    article_id=article_id,
                    start=start,
                    end=end,
                    text=_quote(region, spot),
                    tag=tag,
                    annotator=annotator,
                    created=created,
                    modified=modified,
                    where=spot,
                    unit=UTF16,
                )
            )


def _text_field(
    fields: dict[str, Any],
    metadata: tuple[str, ...],
    quotes: list[str],
    named: str | None,
    where: str,
) -> str:
    """The one field holding the article text: `text`, else the only text field that is not
    metadata (nor a bare URL), narrowed to those holding every quote; refused when unsure."""
    if named:
        if not isinstance(fields.get(named), str) or not fields[named]:
            raise ValidationError(
                message('{where}: no text in the field "{named}"', where=where, named=named)
            )
        return _not_a_link(fields, named, where)
    if isinstance(fields.get("text"), str) and fields["text"]:
        return _not_a_link(fields, "text", where)
    candidates = [
        key
        for key, value in fields.items()
        if key not in metadata and isinstance(value, str) and value and not _is_link(value)
    ]
    if len(candidates) > 1 and quotes:
        candidates = [key for key in candidates if all(q in fields[key] for q in quotes)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ValidationError(
            message("{where}: the task has no text field (data.text or another)", where=where)
        )
    raise ValidationError(
        message(
            "{where}: which field holds the text, {names}? name it with --text-field",
            where=where,
            names=", ".join(candidates),
        )
    )


def _is_link(value: str) -> bool:
    return value.startswith(("http://", "https://", "/data/", "s3://", "gs://")) and (
        len(value.split()) == 1
    )


def _not_a_link(fields: dict[str, Any], key: str, where: str) -> str:
    """`key`, unless it holds where Label Studio loaded the text from (`valueType="url"`):
    its offsets count that text, which Claimdesk does not fetch."""
    if _is_link(fields[key]):
        raise ValidationError(
            message(
                "{where}: the {key} field is a link to the text, not the text; nothing "
                "is fetched: export the tasks with the text in them",
                where=where,
                key=key,
            )
        )
    return key


def _article(
    fields: dict[str, Any],
    text: str,
    task_id: Any,
    index: int,
    where: str,
    bundle: ImportBundle,
    field: str,
) -> str:
    article_id = values.text(
        fields.get("article_id") or task_id or index + 1, where, "article_id", ID_CHARS
    )
    if any(article.id == article_id for article in bundle.articles[-1:]):
        return article_id  # JSON_MIN: the same task again, another annotator's record
    bundle.articles.append(
        imported_article(article_id, values.article_text(text, where, field), fields, where)
    )
    return article_id


def _offsets(value: dict[str, Any], labels: Any, spot: str) -> tuple[int, int]:
    start, end = value.get("start"), value.get("end")
    if not labels or not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError(
            message("{spot}: a labels result needs start, end and a label", spot=spot)
        )
    if not isinstance(labels, list):
        raise ValidationError(message("{spot}: the labels must be a list", spot=spot))
    return start, end


def _quote(value: dict[str, Any], spot: str) -> str | None:
    quote = value.get("text")
    return values.quote(quote, spot, "text", QUOTE_CHARS) if isinstance(quote, str) else None


def _read_entry(
    entry: dict[str, Any],
    article_id: str,
    where: str,
    bundle: ImportBundle,
    left_out: Counter[str],
) -> None:
    annotator = values.text(
        _annotator(entry.get("completed_by")), where, "completed_by", NAME_CHARS
    )
    created = values.text(entry.get("created_at"), where, "created_at", TITLE_CHARS) or None
    modified = values.text(entry.get("updated_at"), where, "updated_at", TITLE_CHARS) or None
    regions: dict[str, ImportedAnnotation] = {}
    extras = []
    for number, result in enumerate(entry.get("result", [])):
        spot = message("{where}, result {number}", where=where, number=number + 1)
        if not isinstance(result, dict):
            raise ValidationError(message("{spot}: expected an object", spot=spot))
        if result.get("type") == "relation":
            extras.append((spot, result))
            continue
        value = result.get("value")
        if not isinstance(value, dict):
            raise ValidationError(message("{spot}: no value", spot=spot))
        if result.get("type") in ("labels", "hypertextlabels"):
            labels = value.get("labels") or value.get("hypertextlabels") or []
            start, end = _offsets(value, labels, spot)
            region_id = values.text(result.get("id"), spot, "id", ID_CHARS) or str(uuid.uuid4())
            score = result.get("score")
            regions[region_id] = ImportedAnnotation(
                id=region_id,
                article_id=article_id,
                start=start,
                end=end,
                text=_quote(value, spot),
                tag=values.text(labels[0], spot, "labels", NAME_CHARS),
                annotator=annotator,
                confidence=score if isinstance(score, int | float) else None,
                created=created,
                modified=modified,
                where=spot,
                unit=UTF16,
            )
        else:
            extras.append((spot, result))
    for spot, result in extras:
        if result.get("type") == "relation":
            labels = result.get("labels") or ["related"]
            if not isinstance(labels, list):
                raise ValidationError(message("{spot}: the labels must be a list", spot=spot))
            source = values.text(result.get("from_id"), spot, "from_id", ID_CHARS, default="None")
            target = values.text(result.get("to_id"), spot, "to_id", ID_CHARS, default="None")
            if result.get("direction") == "left":
                source, target = target, source
            bundle.links.append(
                ImportedLink(
                    id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"claimdesk:{source}:{target}")),
                    source=source,
                    target=target,
                    relation=values.text(labels[0], spot, "labels", NAME_CHARS),
                    annotator=annotator,
                    where=spot,
                )
            )
            continue
        region = regions.get(values.text(result.get("id"), spot, "id", ID_CHARS, default="None"))
        value = result["value"]
        if region is None:
            left_out[message("document-level results (choices, text areas, ratings)")] += 1
        elif result.get("from_name") == "verdict" and value.get("choices"):
            choices = value["choices"]
            choice = choices[0] if isinstance(choices, list) else choices
            region.verdict = values.text(choice, spot, "choices", NAME_CHARS)
        elif result.get("from_name") == "note":
            lines = _lines(value.get("text"), spot)
            region.note = values.checked("\n".join(lines), spot, "note", NOTE_CHARS)
        elif result.get("from_name") == "evidence":
            region.evidence = values.evidence(value.get("text"), spot)
        else:
            left_out[message("per-region results other than verdict, note and evidence")] += 1
    bundle.annotations.extend(regions.values())


def _lines(value: Any, where: str) -> list[str]:
    """A text area's value: a list of lines (or one string)."""
    if value is None or isinstance(value, str):
        return [value] if value else []
    if not isinstance(value, list):
        raise ValidationError(
            message("{where}: a text area's text must be a list of lines", where=where)
        )
    return [values.text(line, where, "text", NOTE_CHARS) for line in value]


def _annotator(completed_by: Any) -> Any:
    """Who made an entry, as a name (still to be checked: a file may put anything here)."""
    if isinstance(completed_by, dict):
        first_last = " ".join(
            part
            for part in (completed_by.get("first_name"), completed_by.get("last_name"))
            if isinstance(part, str) and part
        )
        return (
            completed_by.get("name")
            or first_last
            or completed_by.get("email")
            or completed_by.get("id")
            or ""
        )
    if isinstance(completed_by, int | str) and not isinstance(completed_by, bool):
        return f"Label Studio user {completed_by}"
    return completed_by
