"""File → Export… and File → Import annotations… from the window, in the background."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from claimdesk.db import Store
from claimdesk.desktop import dataset_flows


def test_exporting_jsonl_from_the_file_menu_writes_the_dataset(
    qtbot, window, tmp_path: Path, monkeypatch
):
    view = window.workspace.panes[0].view
    view.select_range(4, 6)
    qtbot.keyClick(view, Qt.Key.Key_2)
    out = tmp_path / "dataset"
    chosen = next(label for label in dataset_flows.EXPORT_FILTERS if "JSON Lines" in label)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), chosen))
    dataset_flows.export_dataset(window)
    written = tmp_path / "dataset.jsonl"
    qtbot.waitUntil(written.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "xport" in window.statusBar().currentMessage(), timeout=10_000)
    lines = [json.loads(line) for line in written.read_text().splitlines()]
    labelled = [line for line in lines if line["label"]]
    assert len(lines) == 2 and len(labelled) == 1
    assert labelled[0]["label"][0][:2] == [4, 6]


def test_importing_a_colleagues_export_brings_their_annotations_in(
    qtbot, window, tmp_path: Path, monkeypatch
):
    colleague = tmp_path / "colleague.claimdesk"
    with Store.open(colleague) as store:
        text = window.session.store.article(window.workspace.panes[0].article_id).text
        article = store.add_article(text, title="Report A")
        bo = store.ensure_annotator("Bo")
        store.add_annotation(article.id, 0, 3, store.tags()[0].id, bo.id, note="check")
        from claimdesk.db.export import export_project

        export_project(store, "jsonl", tmp_path / "bo.jsonl")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bo.jsonl"), "")
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    dataset_flows.import_annotation_file(window)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    [annotation] = window.session.store.annotations()
    assert window.session.annotator_name(annotation.annotator_id) == "Bo"
    assert annotation.note == "check"
    assert any(
        span.annotation_id == annotation.id
        for p in window.workspace.panes
        for span in p.view.spans()
    )
