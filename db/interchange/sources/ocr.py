"""OCR by Tesseract, when it is installed: never required.

A scanned PDF's pages without text (asked for: `claimdesk import --ocr`, or Read with OCR
in the window) are rendered by PDFium at 300 dpi (held to a pixel limit); an image file
is handed over as it is, its size checked from its header first (`image`). The `tesseract`
program reads from its standard input, one page at a time, with a time limit per page;
its text is bounded. Nothing else of Tesseract is used, so any installed version with its
language data will do. The language follows the interface's or article's where its data
is installed, else English with a note.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from typing import Any

from claimdesk.db.storage.errors import ImportFailure

DPI = 300
MAX_PIXELS = 40_000_000
"""A page rendered larger than this (an A0 poster at 300 dpi) is rendered smaller; an
image larger is refused."""
SECONDS_PER_PAGE = 60.0
MAX_PAGE_TEXT = 1_000_000
LANGUAGE = "eng"
"""Tesseract's language when no other fits: English, the data every installation has."""
LANGUAGES = {"en": "eng", "es": "spa", "pt": "por", "fr": "fra", "ar": "ara"}
"""Tesseract's language data for each language Claimdesk's interface speaks."""
_NAMES = {"spa": "Spanish", "por": "Portuguese", "fra": "French", "ara": "Arabic"}


def tesseract() -> str | None:
    """The path of the installed `tesseract` program, or None."""
    return shutil.which("tesseract")


def installed_languages() -> frozenset[str]:
    """The language data Tesseract has (`tesseract --list-langs`), none when it fails."""
    program = tesseract()
    return _listed(program) if program else frozenset()


@functools.lru_cache(maxsize=4)
def _listed(program: str) -> frozenset[str]:
    try:
        done = subprocess.run(
            [program, "--list-langs"], capture_output=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    lines = done.stdout.decode("utf-8", "replace").splitlines()[1:]
    return frozenset(line.strip() for line in lines if line.strip())


def language_for(language: str) -> tuple[str, str]:
    """Tesseract's language for an interface or article language ("es", "pt_BR"), and a
    note for the import report when its data is missing (English is read then)."""
    code = LANGUAGES.get(language.replace("-", "_").split("_")[0].lower())
    if code is None or code == "eng":
        return LANGUAGE, ""
    if code in installed_languages():
        return code, ""
    return LANGUAGE, (
        f"read as English: Tesseract's {_NAMES[code]} data (tesseract-ocr-{code}) is not installed"
    )


def ocr_page(page: Any, number: int, language: str = "") -> list[str]:
    """A pypdfium2 page's text lines as Tesseract reads its rendering."""
    width, height = page.get_size()  # points
    scale = min(DPI / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
    if tesseract() is None:
        raise ImportFailure("OCR needs Tesseract, which is not installed")
    image = _pgm(page.render(scale=scale, grayscale=True))
    return _read(image, language or LANGUAGE, f"page {number}", round(scale * 72))


def ocr_image(data: bytes, language: str = "") -> list[str]:
    """An image file's text lines (its size checked by the caller, `image.image_size`)."""
    return _read(data, language or LANGUAGE, "the image", None)


def _read(image: bytes, language: str, what: str, dpi: int | None) -> list[str]:
    program = tesseract()
    if program is None:
        raise ImportFailure("OCR needs Tesseract, which is not installed")
    command = [program, "stdin", "stdout", "-l", language]
    if dpi is not None:
        command += ["--dpi", str(dpi)]
    try:
        done = subprocess.run(
            command,
            input=image,
            capture_output=True,
            timeout=SECONDS_PER_PAGE,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ImportFailure(
            f"OCR of {what} took over {SECONDS_PER_PAGE:.0f} s, so it is refused"
        ) from None
    except OSError as error:
        raise ImportFailure(f"Tesseract cannot be run ({error.strerror or error})") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        telling = [line for line in said if "fail" in line.lower() or "error" in line.lower()]
        reason = " ".join((telling or said or [f"exit status {done.returncode}"])[0].split())
        reason = reason[:200]
        raise ImportFailure(f"OCR of {what} failed: {reason}")
    text = done.stdout[:MAX_PAGE_TEXT].decode("utf-8", "replace")
    return text.replace("\f", "").split("\n")


def _pgm(bitmap: Any) -> bytes:
    """The page rendered in grey as a binary PGM (rows without the bitmap's padding)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    if bitmap.n_channels != 1:
        raise ImportFailure("the page could not be rendered in grey for OCR")
    buffer = bytes(bitmap.buffer)
    rows = (buffer[row * stride : row * stride + width] for row in range(height))
    return f"P5 {width} {height} 255\n".encode("ascii") + b"".join(rows)
