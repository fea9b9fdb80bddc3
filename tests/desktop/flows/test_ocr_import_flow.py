"""OCR from the window: a scanned PDF refused in the import report is offered to be read
with OCR where Tesseract is installed (never otherwise), and an image imports through OCR."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from claimdesk.db.interchange.sources import ocr
from claimdesk.desktop.flows import project_flows

from .test_dataset_flows import wait_for_task

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed"
)


def _ocr_button(box: QMessageBox):
    return next((button for button in box.buttons() if button.text() == "Read with OCR"), None)


@needs_tesseract
def test_a_refused_scan_is_read_with_ocr_from_the_import_report(qtbot, window, monkeypatch):
    reports = []

    def press_read_with_ocr(box: QMessageBox) -> int:
        reports.append(box.informativeText())
        button = _ocr_button(box)
        if button is not None:
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_read_with_ocr)
    project_flows.import_article_files(window, [FIXTURES / "scanned.pdf"])
    wait_for_task(qtbot, window)  # the import that refuses the scan
    wait_for_task(qtbot, window)  # the import by OCR
    assert "has no text layer" in reports[0]
    texts = {
        window.session.store.article_text(heading.id)
        for heading in window.session.article_headings()
    }
    assert "Scanned: no text layer here" in texts
    window.session.undo_stack.undo()  # the OCR import is one undo step
    assert len(window.session.article_headings()) == 2


def test_without_tesseract_the_report_offers_no_ocr(qtbot, window, boxes, monkeypatch):
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    project_flows.import_article_files(window, [FIXTURES / "scanned.pdf"])
    wait_for_task(qtbot, window)
    (box,) = boxes.boxes
    assert _ocr_button(box) is None


@needs_tesseract
def test_an_image_imports_through_ocr(qtbot, window, boxes):
    project_flows.import_article_files(window, [FIXTURES / "statement.png"])
    wait_for_task(qtbot, window)
    heading = window.session.article_headings()[-1]
    assert heading.title == "statement"
    assert window.session.store.article_text(heading.id).startswith("Unemployment fell")


def test_the_import_dialog_lists_images_among_sources():
    assert "*.png" in project_flows.ARTICLE_PATTERNS
    assert "*.jpg" in project_flows.ARTICLE_PATTERNS
