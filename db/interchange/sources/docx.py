"""Word `.docx` text read straight from the zip: paragraphs, headings, lists, tables.

A .docx is a zip of XML, and a zip can unpack to far more than it weighs: the one part
read (word/document.xml) is refused when its declared size is over the limit, and read
through a bounded stream whatever it declared. The XML parser resolves no entities and
fetches nothing, so a "billion laughs" or an external entity stays text.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

from claimdesk.db.rules.limits import MB, describe_bytes
from claimdesk.db.storage.errors import ImportFailure

from .document import Document

MAX_DOCX_BYTES = 50 * MB
MAX_XML_BYTES = 30 * MB
"""word/document.xml unpacked: a 300-page report is about 3 MB of it."""
_PART = "word/document.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLES = ("title", "subtitle", "heading")


def read_docx(data: bytes) -> Document:
    xml = _document_part(data)
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as error:
        raise ImportFailure(f"{_PART} is not well-formed XML ({error.msg})") from None
    body = root.find(f"{_W}body")
    if body is None:
        raise ImportFailure(f"{_PART} has no document body")
    text = "\n".join(line for line in _blocks(body) if line.strip())
    if not text.strip():
        raise ImportFailure("the Word document has no text")
    return Document(text)


def _document_part(data: bytes) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo(_PART)
    except zipfile.BadZipFile:
        raise ImportFailure("is not a readable Word file (not a zip archive)") from None
    except KeyError:
        raise ImportFailure(f"is not a Word document (it has no {_PART})") from None
    if info.file_size > MAX_XML_BYTES:
        raise ImportFailure(
            f"{_PART} would unpack to {info.file_size / MB:,.0f} MB, over the"
            f" {describe_bytes(MAX_XML_BYTES)} limit (a zip bomb?)"
        )
    try:
        with archive.open(info) as part:
            xml = part.read(MAX_XML_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise ImportFailure(f"{_PART} cannot be unpacked ({error})") from None
    if len(xml) > MAX_XML_BYTES:
        raise ImportFailure(
            f"{_PART} unpacks to over the {describe_bytes(MAX_XML_BYTES)} limit (a zip bomb?)"
        )
    return xml


def _blocks(container) -> Iterator[str]:  # type: ignore[no-untyped-def]  # an lxml element
    """Paragraphs and table rows in document order (content controls looked into)."""
    for element in container:
        if element.tag == f"{_W}p":
            yield _paragraph(element)
        elif element.tag == f"{_W}tbl":
            for row in element.iter(f"{_W}tr"):
                cells = (" ".join(_blocks(cell)).strip() for cell in row.iter(f"{_W}tc"))
                yield "\t".join(cells)
        elif element.tag == f"{_W}sdt":
            content = element.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)


def _paragraph(paragraph) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        tag = node.tag[len(_W) :]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag == "noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    text = "".join(parts)
    properties = paragraph.find(f"{_W}pPr")
    if properties is not None and properties.find(f"{_W}numPr") is not None and text.strip():
        return "• " + text
    return text
