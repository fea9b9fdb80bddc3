"""Hostile and unreadable sources: one line each naming the file, and nothing half imported."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.sources import ocr
from claimdesk.db.interchange.sources.zipped_xml import MAX_XML_BYTES

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"


def refusal(store: Store, path: Path) -> str:
    (outcome,) = import_articles(store, [path]).outcomes
    assert outcome.article is None and "\n" not in outcome.error
    assert store.project_counts() == (0, 0)
    assert store.conn.execute("SELECT count(*) FROM article_sources").fetchone() == (0,)
    return outcome.error


def test_a_truncated_pdf_is_refused_as_damaged(store: Store, tmp_path: Path):
    cut = tmp_path / "cut.pdf"
    data = (FIXTURES / "budget.pdf").read_bytes()
    cut.write_bytes(data[: len(data) // 3])
    assert refusal(store, cut) == f"{cut}: is not a readable PDF (damaged or truncated)"


def test_an_encrypted_pdf_is_refused_with_what_to_do(store: Store):
    path = FIXTURES / "encrypted.pdf"
    assert refusal(store, path) == (
        f"{path}: is encrypted (it needs a password): remove the password, then import it"
    )


def test_a_scanned_pdf_without_a_text_layer_is_refused_saying_so(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: None)  # as where it is not installed
    path = FIXTURES / "scanned.pdf"
    assert refusal(store, path) == (
        f"{path}: has no text layer (a scanned document?): only PDFs with text can be imported"
    )


def test_a_pdf_by_its_content_is_read_as_a_pdf_whatever_its_name(store: Store, tmp_path: Path):
    renamed = tmp_path / "statement.txt"
    renamed.write_bytes((FIXTURES / "hyphenated.pdf").read_bytes())
    (outcome,) = import_articles(store, [renamed]).outcomes
    assert outcome.article is not None and outcome.article.text.startswith("The minister claimed")


def test_a_word_file_that_would_unpack_past_the_limit_is_refused_before_unpacking(
    store: Store, tmp_path: Path
):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (MAX_XML_BYTES + 1))
    assert bomb.stat().st_size < 100_000
    assert refusal(store, bomb) == (
        f"{bomb}: word/document.xml would unpack to 30 MB, over the 30 MB limit (a zip bomb?)"
    )


def test_a_word_file_lying_about_its_unpacked_size_is_stopped_at_the_limit(
    store: Store, tmp_path: Path
):
    bomb = tmp_path / "liar.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (MAX_XML_BYTES + 1))
    data = bytearray(bomb.read_bytes())
    declared = (MAX_XML_BYTES + 1).to_bytes(4, "little")
    for at in range(len(data) - 3):  # both the local header and the central directory
        if data[at : at + 4] == declared:
            data[at : at + 4] = (1000).to_bytes(4, "little")
    bomb.write_bytes(bytes(data))
    message = refusal(store, bomb)
    assert message.startswith(f"{bomb}: word/document.xml ")
    assert "limit" in message or "cannot be unpacked" in message


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("notes.docx", b"not a zip", "is not a readable Word document (not a zip archive)"),
        ("photo.gif", b"GIF89a", "is a GIF image: save it as PNG to read its text by OCR"),
        ("old.doc", b"\xd0\xcf\x11\xe0", "is an old Word file: save it as .docx, .odt or PDF"),
        ("cues.vtt", b"1\n00:00:01.000 --> 00:00:02.000\nHi\n", "is not a WebVTT file"),
        ("cues.srt", b"1\n00:00:09,000 --> 00:00:02,000\nHi\n", "line 3: the cue ends before"),
        ("site.warc.gz", b"\x1f\x8b\x08\x00 not really", "is not a readable web archive"),
        ("site.wacz", b"PK\x05\x06" + b"\x00" * 18, "is a zip with no archive/*.warc(.gz)"),
    ],
)
def test_an_unreadable_source_is_refused_with_one_line(
    store: Store, tmp_path: Path, name: str, data: bytes, problem: str
):
    path = tmp_path / name
    path.write_bytes(data)
    assert refusal(store, path).startswith(f"{path}: {problem}")


def test_refused_files_get_a_line_each_while_the_good_ones_go_in(store: Store, tmp_path: Path):
    image = tmp_path / "chart.png"
    image.write_bytes(b"\x89PNG\r\n")
    paths = [FIXTURES / "encrypted.pdf", FIXTURES / "speech.srt", image]
    report = import_articles(store, paths)
    assert [outcome.article is not None for outcome in report.outcomes] == [False, True, False]
    assert [outcome.message().split(":")[0] for outcome in report.failed] == [
        str(paths[0]),
        str(image),
    ]


def test_a_page_cut_short_in_a_truncated_archive_is_refused_and_the_whole_pages_go_in(
    store: Store, tmp_path: Path
):
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes((FIXTURES / "capture.warc.gz").read_bytes()[:1500])
    first, second = import_articles(store, [cut]).outcomes
    assert first.article is not None and first.article.url == "https://news.example/2024/budget"
    assert second.article is None and second.message() == (
        f"{cut}, page 2 (https://news.example/2024/crime): cut short (truncated)"
    )


def test_a_wacz_whose_warc_would_unpack_a_hundred_times_larger_is_refused(
    store: Store, tmp_path: Path
):
    bomb = tmp_path / "bomb.wacz"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("archive/data.warc", b"\0" * 20_000_000)
    message = refusal(store, bomb)
    assert message.startswith(f"{bomb}: archive/data.warc would unpack to 20,000,000 bytes")
    assert message.endswith("(a zip bomb?)")
