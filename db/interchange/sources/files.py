"""From a chosen file to an article draft: the reader for its format, bounded and checked."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from claimdesk.db.messages import message, said
from claimdesk.db.records.article_sources import Provenance
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import TITLE_CHARS
from claimdesk.db.storage.errors import ClaimdeskError, ImportFailure

from ..article_files import ArticleDraft, decode_article_bytes
from ..bounded_read import read_bounded, read_start, shown_path
from .document import Document
from .docx import MAX_DOCX_BYTES, read_docx
from .image import MAX_IMAGE_BYTES, read_image
from .image import SUFFIXES as IMAGE_SUFFIXES
from .odt import MAX_ODT_BYTES, read_odt
from .pacing import Pacing
from .pdf import MAX_PDF_BYTES, NoTextLayer, read_pdf
from .transcripts import MAX_TRANSCRIPT_BYTES, read_srt, read_vtt


@dataclass(frozen=True)
class SourceFormat:
    name: str
    suffixes: tuple[str, ...]
    limit: int
    """Bytes of the file, checked before a byte of it is parsed or unpacked."""
    read: Callable[[bytes, Pacing], Document]
    """The reader; a long document reports its pages to the `Pacing` (others ignore it)."""
    named_by_file: bool = False
    """Titled by the file's name: a transcript's first line is no title."""
    read_by_ocr: Callable[..., Document] | None = None
    """The reader that also OCRs pages without text (`import --ocr`), where there is one;
    called with the data, the `Pacing` and `language=` (an interface or article language)."""
    always_ocr: bool = False
    """Only OCR reads it (an image)."""


def _text(reader: Callable[[str], Document]) -> Callable[[bytes, Pacing], Document]:
    return lambda data, pacing: reader(decode_article_bytes(data)[0])


def _whole(reader: Callable[[bytes], Document]) -> Callable[[bytes, Pacing], Document]:
    """A reader of a document read in one step (a zip's XML part)."""
    return lambda data, pacing: reader(data)


FORMATS = (
    SourceFormat(
        "a PDF", (".pdf",), MAX_PDF_BYTES, read_pdf, read_by_ocr=partial(read_pdf, ocr=True)
    ),
    SourceFormat(
        "an image",
        IMAGE_SUFFIXES,
        MAX_IMAGE_BYTES,
        read_image,
        named_by_file=True,
        read_by_ocr=read_image,
        always_ocr=True,
    ),
    SourceFormat("a Word document", (".docx",), MAX_DOCX_BYTES, _whole(read_docx)),
    SourceFormat("an OpenDocument text", (".odt",), MAX_ODT_BYTES, _whole(read_odt)),
    SourceFormat("a SubRip transcript", (".srt",), MAX_TRANSCRIPT_BYTES, _text(read_srt), True),
    SourceFormat("a WebVTT transcript", (".vtt",), MAX_TRANSCRIPT_BYTES, _text(read_vtt), True),
)
"""Every document format besides text and saved web pages: the one place to add one."""

NOT_READ = {
    ".doc": message("an old Word file: save it as .docx, .odt or PDF, then import that"),
    ".rtf": message("a rich-text file: save it as .docx, .odt or PDF, then import that"),
    ".gif": message("a GIF image: save it as PNG to read its text by OCR"),
}
_PDF_MAGIC = b"%PDF-"


def source_format(path: Path) -> SourceFormat | None:
    """The format a file's name says, or a PDF by its first bytes whatever its name."""
    suffix = path.suffix.lower()
    if suffix in NOT_READ:
        raise ImportFailure(
            message("{file}: is {what}", file=shown_path(path), what=NOT_READ[suffix])
        )
    for found in FORMATS:
        if suffix in found.suffixes:
            return found
    if read_start(path, len(_PDF_MAGIC) + 1, "an article").startswith(_PDF_MAGIC):
        return FORMATS[0]
    return None


def read_source_file(
    path: Path,
    found: SourceFormat,
    pacing: Pacing | None = None,
    *,
    ocr: bool = False,
    ocr_language: str = "",
) -> ArticleDraft:
    """The file's text, pages or cues and provenance; `ImportFailure` with one line
    (`NoTextLayer` for a scan OCR could read), `ReadCancelled` when the user cancels inside
    a long document. `ocr` reads a PDF's pages without text by OCR; an image is always read
    so; in `ocr_language` (an interface or article language) where Tesseract has it."""
    shown = shown_path(path)
    data = read_bounded(path, found.limit, found.name)
    read = found.read
    if found.read_by_ocr is not None and (ocr or found.always_ocr):
        read = partial(found.read_by_ocr, language=ocr_language)
    try:
        document = read(data, pacing or Pacing())
        file_values.article_text(document.text, "the document")
        file_values.checked(document.title, "the document", "title", TITLE_CHARS)
    except NoTextLayer as error:
        raise NoTextLayer(message("{file}: {error}", file=shown, error=said(error))) from None
    except ClaimdeskError as error:
        raise ImportFailure(message("{file}: {error}", file=shown, error=said(error))) from None
    return ArticleDraft(
        document.text,
        title=document.title or (shown_path(path.stem) if found.named_by_file else ""),
        source=shown,
        warnings=tuple(
            message("{file}: {warning}", file=shown, warning=warning)
            for warning in document.warnings
        ),
        provenance=Provenance(file_name=shown_path(path.name), file_sha256=_sha256(data)),
        segments=document.segments,
        language=document.language,
    )


def checked_source(path: Path, what: str) -> None:
    """A file streamed rather than read whole is held to the same refusals first
    (a folder, a pipe or device, a project open here)."""
    read_start(path, 2, what)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file streamed in chunks (a web archive may be gigabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
