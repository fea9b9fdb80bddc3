"""Text that came from a file — a title, a quote, a source file name, a record id quoted in
an error — is shown as the characters it is: markup is neither rendered nor followed (an
`<img src=…>` must not make the window read a file from disk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from claimdesk.db import ClaimdeskError
from claimdesk.db.interchange.formats import jsonl
from claimdesk.desktop.flows import dataset_flows
from claimdesk.desktop.flows.dataset_flows import ExportChoice
from claimdesk.desktop.review.review_panel import ReviewModel, ReviewRow
from claimdesk.desktop.widgets.article_details import ArticleDetailsDialog

from .test_dataset_flows import wait_for_task

MARKUP = '<b>x</b><img src="/etc/hostname">'


def escaped(tooltip: str) -> bool:
    return (
        "&lt;b&gt;x&lt;/b&gt;&lt;img" in tooltip and "<img" not in tooltip and "<b>" not in tooltip
    )


def test_a_failure_quoting_a_record_id_shows_it_literally(
    qtbot, window, tmp_path: Path, monkeypatch, boxes
):
    def refuse(data, article):
        raise ClaimdeskError(f"colleague.jsonl, record {MARKUP}: unknown relation {MARKUP}")

    monkeypatch.setattr(jsonl, "article_record", refuse)
    store = window.session.store
    article = store.articles()[0]
    store.add_annotation(article.id, 0, 3, store.tags()[0].id, window.session.annotator.id)
    dataset_flows.start_export(window, ExportChoice("jsonl", tmp_path / "out.jsonl"))
    wait_for_task(qtbot, window)
    [box] = boxes.boxes
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"colleague.jsonl, record {MARKUP}: unknown relation {MARKUP}"


def test_an_import_report_shows_orphan_reasons_literally(qtbot, window, boxes):
    from claimdesk.db.interchange.import_report import AnnotationImportReport, Orphan

    orphan = Orphan(f"bo.jsonl, line 1, id {MARKUP}", MARKUP, f"cannot find “{MARKUP}”")
    report = AnnotationImportReport(Path("bo.jsonl"), "jsonl", orphans=[orphan])
    box = dataset_flows.show_import_report(window, report)
    qtbot.addWidget(box)
    labels = [label for label in box.findChildren(QLabel) if MARKUP in label.text()]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    box.close()


def test_the_article_details_show_the_source_file_name_literally(qtbot, window):
    store = window.session.store
    article = store.add_article("Some text.", title=MARKUP, source=f"{MARKUP}.txt")
    dialog = ArticleDetailsDialog(window.session, article.id, window)
    qtbot.addWidget(dialog)
    assert dialog.info.textFormat() == Qt.TextFormat.PlainText
    assert f"from {MARKUP}.txt" in dialog.info.text()


def test_review_tooltips_escape_titles_and_quotes(qtbot):
    model = ReviewModel()
    row = ReviewRow("a1", "art", MARKUP, MARKUP, "Figure", "#ff0000", "", "", "", 0)
    model.set_rows([row])
    for column in (1, 2):
        assert escaped(model.index(0, column).data(Qt.ItemDataRole.ToolTipRole))
    assert model.index(0, 1).data(Qt.ItemDataRole.DisplayRole) == MARKUP
