"""Word `.docx` text read straight from the zip: paragraphs, headings, lists, tables
(the zip and its XML held to limits by `zipped_xml`)."""

from __future__ import annotations

from collections.abc import Iterator

from claimdesk.db.messages import message
from claimdesk.db.rules.limits import MB
from claimdesk.db.storage.errors import ImportFailure

from .document import Document
from .language_hints import docx_language
from .zipped_xml import zipped_xml

MAX_DOCX_BYTES = 50 * MB
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Document:
    root = zipped_xml(data, "word/document.xml", message("Word document"))
    body = root.find(f"{_W}body")
    if body is None:
        raise ImportFailure(message("word/document.xml has no document body"))
    text = "\n".join(line for line in _blocks(body) if line.strip())
    if not text.strip():
        raise ImportFailure(message("the Word document has no text"))
    return Document(text, language=docx_language(data))


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
