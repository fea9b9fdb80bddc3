"""Reading INCEpTION's UIMA CAS XMI (XML 1.0) back: its ZIP, or an `.xmi` file with the
`TypeSystem.xml` INCEpTION writes beside it, through dkpro-cassis (see `inception`).

Each XMI is one article (matched by `DocumentMetaData.documentId`, else by its text).
Spans are the named entities (the tag is their `value`; none is an untagged span) and
annotations of INCEpTION's custom span layers (`webanno.custom.*`: the tag is their
first text feature, else the layer's name); other types (tokens, sentences…) are
counted in a remark. In a project export (`annotation/<document>/<user>.xmi`) the file's
name is the annotator. cassis turns UIMA's UTF-16 offsets into code points. Files are
read bounded, and XML declaring a DOCTYPE or entities is refused before parsing.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Any

from claimdesk.db.analysis.offset_units import CODEPOINTS
from claimdesk.db.interchange.bounded_read import read_bounded, shown_path
from claimdesk.db.messages import message
from claimdesk.db.records.articles import text_sha256
from claimdesk.db.rules import file_values as values
from claimdesk.db.rules.limits import DATASET_BYTES, ID_CHARS, NAME_CHARS, RECORDS_PER_FILE
from claimdesk.db.storage.errors import ValidationError

from .common import ImportBundle, ImportedAnnotation, imported_article
from .inception import METADATA, NAMED_ENTITY, TYPE_SYSTEM, cassis

_CUSTOM = "webanno.custom."
_SKIPPED_BASES = ("uima.", METADATA)


def read(path: Path) -> ImportBundle:
    name = shown_path(path.name)
    data = read_bounded(path, DATASET_BYTES, message("one dataset file"))
    if path.suffix.lower() == ".xmi":
        beside = path.parent / TYPE_SYSTEM
        if not beside.is_file():
            raise ValidationError(
                message(
                    "{name}: an XMI file needs the {type_system} INCEpTION exports with "
                    "it, beside it (or import INCEpTION's ZIP as it is)",
                    name=name,
                    type_system=TYPE_SYSTEM,
                )
            )
        type_xml = read_bounded(beside, DATASET_BYTES, message("one dataset file"))
        documents = [(path.name, data)]
    else:
        type_xml, documents = _zip_members(data, name)
    library = cassis()
    types = library.load_typesystem(
        io.BytesIO(
            _safe_xml(
                type_xml, message("{name}, {type_system}", name=name, type_system=TYPE_SYSTEM)
            )
        )
    )
    bundle = ImportBundle()
    skipped: Counter[str] = Counter()
    for member, xml in documents:
        where = message("{name}, {member}", name=name, member=member)
        try:
            cas = library.load_cas_from_xmi(io.BytesIO(_safe_xml(xml, where)), typesystem=types)
        except ValidationError:
            raise
        except Exception as error:  # cassis and lxml raise many kinds; one line each
            raise ValidationError(
                message("{where}: not a UIMA CAS XMI file ({error})", where=where, error=error)
            ) from None
        _read_cas(cas, member, where, bundle, skipped)
    if skipped:
        kinds = ", ".join(f"{kind} ({count})" for kind, count in skipped.most_common(5))
        bundle.remarks.append(message("annotations of other layers left out: {kinds}", kinds=kinds))
    return bundle


def _zip_members(data: bytes, name: str) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The type system and every XMI of INCEpTION's ZIP, sizes checked before reading."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ValidationError(
            message("{name}: not a ZIP file (INCEpTION's XMI export)", name=name)
        ) from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > RECORDS_PER_FILE or sum(i.file_size for i in members) > DATASET_BYTES:
            raise ValidationError(
                message("{name}: the ZIP unpacks to more than one dataset may hold", name=name)
            )
        types = [i for i in members if PurePosixPath(i.filename).name.lower() == "typesystem.xml"]
        xmis = [i for i in members if i.filename.lower().endswith(".xmi")]
        if not types or not xmis:
            raise ValidationError(
                message(
                    "{name}: expected INCEpTION's UIMA CAS XMI export (.xmi files and "
                    "{type_system})",
                    name=name,
                    type_system=TYPE_SYSTEM,
                )
            )
        return archive.read(types[0]), [(i.filename, archive.read(i)) for i in xmis]


def _safe_xml(xml: bytes, where: str) -> bytes:
    """The XML, unless it declares a DOCTYPE or entities (expansion bombs, external files)."""
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise ValidationError(
            message("{where}: XML with a DOCTYPE or entities is refused", where=where)
        )
    return xml


def _read_cas(
    cas: Any, member: str, where: str, bundle: ImportBundle, skipped: Counter[str]
) -> None:
    text = values.article_text(cas.sofa_string, where)
    metadata = _metadata(cas)
    document_id = values.text(metadata.get("documentId"), where, "documentId", ID_CHARS)
    article_id = document_id or f"inception-{text_sha256(text)[:24]}"
    fields = {"title": metadata.get("documentTitle"), "url": metadata.get("documentUri")}
    bundle.articles.append(imported_article(article_id, text, fields, where))
    annotator = _annotator(member)
    for index, fs in enumerate(cas.select_all_annotations()):
        type_name = fs.type.name
        tag = _tag(cas, fs)
        if tag is None:
            if not type_name.startswith(_SKIPPED_BASES):
                skipped[fs.type.short_name] += 1
            continue
        spot = message("{where}, annotation {number}", where=where, number=index + 1)
        start, end = fs.begin, fs.end
        tag = values.text(tag, spot, "value", NAME_CHARS)
        digest = text_sha256(text)
        bundle.annotations.append(
            ImportedAnnotation(
                id=str(
                    uuid.uuid5(
                        uuid.NAMESPACE_URL,
                        f"claimdesk:inception:{digest}:{start}:{end}:{tag}:{annotator}",
                    )
                ),
                article_id=article_id,
                start=start,
                end=end,
                text=text[start:end],
                tag=tag,
                annotator=annotator,
                where=spot,
                unit=CODEPOINTS,
            )
        )


def _metadata(cas: Any) -> dict[str, Any]:
    try:
        found = cas.select(METADATA)
    except Exception:  # the type system has no DocumentMetaData
        return {}
    if not found:
        return {}
    return {key: found[0].get(key) for key in ("documentId", "documentTitle", "documentUri")}


def _tag(cas: Any, fs: Any) -> str | None:
    """The tag of a span this import reads ("" for an untagged one), None for other types."""
    types = cas.typesystem
    if types.contains_type(NAMED_ENTITY) and types.is_instance_of(fs.type, NAMED_ENTITY):
        value = fs.get("value")
        return value if isinstance(value, str) else ""
    if fs.type.name.startswith(_CUSTOM) and hasattr(fs, "begin"):
        for feature in fs.type.all_features:
            value = fs.get(feature.name)
            if feature.rangeType.name == "uima.cas.String" and isinstance(value, str) and value:
                return value
        return str(fs.type.short_name)
    return None


def _annotator(member: str) -> str:
    """The user of an INCEpTION project export's `annotation/<document>/<user>.xmi`."""
    parts = PurePosixPath(member).parts
    if len(parts) >= 3 and parts[-3] in ("annotation", "curation"):
        return PurePosixPath(member).stem
    return ""
