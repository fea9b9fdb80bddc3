"""Why a file was not imported is said in the message itself, not behind "Show Details…"
(issue 20): a user who does not click it must still learn which file and why."""

from __future__ import annotations

from pathlib import Path

from claimdesk.desktop.flows import project_flows

from .test_dataset_flows import wait_for_task


def test_the_reasons_files_were_refused_are_shown_in_the_message(
    qtbot, window, tmp_path: Path, boxes
):
    good = tmp_path / "good.txt"
    good.write_text("A third report, with 12 figures.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 64)
    project_flows.import_article_files(window, [good, empty, binary])
    wait_for_task(qtbot, window)
    [box] = boxes.boxes
    assert box.text() == "Imported 1 article."
    shown = box.informativeText()
    assert "2 files need attention:" in shown
    assert "empty.txt" in shown and "photo.txt" in shown
