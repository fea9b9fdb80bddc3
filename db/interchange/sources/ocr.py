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
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.storage.errors import ImportFailure

from .pacing import ReadCancelled

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
Cancelled = Callable[[], bool]
_TICK = 0.1
_CODE = re.compile(r"[a-z]{3}(?:_[a-z]+)*|script/\w+")
"""Tesseract's codes are lower case ("chi_sim"); a locale's country is in capitals ("ast_ES")."""
_NAMES = {
    "spa": message("Spanish"),
    "por": message("Portuguese"),
    "fra": message("French"),
    "ara": message("Arabic"),
}


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
    note for the import report when its data is missing (English is read then).
    Tesseract's own codes (`import --ocr-language`, checked there) are kept as they are."""
    if is_tesseract_codes(language):
        return language, ""
    code = LANGUAGES.get(language.replace("-", "_").split("_")[0].lower())
    if code is None or code == "eng":
        return LANGUAGE, ""
    if code in installed_languages():
        return code, ""
    return LANGUAGE, message(
        "read as English: Tesseract's {language} data (tesseract-ocr-{code}) is not installed",
        language=_NAMES[code],
        code=code,
    )


def is_tesseract_codes(value: str) -> bool:
    """ "spa", "chi_sim+eng", "script/Latin": Tesseract's codes, not a locale's "pt_BR"."""
    return bool(value) and all(_CODE.fullmatch(part) for part in value.split("+"))


@dataclass(frozen=True)
class Rendered:
    """A page without text rendered in grey for OCR (binary PGM) by the PDF reader's child
    process, at `dpi`; Tesseract reads it from the parent, where Cancel is heard."""

    image: bytes
    dpi: int


def render_page(page: Any) -> Rendered:
    """A pypdfium2 page rendered at 300 dpi, or smaller when that is over the pixel limit."""
    width, height = page.get_size()  # points
    scale = min(DPI / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
    return Rendered(_pgm(page.render(scale=scale, grayscale=True)), round(scale * 72))


def ocr_page(
    page: Rendered, number: int, language: str = "", cancelled: Cancelled | None = None
) -> list[str]:
    """A rendered page's text lines as Tesseract reads them."""
    what = message("page {number}", number=number)
    return _read(page.image, language or LANGUAGE, what, page.dpi, cancelled)


def ocr_image(data: bytes, language: str = "", cancelled: Cancelled | None = None) -> list[str]:
    """An image file's text lines (its size checked by the caller, `image.image_size`)."""
    return _read(data, language or LANGUAGE, message("the image"), None, cancelled)


def _read(
    image: bytes, language: str, what: str, dpi: int | None, cancelled: Cancelled | None
) -> list[str]:
    program = tesseract()
    if program is None:
        raise ImportFailure(message("OCR needs Tesseract, which is not installed"))
    command = [program, "stdin", "stdout", "-l", language]
    if dpi is not None:
        command += ["--dpi", str(dpi)]
    try:
        status, out, err = _run(command, image, cancelled)
    except subprocess.TimeoutExpired:
        raise ImportFailure(
            message(
                "OCR of {what} took over {seconds} s, so it is refused",
                what=what,
                seconds=f"{SECONDS_PER_PAGE:.0f}",
            )
        ) from None
    except OSError as error:
        raise ImportFailure(
            message("Tesseract cannot be run ({error})", error=error.strerror or str(error))
        ) from None
    if status != 0:
        said = err.decode("utf-8", "replace").strip().splitlines()
        telling = [line for line in said if "fail" in line.lower() or "error" in line.lower()]
        first = (telling or said)[0] if telling or said else ""
        reason = " ".join(first.split())[:200] or message("exit status {code}", code=status)
        raise ImportFailure(message("OCR of {what} failed: {reason}", what=what, reason=reason))
    text = out[:MAX_PAGE_TEXT].decode("utf-8", "replace")
    return text.replace("\f", "").split("\n")


def _run(command: list[str], image: bytes, cancelled: Cancelled | None) -> tuple[int, bytes, bytes]:
    """Tesseract run on `image`, killed at its time limit (`TimeoutExpired`) or when the
    user cancels (`ReadCancelled`): it is waited for in short ticks. The image is handed
    over as a file, since a pipe is fed only by the first of several timed waits."""
    deadline = time.monotonic() + SECONDS_PER_PAGE
    with tempfile.TemporaryFile() as given:
        given.write(image)
        given.seek(0)
        with subprocess.Popen(
            command,
            stdin=given,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        ) as process:
            while True:
                try:
                    out, err = process.communicate(timeout=_TICK)
                    return process.returncode, out, err
                except subprocess.TimeoutExpired:
                    if cancelled is not None and cancelled():
                        process.kill()
                        raise ReadCancelled from None
                    if time.monotonic() >= deadline:
                        process.kill()
                        raise


def _pgm(bitmap: Any) -> bytes:
    """The page rendered in grey as a binary PGM (rows without the bitmap's padding)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    if bitmap.n_channels != 1:
        raise ImportFailure(message("the page could not be rendered in grey for OCR"))
    buffer = bytes(bitmap.buffer)
    rows = (buffer[row * stride : row * stride + width] for row in range(height))
    return f"P5 {width} {height} 255\n".encode("ascii") + b"".join(rows)
