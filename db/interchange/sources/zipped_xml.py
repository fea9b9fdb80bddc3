"""One XML part of a zipped office document (.docx, .odt), read with the zip and XML held
to limits.

A zip can unpack to far more than it weighs: the part is refused when its declared size is
over the limit, and read through a bounded stream whatever it declared. The XML parser
resolves no entities and fetches nothing, so a "billion laughs" or an external entity
stays text.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.rules.limits import MB, describe_bytes
from claimdesk.db.storage.errors import ImportFailure

MAX_XML_BYTES = 30 * MB
"""The part unpacked: a 300-page report is about 3 MB of it."""


def zipped_xml(data: bytes, part: str, kind: str) -> Any:
    """The parsed part (an lxml element); `kind` names the document in messages."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(_part_bytes(data, part, kind), parser)
    except etree.XMLSyntaxError as error:
        raise ImportFailure(
            message("{part} is not well-formed XML ({error})", part=part, error=error.msg)
        ) from None


def _part_bytes(data: bytes, part: str, kind: str) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo(part)
    except zipfile.BadZipFile:
        raise ImportFailure(
            message("is not a readable {kind} (not a zip archive)", kind=kind)
        ) from None
    except KeyError:
        raise ImportFailure(
            message("is not a {kind} (it has no {part})", kind=kind, part=part)
        ) from None
    if info.file_size > MAX_XML_BYTES:
        raise ImportFailure(
            message(
                "{part} would unpack to {size:,.0f} MB, over the {limit} limit (a zip bomb?)",
                part=part,
                size=info.file_size / MB,
                limit=describe_bytes(MAX_XML_BYTES),
            )
        )
    try:
        with archive.open(info) as stream:
            xml = stream.read(MAX_XML_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise ImportFailure(
            message("{part} cannot be unpacked ({error})", part=part, error=error)
        ) from None
    if len(xml) > MAX_XML_BYTES:
        raise ImportFailure(
            message(
                "{part} unpacks to over the {limit} limit (a zip bomb?)",
                part=part,
                limit=describe_bytes(MAX_XML_BYTES),
            )
        )
    return xml
