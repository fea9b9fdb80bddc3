"""The offsets' unit in File → Export dataset… and File → Import annotations…."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from claimdesk.desktop.flows import dataset_flows
from claimdesk.desktop.flows.dataset_flows import ExportDialog, ImportOptionsDialog

TEXT = "🇫🇷 56 fr: the minister lied."


def test_the_export_dialog_offers_the_offsets_unit_where_the_format_has_one(qtbot, window):
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.choose_format("labelstudio")
    assert dialog.offsets.isEnabled() and dialog.choice().offsets == "codepoints"
    dialog.offsets.setCurrentIndex(dialog.offsets.findData("utf16"))
    assert dialog.choice().offsets == "utf16"
    dialog.choose_format("csv")
    assert not dialog.offsets.isEnabled() and dialog.choice().offsets is None


@pytest.mark.parametrize(("unit", "quote"), [(None, "56"), ("codepoints", " f")])
def test_importing_a_doccano_file_reads_its_offsets_in_the_unit_chosen(
    qtbot, window, tmp_path: Path, monkeypatch, unit, quote
):
    path = tmp_path / "doccano.jsonl"  # "56" as doccano's browser counts it: the flag is 4
    path.write_text(json.dumps({"text": TEXT, "label": [[5, 7, "Quote"]]}) + "\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked = []

    def choose(dialog: ImportOptionsDialog) -> QDialog.DialogCode:
        asked.append(dialog)
        dialog.offsets.setCurrentIndex(dialog.offsets.findData(unit))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportOptionsDialog, "exec", choose)
    reports = []
    monkeypatch.setattr(dataset_flows, "show_import_report", lambda w, r: reports.append(r))
    dataset_flows.import_annotation_file(window)
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=10_000)
    assert len(asked) == 1
    assert [a.quote for a in window.session.store.annotations()] == [quote]
