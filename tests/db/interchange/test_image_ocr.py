"""An image imported as an article: read by OCR where Tesseract is installed, refused in
one line where it is not, and held to a pixel limit read from its header before any of it
is decoded. The OCR language follows the language asked for when its data is installed."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.sources import ocr
from claimdesk.db.interchange.sources.image import image_size

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed"
)


def _installed(language: str) -> bool:
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return language in listed.stdout.split()


def _png_header(width: int, height: int) -> bytes:
    body = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + body
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(body))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


@needs_tesseract
@pytest.mark.parametrize("name", ["statement.png", "statement.jpg"])
def test_importing_a_photographed_statement_reads_its_text_by_ocr(store: Store, name: str):
    (outcome,) = import_articles(store, [FIXTURES / name]).outcomes
    assert outcome.article is not None, outcome.error
    assert store.article_text(outcome.article.id).startswith("Unemployment fell to 4.2 per cent")
    assert outcome.article.title == "statement"
    assert "read by OCR (Tesseract): check its text against the image" in outcome.message()


def test_an_image_without_tesseract_is_refused_in_one_line(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    path = FIXTURES / "statement.png"
    (outcome,) = import_articles(store, [path]).outcomes
    assert outcome.error == (
        f"{path}: is an image: its text can only be read by OCR, and Tesseract is not installed"
    )
    assert store.project_counts() == (0, 0)


def test_an_image_too_large_to_decode_safely_is_refused_before_it_is_decoded(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: "/usr/bin/tesseract")
    ran = []
    monkeypatch.setattr(ocr.subprocess, "run", lambda *args, **kwargs: ran.append(args))
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header(100_000, 100_000) + b"\x00" * 64)
    (outcome,) = import_articles(store, [bomb]).outcomes
    assert outcome.error == (
        f"{bomb}: is 100,000 × 100,000 pixels, over the limit of 40,000,000 for OCR"
    )
    assert ran == [] and store.project_counts() == (0, 0)


def test_a_damaged_image_is_refused_in_one_line(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: "/usr/bin/tesseract")
    damaged = tmp_path / "photo.jpg"
    damaged.write_bytes(b"\xff\xd8\xff\xe0 cut short")
    (outcome,) = import_articles(store, [damaged]).outcomes
    assert outcome.error == (
        f"{damaged}: is not a readable PNG, JPEG, TIFF or WebP image (damaged or truncated?)"
    )


def test_image_sizes_are_read_from_each_format_header():
    assert image_size((FIXTURES / "statement.png").read_bytes()) == (1400, 220)
    assert image_size((FIXTURES / "statement.jpg").read_bytes()) == (1400, 150)
    assert image_size(_png_header(3, 4)) == (3, 4)
    assert image_size(b"II*\x00" + struct.pack("<I", 8) + _tiff_ifd(640, 480)) == (640, 480)
    webp = b"RIFF" + struct.pack("<I", 30) + b"WEBPVP8X" + struct.pack("<I", 10) + bytes(4)
    assert image_size(webp + (799).to_bytes(3, "little") + (599).to_bytes(3, "little")) == (
        800,
        600,
    )
    assert image_size(b"GIF89a") is None


def _tiff_ifd(width: int, height: int) -> bytes:
    entries = [(256, 3, 1, width), (257, 3, 1, height)]
    out = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        out += struct.pack("<HHII", tag, kind, count, value)
    return out + struct.pack("<I", 0)


@needs_tesseract
@pytest.mark.skipif(not _installed("spa"), reason="Tesseract's Spanish data is not installed")
def test_ocr_reads_spanish_when_the_language_is_spanish(store: Store):
    path = FIXTURES / "declaracion.png"
    (outcome,) = import_articles(store, [path], ocr_language="es").outcomes
    assert outcome.article is not None, outcome.error
    assert store.article_text(outcome.article.id) == (
        "El año pasado la economía creció un 2,5 por ciento."
    )


@needs_tesseract
def test_a_language_whose_ocr_data_is_missing_is_read_as_english_with_a_note(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "installed_languages", lambda: frozenset({"eng"}))
    path = FIXTURES / "statement.png"
    (outcome,) = import_articles(store, [path], ocr_language="pt_BR").outcomes
    assert outcome.article is not None, outcome.error
    assert (
        "read as English: Tesseract's Portuguese data (tesseract-ocr-por) is not installed"
        in outcome.message()
    )
