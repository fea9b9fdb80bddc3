"""OpenDocument text (`.odt`, LibreOffice's own format) read from its content.xml:
headings, paragraphs, list items and table rows, as `.docx` is read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.rules.limits import MB
from claimdesk.db.storage.errors import ImportFailure

from .document import Document
from .language_hints import odt_language
from .zipped_xml import zipped_xml

MAX_ODT_BYTES = 50 * MB
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_SKIPPED = (f"{_TEXT}note", f"{_TEXT}tracked-changes", f"{_TEXT}sequence-decls")


def read_odt(data: bytes) -> Document:
    root = zipped_xml(data, "content.xml", message("OpenDocument text"))
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ImportFailure(
            message("content.xml holds no text document (a spreadsheet or slides?)")
        )
    text = "\n".join(line for line in _blocks(body, "") if line.strip())
    if not text.strip():
        raise ImportFailure(message("the document has no text"))
    return Document(text, language=odt_language(data))


def _blocks(container: Any, bullet: str) -> Iterator[str]:
    """Headings and paragraphs (list items marked `• `), table rows, sections looked into."""
    for element in container:
        tag = element.tag
        if tag in (f"{_TEXT}p", f"{_TEXT}h"):
            yield bullet + _inline(element)
        elif tag == f"{_TEXT}list":
            for item in element:
                yield from _blocks(item, "• ")
        elif tag == f"{_TABLE}table":
            for row in element.iter(f"{_TABLE}table-row"):
                cells = row.iter(f"{_TABLE}table-cell")
                yield "\t".join(" ".join(_blocks(cell, "")).strip() for cell in cells)
        elif tag not in _SKIPPED:
            yield from _blocks(element, bullet)


def _inline(element: Any) -> str:
    """A paragraph's text: spans and links read through, `text:s` spaces, tabs and line
    breaks as written, footnotes left out."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
        elif tag == f"{_TEXT}tab":
            parts.append("\t")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif tag not in _SKIPPED:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
