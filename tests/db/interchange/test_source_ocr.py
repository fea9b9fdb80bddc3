"""A scanned PDF: refused saying OCR is there when Tesseract is installed, and read by OCR
when the user asks (`claimdesk import --ocr`); Tesseract is never required."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.sources import ocr
from claimdesk.db.records.article_sources import article_source
from claimdesk.desktop.cli import main

SCAN = Path(__file__).parents[2] / "fixtures" / "sources" / "scanned.pdf"
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed"
)


def test_a_scan_is_refused_saying_ocr_is_available_where_tesseract_is_installed(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: "/usr/bin/tesseract")
    (outcome,) = import_articles(store, [SCAN]).outcomes
    assert outcome.error == (
        f"{SCAN}: has no text layer (a scanned document?): Tesseract is installed, so it"
        " can be read by OCR (Read with OCR in the window, `claimdesk import --ocr`)"
    )


def test_ocr_asked_for_without_tesseract_is_refused_in_one_line(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    (outcome,) = import_articles(store, [SCAN], ocr=True).outcomes
    assert outcome.error == f"{SCAN}: OCR needs Tesseract, which is not installed"
    assert store.project_counts() == (0, 0)


@needs_tesseract
def test_import_with_ocr_reads_the_scanned_page_and_says_it_was_ocr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    project = tmp_path / "scans.claimdesk"
    assert main(["import", str(project), str(SCAN), "--ocr"]) == 0
    printed = capsys.readouterr()
    read = "read by OCR (Tesseract) on 1 page: check its text against the scan"
    assert read in printed.err
    with Store.open(project, create=False) as store:
        (article,) = store.articles()
        assert store.article_text(article.id) == "Scanned: no text layer here"
        assert article_source(store, article.id).segments[0].page == 1


@needs_tesseract
def test_tesseract_failing_on_a_page_refuses_the_file_in_one_line(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "LANGUAGE", "no_such_language")
    (outcome,) = import_articles(store, [SCAN], ocr=True).outcomes
    assert outcome.error.startswith(f"{SCAN}: OCR of page 1 failed: ")
    assert "no_such_language" in outcome.error
    assert "\n" not in outcome.error and store.project_counts() == (0, 0)


def test_a_scan_refused_where_tesseract_is_installed_is_marked_for_ocr(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: "/usr/bin/tesseract")
    (outcome,) = import_articles(store, [SCAN]).outcomes
    assert outcome.ocr_possible
    # kept a message the window can translate (it was flattened to English text)
    assert outcome.error.fields["error"].template.startswith("has no text layer")


def test_a_scan_refused_without_tesseract_is_not_marked_for_ocr(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    (outcome,) = import_articles(store, [SCAN]).outcomes
    assert outcome.error and not outcome.ocr_possible


def test_ocr_moves_the_progress_page_by_page_and_cancel_keeps_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from tests.fixtures.sources.pdf_writer import write_pdf

    scan = tmp_path / "three scanned pages.pdf"
    write_pdf(scan, [[], [], []])  # pages without text, as a scanner's
    monkeypatch.setattr(ocr, "tesseract", lambda: "/usr/bin/tesseract")
    read: list[int] = []
    monkeypatch.setattr(
        ocr,
        "ocr_page",
        lambda page, number, language="", cancelled=None: read.append(number) or ["Page text"],
    )
    moved: list[tuple[int, int]] = []
    report = import_articles(
        store,
        [scan],
        ocr=True,
        progress=lambda done, total: moved.append((done, total)),
        cancelled=lambda: len(read) >= 2,
    )
    assert read == [1, 2] and moved == [(33, 100)]
    assert report.cancelled and store.project_counts() == (0, 0)
