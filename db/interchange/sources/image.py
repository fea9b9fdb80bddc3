"""An image (a photographed statement, a screenshot of a post) imported by OCR.

Its size is read from the format's header before Tesseract decodes a byte of it, so a
small file claiming a vast image (a decompression bomb) is refused in one line; every
page of a multi-page TIFF counts. Nothing here decodes pixels: Tesseract (Leptonica) does.
"""

from __future__ import annotations

import struct

from claimdesk.db.messages import message
from claimdesk.db.rules.limits import MB
from claimdesk.db.storage.errors import ImportFailure

from . import ocr as tesseract_ocr
from .document import Document
from .pacing import Pacing

MAX_IMAGE_BYTES = 50 * MB
SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp")
MAX_TIFF_PAGES = 100
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def read_image(data: bytes, pacing: Pacing | None = None, language: str = "") -> Document:
    """The image's text by OCR in `language` (an interface or article language); refused
    in one line without Tesseract, over the pixel limit or unreadable."""
    if tesseract_ocr.tesseract() is None:
        raise ImportFailure(
            message("is an image: its text can only be read by OCR, and Tesseract is not installed")
        )
    size = image_size(data)
    if size is None:
        raise ImportFailure(
            message("is not a readable PNG, JPEG, TIFF or WebP image (damaged or truncated?)")
        )
    width, height = size
    if width * height > tesseract_ocr.MAX_PIXELS:
        raise ImportFailure(
            message(
                "is {width:,} × {height:,} pixels, over the limit of {limit:,} for OCR",
                width=width,
                height=height,
                limit=tesseract_ocr.MAX_PIXELS,
            )
        )
    code, note = tesseract_ocr.language_for(language)
    pacing = pacing or Pacing()
    pacing.start(1)
    lines = tesseract_ocr.ocr_image(data, code, pacing.cancelled)
    pacing.page_done(1, 1)
    text = _paragraphs(lines)
    if not text:
        raise ImportFailure(message("has no text Tesseract could read"))
    warnings: list[str] = [message("read by OCR (Tesseract): check its text against the image")]
    return Document(text, warnings=tuple(warnings + ([note] if note else [])))


def _paragraphs(lines: list[str]) -> str:
    """Tesseract's lines, each paragraph (lines between blank ones) joined into one line."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(" ".join(line.split()))
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join(" ".join(lines) for lines in paragraphs if lines)


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from the header — the largest page of a TIFF — or None when the
    bytes are no PNG, JPEG, TIFF or WebP whose size can be read."""
    try:
        if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
            width, height = struct.unpack(">II", data[16:24])
            return width, height
        if data.startswith(b"\xff\xd8"):
            return _jpeg_size(data)
        if data[:4] in (b"II*\x00", b"MM\x00*"):
            return _tiff_size(data)
        if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
            return _webp_size(data)
    except (struct.error, IndexError):
        return None
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        if marker == 0xD9 or length < 2:
            return None
        at += 2 + length
    return None


def _tiff_size(data: bytes) -> tuple[int, int] | None:
    order = "<" if data[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", data[4:8])
    largest: tuple[int, int] | None = None
    for _ in range(MAX_TIFF_PAGES):
        if offset == 0:
            return largest
        (count,) = struct.unpack(order + "H", data[offset : offset + 2])
        found: dict[int, int] = {}
        for index in range(count):
            entry = data[offset + 2 + 12 * index : offset + 14 + 12 * index]
            tag, kind = struct.unpack(order + "HH", entry[:4])
            if tag in (256, 257):
                value = entry[8:10] if kind == 3 else entry[8:12]
                found[tag] = struct.unpack(order + ("H" if kind == 3 else "I"), value)[0]
        if 256 not in found or 257 not in found:
            return None
        page = (found[256], found[257])
        if largest is None or page[0] * page[1] > largest[0] * largest[1]:
            largest = page
        (offset,) = struct.unpack(
            order + "I", data[offset + 2 + 12 * count : offset + 6 + 12 * count]
        )
    return None  # more pages than any real scan: not read


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L" and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None
