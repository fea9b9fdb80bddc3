"""PDF text by PDFium (pypdfium2, Apache-2.0/BSD): pages in order, running heads left out.

Chosen by measurement (tests/benchmarks/bench_sources.py): on a 300-page LibreOffice PDF
PDFium took 0.7 s where pypdf took 29 s, with the same reading order on the fixtures.
PDFium marks a hyphen it found at a line end with U+0002 and joins the lines itself;
whether the hyphen stays is decided here, from the words the document uses elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from claimdesk.db.messages import Message, message, message_n
from claimdesk.db.records.article_sources import Segment
from claimdesk.db.rules.limits import MB
from claimdesk.db.storage.errors import ImportFailure

from . import ocr as tesseract_ocr
from .child_reader import ChildReader, Reader
from .document import Document, Page
from .pacing import Pacing
from .pdf_pages import read_pages

MAX_PDF_BYTES = 100 * MB
_LINE_END_HYPHENS = "\x02\ufffe"
_EDGE_LINES = 2
_BROKEN_WORD = re.compile(r"(\w+)[\x02\ufffe](\w+)")
_WORDS = re.compile(r"\w+(?:-\w+)*")


class NoTextLayer(ImportFailure):
    """A PDF with no text at all (a scan): OCR could read it where Tesseract is installed."""


PAGE_READER: Reader = read_pages
"""What the child process runs on the bytes: tests put a hostile reader here."""


def read_pdf(
    data: bytes, pacing: Pacing | None = None, *, ocr: bool = False, language: str = ""
) -> Document:
    """The document's text; `ImportFailure` for an encrypted, broken, scanned or
    pathologically slow PDF, or one that crashes PDFium; `ReadCancelled` when the user
    cancels. PDFium reads it in a child process (`child_reader`). With `ocr`, pages
    without text are read by Tesseract (`ocr`) in `language` (an interface or article
    language, or Tesseract's own codes), with its own time per page."""
    pacing = pacing or Pacing()
    if ocr:
        pacing.seconds_per_page = max(pacing.seconds_per_page, tesseract_ocr.SECONDS_PER_PAGE)
    by_ocr = 0
    code, note = tesseract_ocr.language_for(language) if ocr else ("", "")
    pages: list[list[str]] = []
    with ChildReader(PAGE_READER, (data, ocr), pacing, message("the PDF reader")) as child:
        opened = child.opened()
        title, named = opened.title, opened.language
        for number, page in enumerate(child.pages(), 1):
            if isinstance(page, tesseract_ocr.Rendered):
                page = tesseract_ocr.ocr_page(page, number, code, pacing.cancelled)
                by_ocr += 1
            pages.append(page)
    if not any(line.strip() for lines in pages for line in lines):
        if ocr:
            raise ImportFailure(
                message("has no text, even by OCR (a blank scan, or not the OCR language?)")
            )
        raise NoTextLayer(_no_text())
    document_read = replace(_assemble(pages, title), language=named)
    if not by_ocr:
        return document_read
    read: list[str] = [
        message_n(
            "read by OCR (Tesseract) on %n page: check its text against the scan",
            "read by OCR (Tesseract) on %n pages: check its text against the scan",
            by_ocr,
        )
    ]
    read += [note] if note else []
    return replace(document_read, warnings=(*read, *document_read.warnings))


def _no_text() -> Message:
    if tesseract_ocr.tesseract() is not None:
        return message(
            "has no text layer (a scanned document?): Tesseract is installed, so it can be"
            " read by OCR (Read with OCR in the window, `claimdesk import --ocr`)"
        )
    return message("has no text layer (a scanned document?): only PDFs with text can be imported")


def _assemble(pages: list[list[str]], title: str) -> Document:
    """Running heads dropped, soft-wrapped lines rejoined, pages one blank line apart."""
    running = _running_lines(pages)
    bodies = [
        _paragraphs(_without_edges(lines, running, number)) for number, lines in enumerate(pages, 1)
    ]
    vocabulary = _vocabulary(bodies)
    parts: list[Page] = []
    empty = []
    for number, body in enumerate(bodies, 1):
        text = _BROKEN_WORD.sub(lambda match: _joined(match, vocabulary), body).strip("\n")
        if not text.strip():
            empty.append(number)
            continue
        parts.append(Page(text, Segment(0, page=number)))
    warnings = []
    if empty:
        shown = ", ".join(str(number) for number in empty[:10]) + ("…" if len(empty) > 10 else "")
        warnings.append(
            message_n(
                "no text on page {pages} (scanned or blank pages are left out)",
                "no text on %n pages: {pages} (scanned or blank pages are left out)",
                len(empty),
                pages=shown,
            )
        )
    return Document.from_pages(parts, title=title, warnings=warnings)


def _key(line: str, number: int) -> str:
    """The line with its page number as `#`: "Page 3 of 9" on page 3 is "Page # of 9"."""
    return re.sub(rf"(?<!\d){number}(?!\d)", "#", " ".join(line.split()), count=1)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines at a page's top or bottom that recur (numbers aside) on at least half the pages."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for number, lines in enumerate(pages, 1):
        kept = [line for line in lines if line.strip()]
        seen.update({_key(line, number) for line in kept[:_EDGE_LINES] + kept[-_EDGE_LINES:]})
    return {key for key, count in seen.items() if count >= 2 and count * 2 >= len(pages)}


def _without_edges(lines: list[str], running: set[str], number: int) -> list[str]:
    lines = [line for line in lines if line.strip()]
    start, end = 0, len(lines)
    while start < min(end, _EDGE_LINES) and _key(lines[start], number) in running:
        start += 1
    while end > max(start, len(lines) - _EDGE_LINES) and _key(lines[end - 1], number) in running:
        end -= 1
    return lines[start:end]


def _paragraphs(lines: list[str]) -> str:
    """A line a word processor wrapped ends in a space, or runs on in lower case: joined."""
    out: list[str] = []
    for line in lines:
        if out and (out[-1].endswith(" ") or line[:1].islower()):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(line.rstrip() for line in out)


def _vocabulary(bodies: list[str]) -> set[str]:
    return {word.lower() for body in bodies for word in _WORDS.findall(body)}


def _joined(match: re.Match[str], vocabulary: set[str]) -> str:
    """`unemploy-|ment` → unemployment; `long-|term` stays hyphenated when the document
    writes "long-term" elsewhere (or the right part starts with a capital)."""
    left, right = match.group(1), match.group(2)
    if (left + right).lower() in vocabulary:
        return left + right
    if f"{left}-{right}".lower() in vocabulary or right[:1].isupper():
        return f"{left}-{right}"
    return left + right
