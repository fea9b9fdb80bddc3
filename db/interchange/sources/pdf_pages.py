"""The PDFium side of reading a PDF, run in the child process (`child_reader`).

It opens the document, says how many pages it has and its title, then yields each page's
text lines, or its rendering where OCR was asked for and the page has no text. Nothing
here decides what the text means: the parent joins, trims and checks it (`pdf`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimdesk.db.messages import Message, message
from claimdesk.db.storage.errors import ImportFailure

from . import ocr as tesseract_ocr
from .child_reader import Opened
from .language_hints import pdf_language

MAX_PAGES = 5000
_PRIVATE_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\u00ad": None, "\r": None})


def read_pages(data: bytes, ocr: bool) -> Iterator[Opened | list[str] | tesseract_ocr.Rendered]:
    """`Opened`, then each page's lines (a `Rendered` page for OCR); `ImportFailure` for
    an encrypted, broken or overlong PDF."""
    import pypdfium2 as pdfium

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
        title = str(document.get_metadata_dict().get("Title") or "").strip()
        yield Opened(count, "" if title.lower() == "untitled" else title, pdf_language(document))
        for index in range(count):
            page = document[index]
            try:
                lines = _page_lines(page)
                if ocr and not any(line.strip() for line in lines):
                    yield tesseract_ocr.render_page(page)
                else:
                    yield lines
            finally:
                page.close()
    finally:
        document.close()


def _open_problem(code: int | None) -> Message:
    import pypdfium2.raw as raw

    if code == raw.FPDF_ERR_PASSWORD:
        return message("is encrypted (it needs a password): remove the password, then import it")
    if code == raw.FPDF_ERR_SECURITY:
        return message("uses an encryption PDFium does not support: save an unencrypted copy")
    return message("is not a readable PDF (damaged or truncated)")


def _page_lines(page: Any) -> list[str]:  # a pypdfium2 PdfPage
    textpage = page.get_textpage()
    try:
        text: str = textpage.get_text_bounded()
    finally:
        textpage.close()
    return text.translate(_PRIVATE_BULLETS).split("\n")
