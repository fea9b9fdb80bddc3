"""INCEpTION's UIMA CAS XMI (XML 1.0): a ZIP of one `.xmi` per article and `TypeSystem.xml`.

INCEpTION's own XMI export is "a ZIP file for each document which contains the XMI file
itself as well as an XML file containing the type system" (its user guide, UIMA CAS
XMI); it names dkpro-cassis, its own Python library, for reading and writing the XML 1.0
flavour, and so does Claimdesk. Each span is a DKPro Core `NamedEntity` whose `value` is
the tag: the layer every INCEpTION project has, so the files open without setting one
up. Each article's `DocumentMetaData` carries its Claimdesk id (`documentId`), title and
URL, so curated files come back onto the same articles. UIMA counts offsets in UTF-16
units, as Java does; cassis converts them from and to Python's code points. Not written
(the export report says so): annotators, verdicts, notes, evidence, links, claims.

dkpro-cassis is optional (the `interop` extra): without it this format says how to
install it, in one line.
"""

from __future__ import annotations

import importlib
import zipfile
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from claimdesk.db.messages import message
from claimdesk.db.storage.errors import ValidationError

from .common import Ticker, atomic_binary_file

if TYPE_CHECKING:
    from claimdesk.db.interchange.export import ExportData

SUFFIX = ".zip"
TYPE_SYSTEM = "TypeSystem.xml"
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
_METADATA_FEATURES = ("documentTitle", "documentId", "documentUri", "documentBaseUri")


def cassis() -> ModuleType:
    """The dkpro-cassis module, or one line saying how to install it."""
    try:
        module: ModuleType = importlib.import_module("cassis")
    except ImportError:
        raise ValidationError(
            message(
                "INCEpTION files are read and written with dkpro-cassis, which is not "
                "installed: pip install 'claimdesk[interop]' (or pip install "
                "dkpro-cassis)"
            )
        ) from None
    return module


def type_system() -> Any:
    """The two DKPro Core types written, as INCEpTION defines them (names and features)."""
    library = cassis()
    types = library.TypeSystem()
    metadata = types.create_type(METADATA, supertypeName="uima.tcas.DocumentAnnotation")
    for feature in _METADATA_FEATURES:
        types.create_feature(metadata, feature, "uima.cas.String")
    entity = types.create_type(NAMED_ENTITY, supertypeName="uima.tcas.Annotation")
    types.create_feature(entity, "value", "uima.cas.String")
    types.create_feature(entity, "identifier", "uima.cas.String")
    return types


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    library = cassis()
    types = type_system()
    metadata, entity = types.get_type(METADATA), types.get_type(NAMED_ENTITY)
    with (
        atomic_binary_file(out) as handle,
        zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(TYPE_SYSTEM, types.to_xml())
        for article in data.articles:
            cas = library.Cas(typesystem=types)
            cas.sofa_string = article.text
            cas.add(
                metadata(
                    begin=0,
                    end=len(article.text),
                    documentTitle=article.title,
                    documentId=article.id,
                    documentUri=article.url or None,
                )
            )
            spans = data.by_article.get(article.id, ())
            for a in spans:
                cas.add(entity(begin=a.start, end=a.end, value=data.tag_name(a)))
            archive.writestr(f"{article.id}.xmi", cas.to_xmi())
            ticker.tick(1 + len(spans))
    if data.annotations:
        data.left_out.append(
            message(
                "left out of INCEpTION's files: annotators, verdicts, notes and evidence (each"
                " span is a named entity with its tag), links and claims"
            )
        )
    return [out]
