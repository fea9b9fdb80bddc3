"""Importing sources from the command line: a line per refused file, archive pages chosen."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.desktop.cli import main

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"


def test_archive_pages_lists_each_html_page_with_its_capture_time_and_url(capsys):
    assert main(["archive-pages", str(FIXTURES / "capture.wacz")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1\t2024-03-12T10:15:00Z\thttps://news.example/2024/budget",
        "2\t2024-03-13T08:00:00Z\thttps://news.example/2024/crime",
    ]


def test_import_brings_in_documents_and_the_chosen_archive_page_and_names_each_refusal(
    tmp_path: Path, capsys
):
    project = tmp_path / "p.claimdesk"
    files = [FIXTURES / name for name in ("budget.pdf", "scanned.pdf", "capture.warc.gz")]
    assert main(["import", str(project), "--page", "2", *map(str, files)]) == 1
    out, err = capsys.readouterr()
    assert [line.split("\t")[1] for line in out.splitlines()] == [
        "Budget statement 2024",
        "Crime figures disputed",
    ]
    (refused,) = err.splitlines()  # what follows says whether Tesseract could OCR it
    assert refused.startswith(f"claimdesk: {files[1]}: has no text layer (a scanned document?):")
    with Store.open(project, create=False, readonly=True) as store:
        assert store.project_counts() == (2, 0)
