"""Importing sources in the window: each refused file named in the report itself, archive
pages picked in a dialog, an annotation's page in the inspector, provenance in details."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db.interchange.sources import ocr
from claimdesk.db.records.article_sources import article_source
from claimdesk.desktop.flows import project_flows
from claimdesk.desktop.widgets import archive_pages_dialog
from claimdesk.desktop.widgets.article_details import ArticleDetailsDialog

from .test_dataset_flows import wait_for_task

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"


def test_the_import_report_names_every_refused_file_in_its_text_not_behind_details(
    qtbot, window, boxes, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: None)  # the same with or without Tesseract
    image = tmp_path / "chart.png"
    image.write_bytes(b"\x89PNG\r\n")
    files = [FIXTURES / "budget.pdf", FIXTURES / "encrypted.pdf", image, FIXTURES / "scanned.pdf"]
    project_flows.import_article_files(window, files)
    wait_for_task(qtbot, window)
    (box,) = boxes.boxes
    assert box.text() == "Imported 1 article."
    assert box.informativeText().splitlines() == [
        "3 files need attention:",
        f"• {files[1]}: is encrypted (it needs a password): remove the password, then import it",
        f"• {image}: is an image: its text can only be read by OCR, and Tesseract is not installed",
        f"• {files[3]}: has no text layer (a scanned document?): only PDFs with text can be"
        " imported",
    ]
    assert box.detailedText() == ""
    assert "Budget statement 2024" in {h.title for h in window.session.article_headings()}


def test_a_web_archive_lists_its_pages_and_only_the_ticked_one_is_imported(
    qtbot, window, monkeypatch
):
    listed = []

    def untick_the_first(dialog) -> int:
        listed.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        dialog.list.item(0).setCheckState(archive_pages_dialog.Qt.CheckState.Unchecked)
        return 1

    monkeypatch.setattr(archive_pages_dialog.ArchivePagesDialog, "exec", untick_the_first)
    project_flows.import_article_files(window, [FIXTURES / "capture.wacz"])
    wait_for_task(qtbot, window)  # the listing
    wait_for_task(qtbot, window)  # the import
    assert listed == [
        "2024-03-12 10:15:00Z   https://news.example/2024/budget",
        "2024-03-13 08:00:00Z   https://news.example/2024/crime",
    ]
    titles = {h.title for h in window.session.article_headings()}
    assert "Crime figures disputed" in titles
    assert "Budget: schools get 4.2 per cent more" not in titles


def test_the_inspector_shows_the_page_an_annotation_is_on(qtbot, window):
    project_flows.import_article_files(window, [FIXTURES / "budget.pdf"])
    wait_for_task(qtbot, window)
    session = window.session
    article = next(h for h in session.article_headings() if h.title == "Budget statement 2024")
    text = session.store.article(article.id).text
    start = text.index("Waiting lists")
    annotation = session.store.add_annotation(
        article.id, start, start + 13, session.store.tags()[0].id, session.annotator.id
    )
    window.inspector.show_annotation(annotation.id)
    assert window.inspector.source_label.text().startswith("Budget statement 2024 · page 2 · ")


def test_provenance_is_edited_in_article_details_as_one_undoable_step(qtbot, window):
    project_flows.import_article_files(window, [FIXTURES / "speech.vtt"])
    wait_for_task(qtbot, window)
    session = window.session
    article_id = session.article_headings()[-1].id
    dialog = ArticleDetailsDialog(session, article_id, window)
    qtbot.addWidget(dialog)
    assert dialog.editors["file_name"].text() == "speech.vtt"
    dialog.editors["original_url"].setText("https://tv.example/debate")
    dialog.editors["title"].setText("The debate")
    dialog.accept()
    assert article_source(session.store, article_id).provenance.original_url == (
        "https://tv.example/debate"
    )
    assert session.store.article(article_id).title == "The debate"
    session.undo_stack.undo()
    assert article_source(session.store, article_id).provenance.original_url == ""
    assert session.store.article(article_id).title == "speech"
