"""A PDF that hangs PDFium in the window: the window keeps answering, the progress shows
the page read, Cancel ends the reader at once, and a PDF that crashes the reader is one
line in the import report while the other files go in."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from PySide6.QtCore import QTimer

from claimdesk.db.interchange.sources import pdf
from claimdesk.desktop.flows import project_flows
from tests.fixtures.sources import hostile_readers

from .test_dataset_flows import wait_for_task

PDF = Path(__file__).parents[2] / "fixtures" / "sources" / "budget.pdf"


def test_cancel_while_a_pdf_hangs_the_reader_leaves_a_responsive_window(
    qtbot, window, monkeypatch, boxes
):
    monkeypatch.setattr(pdf, "PAGE_READER", hostile_readers.hangs_on_page_two)
    before = len(window.session.article_headings())
    project_flows.import_article_files(window, [PDF])
    task = window.task
    qtbot.waitUntil(lambda: task.dialog.value() > 0, timeout=30_000)  # page one was read
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)  # the event loop runs meanwhile
    timer.stop()
    task.dialog.canceled.emit()  # the Cancel button
    wait_for_task(qtbot, window)
    assert "Import cancelled" in window.statusBar().currentMessage()
    assert len(window.session.article_headings()) == before and boxes.shown == []
    assert multiprocessing.active_children() == []


def test_a_pdf_that_crashes_the_reader_is_one_line_in_the_report(
    qtbot, window, monkeypatch, boxes, tmp_path: Path
):
    monkeypatch.setattr(pdf, "PAGE_READER", hostile_readers.crashes_on_page_two)
    note = tmp_path / "note.txt"
    note.write_text("A note imported beside it.\n", encoding="utf-8")
    before = len(window.session.article_headings())
    project_flows.import_article_files(window, [PDF, note])
    wait_for_task(qtbot, window)
    (box,) = boxes.boxes
    assert (
        f"• {PDF}: crashed the PDF reader at page 2 of 3 (SIGABRT; a malformed PDF?):"
        " not imported" in box.informativeText()
    )
    assert len(window.session.article_headings()) == before + 1
