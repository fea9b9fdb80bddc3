"""Import annotations (with their articles, links and claims) from JSONL (doccano's too),
W3C, Label Studio or INCEpTION (UIMA CAS XMI).

All of one file goes in as one transaction: a bad record raises ValidationError naming
the file and record and leaves the project as it was. Records keep their ids, so a file
imported twice adds nothing the second time. Offsets are read in the unit their tool
counts (`offset_units`); a span with a quote is placed by its quote when its offsets do
not cut it out (re-anchored, see `reanchor`), and only then checked against the text;
spans that cannot be placed are listed as orphans with file and record, never dropped
or put elsewhere silently.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from claimdesk.db.analysis.offset_units import OFFSET_FORMATS, unit_problem
from claimdesk.db.interchange.formats.common import CancelCheck, ImportBundle, Progress, Ticker
from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import NAME_CHARS
from claimdesk.db.storage import import_rows
from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.db.storage.bulk_insert import larger_page_cache
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.store import Store

from .bounded_read import read_start, shown_path
from .formats import inception_reading, jsonl, labelstudio_reading, w3c_reading
from .import_records import Importer
from .import_report import AnnotationImportReport
from .import_scheme import UNTAGGED

READERS: dict[str, ModuleType] = {
    "jsonl": jsonl,
    "w3c": w3c_reading,
    "labelstudio": labelstudio_reading,
    "inception": inception_reading,
}


def guess_format(path: Path) -> str:
    """jsonl and inception by suffix; a .json/.jsonld file by its content (W3C or Label
    Studio)."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return "jsonl"
    if path.suffix.lower() in (".xmi", ".zip"):  # INCEpTION's XMI, or its ZIP of them
        return "inception"
    start = read_start(path, 4096, message("one dataset file"))
    head = start.decode("utf-8-sig", "replace").lstrip()
    if '"@context"' in head or '"AnnotationCollection"' in head or '"Annotation"' in head:
        return "w3c"
    if head.startswith("["):  # tasks, or JSON_MIN's flat records
        return "labelstudio"
    if head.startswith("{") and "\n{" in head:
        return "jsonl"
    raise ValidationError(
        message(
            "{file}: cannot tell its format; give one of {names}",
            file=shown_path(path.name),
            names=", ".join(READERS),
        )
    )


def import_annotations(
    store: Store,
    path: Path,
    fmt: str | None = None,
    *,
    strict: bool = False,
    add_missing_tags: bool = True,
    offsets: str | None = None,
    text_field: str | None = None,
    untagged_tag: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> AnnotationImportReport:
    """Bring a file's annotations into the project in one transaction (see module doc).

    `strict` refuses tags and verdicts the scheme lacks instead of adding them (so does
    `add_missing_tags=False`). `offsets` ("codepoints" or "utf16") overrides the unit
    each format's tool counts in; `text_field` names a Label Studio task's text field;
    `untagged_tag` is the tag of annotations the file gives none (default "Untagged"; a
    strict import refuses it, as any tag, when the scheme lacks it).
    """
    path = Path(path)
    fmt = fmt or guess_format(path)
    reader = READERS.get(fmt)
    if reader is None:
        raise ValidationError(
            message("cannot import {fmt!r}; use one of {names}", fmt=fmt, names=", ".join(READERS))
        )
    if (problem := unit_problem(offsets)) is not None:
        raise ValidationError(problem)
    if offsets and fmt not in OFFSET_FORMATS:
        raise ValidationError(
            message(
                "{fmt} counts offsets in code points; a unit can be chosen for {names} only",
                fmt=fmt,
                names=" and ".join(OFFSET_FORMATS),
            )
        )
    if text_field and reader is not labelstudio_reading:
        raise ValidationError(message("a text field can be named for Label Studio files only"))
    try:
        bundle = labelstudio_reading.read(path, text_field) if text_field else reader.read(path)
    except (KeyError, TypeError, AttributeError, IndexError) as error:
        raise ValidationError(
            message(
                "{file}: not a {fmt} file ({error!r})",
                file=shown_path(path.name),
                fmt=fmt,
                error=error,
            )
        ) from None
    _refuse_too_many_records(bundle, path)
    report = AnnotationImportReport(path=path, format=fmt, remarks=list(bundle.remarks))
    untagged = file_values.checked(
        untagged_tag or UNTAGGED, message("the untagged tag"), "name", NAME_CHARS
    )
    if not untagged.strip():
        raise ValidationError(message("the tag for untagged annotations needs a name"))
    importer = Importer(store, report, strict or not add_missing_tags, offsets, untagged)
    ticker = Ticker(len(bundle.annotations), progress, cancelled)
    try:
        with cyclic_gc_paused(), larger_page_cache(store), store.transaction():
            importer.run(bundle, ticker)
    except (
        import_rows.ROW_RULE_ERRORS
    ) as error:  # a check above missed something: still all or none
        importer.forget_cached_texts()
        raise ValidationError(
            message(
                "{file}: a record breaks the project's rules ({error})",
                file=shown_path(path.name),
                error=error,
            )
        ) from None
    except BaseException:
        importer.forget_cached_texts()
        raise
    if progress is not None:
        progress(ticker.total, ticker.total)
    return report


def _refuse_too_many_records(bundle: ImportBundle, path: Path) -> None:
    records = len(bundle.articles) + len(bundle.annotations) + len(bundle.links)
    file_values.record_count(records + len(bundle.claims), shown_path(path.name))
