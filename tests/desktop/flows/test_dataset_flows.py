"""File → Export dataset… and File → Import annotations… from the window, in the background."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from claimdesk.db import Store
from claimdesk.db.interchange.export import export_project
from claimdesk.db.interchange.formats import jsonl
from claimdesk.desktop.flows import dataset_flows
from claimdesk.desktop.flows.dataset_flows import ExportChoice, ExportDialog


def annotate(window, start: int, end: int, tag_name: str, annotator: str = "Ana") -> str:
    """An annotation straight in the window's project (the workspace is tested elsewhere)."""
    store = window.session.store
    article = store.articles()[0]
    who = store.ensure_annotator(annotator)
    added = store.add_annotation(article.id, start, end, store.tag_by_name(tag_name).id, who.id)
    return added.id


def tick(widget, label: str) -> None:
    item = next(widget.item(r) for r in range(widget.count()) if widget.item(r).text() == label)
    item.setCheckState(Qt.CheckState.Checked)


def wait_for_task(qtbot, window) -> None:
    task = window.task
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass


def test_the_export_dialog_offers_formats_target_and_filters(qtbot, window):
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    formats = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert formats == [
        "jsonl", "csv", "w3c", "claimreview", "labelstudio", "doccano", "inception", "brat",
        "sqlite",
    ]  # fmt: skip
    assert dialog.target.text().endswith(".jsonl")
    dialog.choose_format("csv")
    assert dialog.target.text().endswith(".csv"), "the suggested name follows the format"
    tick(dialog.tags, "Statistic")
    tick(dialog.tags, "Quote")
    tick(dialog.articles, "Report B")
    tick(dialog.annotators, "Ana")
    choice = dialog.choice()
    assert choice.fmt == "csv" and choice.tags == ("Statistic", "Quote")
    assert choice.annotators == ("Ana",)
    report_b = next(a for a in window.session.store.articles() if a.title == "Report B")
    assert choice.articles == (report_b.id,)
    assert dialog.claimreview.isHidden()
    dialog.choose_format("sqlite")
    assert not dialog.filters.isEnabled(), "a SQLite copy is always the whole project"
    assert dialog.choice().tags == ()
    dialog.choose_format("claimreview")
    assert not dialog.claimreview.isHidden()


def test_exporting_from_the_file_menu_writes_only_what_the_filters_pick(
    qtbot, window, tmp_path: Path, monkeypatch
):
    kept = annotate(window, 4, 6, "Statistic")
    annotate(window, 8, 14, "Quote")
    out = tmp_path / "dataset.csv"

    def fill_and_accept(dialog: ExportDialog) -> int:
        dialog.choose_format("csv")
        dialog.target.setText(str(out))
        tick(dialog.tags, "Statistic")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fill_and_accept)
    dataset_flows.export_dataset(window)
    wait_for_task(qtbot, window)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["annotation_id"] for row in rows] == [kept]
    assert "exported" in window.statusBar().currentMessage()


def test_cancelling_an_export_leaves_no_file(qtbot, window, tmp_path: Path, monkeypatch):
    annotate(window, 4, 6, "Statistic")
    started, resume = threading.Event(), threading.Event()
    real = dataset_flows.export_project

    def held_export(*args, **kwargs):
        started.set()
        resume.wait(10)  # the user presses Cancel while the export runs
        return real(*args, **kwargs)

    monkeypatch.setattr(dataset_flows, "export_project", held_export)
    out = tmp_path / "cancelled.jsonl"
    dataset_flows.start_export(window, ExportChoice("jsonl", out))
    task = window.task
    qtbot.waitUntil(started.is_set, timeout=10_000)
    task.dialog.canceled.emit()  # what the progress dialog's Cancel button sends
    with qtbot.waitSignal(task.finished, timeout=10_000):
        resume.set()
    assert list(tmp_path.glob("cancelled*")) == [] and list(tmp_path.glob(".cancelled*")) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_an_export_failing_midway_shows_the_error_and_leaves_no_file(
    qtbot, window, tmp_path: Path, monkeypatch, boxes
):
    annotate(window, 4, 6, "Statistic")

    def disk_full(data, article):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jsonl, "article_record", disk_full)
    dataset_flows.start_export(window, ExportChoice("jsonl", tmp_path / "full.jsonl"))
    wait_for_task(qtbot, window)
    assert boxes.shown and boxes.shown[0].startswith("critical:")
    assert "No space left" in boxes.shown[0]
    assert [p.name for p in tmp_path.iterdir() if "full" in p.name] == []


def export_of_a_colleague(window, tmp_path: Path, tag_name: str = "Quote") -> Path:
    """Bo's export of Report A: one span that fits, and one whose quote is not in the text."""
    colleague = tmp_path / "colleague.claimdesk"
    with Store.open(colleague) as store:
        text = window.session.store.article(window.session.store.articles()[0].id).text
        article = store.add_article(text, title="Report A")
        bo = store.ensure_annotator("Bo")
        tag = store.tag_by_name(tag_name) or store.add_tag(tag_name, "#123456")
        store.add_annotation(article.id, 0, 3, tag.id, bo.id, note="check")
        out = tmp_path / "bo.jsonl"
        export_project(store, "jsonl", out)
    line = json.loads(out.read_text(encoding="utf-8"))
    line["annotations"].append(
        {"id": "lost", "start": 0, "end": 5, "text": "Nowhere here", "tag": tag_name}
    )
    out.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def test_importing_a_colleagues_export_shows_the_report_with_orphans_listed(
    qtbot, window, tmp_path: Path, monkeypatch
):
    path = export_of_a_colleague(window, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    accepted = QDialog.DialogCode.Accepted  # the offsets as the tool counts them
    monkeypatch.setattr(dataset_flows.ImportOptionsDialog, "exec", lambda dialog: accepted)
    boxes = []
    real = dataset_flows.show_import_report
    monkeypatch.setattr(dataset_flows, "show_import_report", lambda w, r: boxes.append(real(w, r)))
    dataset_flows.import_annotation_file(window)
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=10_000)
    box = boxes[0]
    assert box.text().startswith("1 annotation imported")
    assert "1 orphaned" in box.text()
    assert "orphan — bo.jsonl, line 1, annotation 2: cannot find “Nowhere here”" in (
        box.detailedText()
    )
    box.close()
    [annotation] = window.session.store.annotations()
    assert window.session.annotator_name(annotation.annotator_id) == "Bo"
    assert annotation.note == "check"
    assert any(
        span.annotation_id == annotation.id
        for p in window.workspace.panes
        for span in p.view.spans()
    )


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_a_tag_the_scheme_lacks_is_asked_about_before_it_is_added(
    qtbot, window, tmp_path: Path, monkeypatch, answer, boxes
):
    path = export_of_a_colleague(window, tmp_path, tag_name="Economy")
    boxes.answer = answer.title()
    asked = boxes.shown
    reports = []
    monkeypatch.setattr(dataset_flows, "show_import_report", lambda w, r: reports.append(r))
    dataset_flows.start_import(window, path, strict=True)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    assert "tag “Economy”" in asked[0]
    if answer == "no":  # asked once the refused import had rolled back
        assert window.session.store.annotations() == []
        assert window.session.store.tag_by_name("Economy") is None
    else:
        qtbot.waitUntil(lambda: len(reports) == 1, timeout=10_000)
        assert reports[0].new_tags == ["Economy"]
        assert window.session.store.tag_by_name("Economy") is not None
