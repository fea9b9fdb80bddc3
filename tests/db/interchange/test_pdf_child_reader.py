"""A PDF that makes PDFium hang, crash or run out of memory costs one line in the import
report, never the import or the window: PDFium reads in a child process that is killed
at the time bound or on Cancel, and the project is left untouched. Cancel stops
Tesseract's OCR of a page as promptly."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.sources import ocr, pacing, pdf
from tests.fixtures.sources import hostile_readers

PDF = Path(__file__).parents[2] / "fixtures" / "sources" / "budget.pdf"


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("A note read after the PDF.\n", encoding="utf-8")
    return path


def test_a_page_that_hangs_the_reader_is_refused_at_the_time_bound_and_the_rest_imports(
    store: Store, note: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(pdf, "PAGE_READER", hostile_readers.hangs_on_page_two)
    monkeypatch.setattr(pacing, "BASE_SECONDS", 1.0)
    monkeypatch.setattr(pacing, "SECONDS_PER_PAGE", 0.0)
    refused, kept = import_articles(store, [PDF, note]).outcomes
    assert refused.error == (
        f"{PDF}: stopped answering after 1 s at page 2 of 3 (far slower than a real document:"
        " a malformed PDF?): not imported"
    )
    assert kept.article is not None and store.project_counts()[0] == 1
    assert multiprocessing.active_children() == []


def test_a_reader_that_crashes_is_one_line_naming_the_page_and_nothing_is_imported(
    store: Store, note: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(pdf, "PAGE_READER", hostile_readers.crashes_on_page_two)
    refused, kept = import_articles(store, [PDF, note]).outcomes
    assert refused.error == (
        f"{PDF}: crashed the PDF reader at page 2 of 3 (SIGABRT; a malformed PDF?): not imported"
    )
    assert kept.article is not None and store.project_counts()[0] == 1
    assert store.conn.execute("SELECT count(*) FROM article_sources").fetchone() == (0,)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS bounds it on Linux")
def test_a_page_that_wants_gigabytes_is_refused_for_its_memory(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(pdf, "PAGE_READER", hostile_readers.wants_gigabytes_on_page_two)
    (refused,) = import_articles(store, [PDF]).outcomes
    assert refused.error == (
        f"{PDF}: needed over 1,536 MB of memory at page 2 of 3 (a malformed PDF?): not imported"
    )
    assert store.project_counts() == (0, 0)


def test_cancel_while_the_reader_hangs_stops_at_once_and_keeps_nothing(
    store: Store, note: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(pdf, "PAGE_READER", hostile_readers.hangs_on_page_two)
    seen: list[int] = []
    report = import_articles(
        store,
        [PDF, note],
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 1,  # pressed while page two hangs
    )
    assert report.cancelled and report.outcomes == [] and seen == [33]
    assert store.project_counts() == (0, 0)
    assert multiprocessing.active_children() == []


def test_cancel_during_ocr_stops_tesseract_at_once_and_keeps_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    started = tmp_path / "tesseract started"
    slow = tmp_path / "tesseract"
    slow.write_text(f'#!/bin/sh\ntouch "{started}"\nexec sleep 60\n', encoding="utf-8")
    slow.chmod(0o755)
    monkeypatch.setattr(ocr, "tesseract", lambda: str(slow))
    image = Path(__file__).parents[2] / "fixtures" / "sources" / "statement.png"
    report = import_articles(store, [image], cancelled=started.exists)
    assert report.cancelled and report.outcomes == []
    assert store.project_counts() == (0, 0)
