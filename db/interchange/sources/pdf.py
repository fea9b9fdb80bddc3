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

from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import Segment
from claimdesk.db.rules.limits import MB
from claimdesk.db.storage.errors import ImportFailure

from . import ocr as tesseract_ocr
from .document import Document, Page
from .pacing import Pacing

MAX_PDF_BYTES = 100 * MB
MAX_PAGES = 5000
_LINE_END_HYPHENS = "\x02\ufffe"
_EDGE_LINES = 2
_BROKEN_WORD = re.compile(r"(\w+)[\x02\ufffe](\w+)")
_WORDS = re.compile(r"\w+(?:-\w+)*")
_PRIVATE_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\u00ad": None, "\r": None})


def read_pdf(data: bytes, pacing: Pacing | None = None, *, ocr: bool = False) -> Document:
    """The document's text; `ImportFailure` for an encrypted, broken, scanned or
    pathologically slow PDF, `ReadCancelled` when the user cancels between pages. With
    `ocr`, pages without text are read by Tesseract (`ocr`), with its own time per page."""
    import pypdfium2 as pdfium

    pacing = pacing or Pacing()
    if ocr:
        pacing.seconds_per_page = max(pacing.seconds_per_page, tesseract_ocr.SECONDS_PER_PAGE)
    by_ocr = 0

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise ImportFailure(_open_problem(getattr(error, "err_code", None))) from None
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise ImportFailure(
                message(
                    "has {count:,} pages, over the limit of {limit:,}", count=count, limit=MAX_PAGES
                )
            )
        pacing.start(count)
        pages = []
        for index in range(count):
            page = document[index]
            try:
                lines = _page_lines(page)
                if ocr and not any(line.strip() for line in lines):
                    lines = tesseract_ocr.ocr_page(page, index + 1)
                    by_ocr += 1
            finally:
                page.close()
            pages.append(lines)
            pacing.page_done(index + 1, count)
        title = str(document.get_metadata_dict().get("Title") or "").strip()
        title = "" if title.lower() == "untitled" else title
    finally:
        document.close()
    if not any(line.strip() for lines in pages for line in lines):
        raise ImportFailure(_no_text(ocr))
    document_read = _assemble(pages, title)
    if not by_ocr:
        return document_read
    read = message(
        "read by OCR (Tesseract) on {pages} page(s): check its text against the scan", pages=by_ocr
    )
    return replace(document_read, warnings=(read, *document_read.warnings))


def _no_text(ocr: bool) -> str:
    if ocr:
        return message("has no text, even by OCR (a blank scan, or not the OCR language?)")
    if tesseract_ocr.tesseract() is not None:
        return message(
            "has no text layer (a scanned document?): Tesseract is installed, so "
            "`claimdesk import --ocr` can read it by OCR"
        )
    return message("has no text layer (a scanned document?): only PDFs with text can be imported")


def _open_problem(code: int | None) -> str:
    import pypdfium2.raw as raw

    if code == raw.FPDF_ERR_PASSWORD:
        return message("is encrypted (it needs a password): remove the password, then import it")
    if code == raw.FPDF_ERR_SECURITY:
        return message("uses an encryption PDFium does not support: save an unencrypted copy")
    return message("is not a readable PDF (damaged or truncated)")


def _page_lines(page) -> list[str]:  # type: ignore[no-untyped-def]  # a pypdfium2 PdfPage
    textpage = page.get_textpage()
    try:
        text: str = textpage.get_text_bounded()
    finally:
        textpage.close()
    return text.translate(_PRIVATE_BULLETS).split("\n")


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
            message("no text on page(s) {pages} (scanned or blank pages are left out)", pages=shown)
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
