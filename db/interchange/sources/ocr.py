"""OCR of a scanned PDF's pages by Tesseract, when it is installed: never required.

Asked for explicitly (`claimdesk import --ocr`): PDFium renders each page without text
at 300 dpi (held to a pixel limit), and the `tesseract` program reads it from its standard
input, one page at a time, with a time limit per page; its text is bounded. Nothing else
of Tesseract is used, so any installed version with its language data will do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.storage.errors import ImportFailure

DPI = 300
MAX_PIXELS = 40_000_000
"""A page rendered larger than this (an A0 poster at 300 dpi) is rendered smaller."""
SECONDS_PER_PAGE = 60.0
MAX_PAGE_TEXT = 1_000_000
LANGUAGE = "eng"
"""Tesseract's language: English, the data every installation has."""


def tesseract() -> str | None:
    """The path of the installed `tesseract` program, or None."""
    return shutil.which("tesseract")


def ocr_page(page: Any, number: int) -> list[str]:
    """A pypdfium2 page's text lines as Tesseract reads its rendering."""
    program = tesseract()
    if program is None:
        raise ImportFailure(message("OCR needs Tesseract, which is not installed"))
    width, height = page.get_size()  # points
    scale = min(DPI / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
    image = _pgm(page.render(scale=scale, grayscale=True))
    try:
        done = subprocess.run(
            [program, "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(round(scale * 72))],
            input=image,
            capture_output=True,
            timeout=SECONDS_PER_PAGE,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ImportFailure(
            message(
                "OCR of page {number} took over {seconds:.0f} s, so it is refused",
                number=number,
                seconds=SECONDS_PER_PAGE,
            )
        ) from None
    except OSError as error:
        raise ImportFailure(
            message("Tesseract cannot be run ({reason})", reason=error.strerror or error)
        ) from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        telling = [line for line in said if "fail" in line.lower() or "error" in line.lower()]
        reason = " ".join((telling or said or [f"exit status {done.returncode}"])[0].split())
        reason = reason[:200]
        raise ImportFailure(
            message("OCR of page {number} failed: {reason}", number=number, reason=reason)
        )
    text = done.stdout[:MAX_PAGE_TEXT].decode("utf-8", "replace")
    return text.replace("\f", "").split("\n")


def _pgm(bitmap: Any) -> bytes:
    """The page rendered in grey as a binary PGM (rows without the bitmap's padding)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    if bitmap.n_channels != 1:
        raise ImportFailure(message("the page could not be rendered in grey for OCR"))
    buffer = bytes(bitmap.buffer)
    rows = (buffer[row * stride : row * stride + width] for row in range(height))
    return f"P5 {width} {height} 255\n".encode("ascii") + b"".join(rows)
