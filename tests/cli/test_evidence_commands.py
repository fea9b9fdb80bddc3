"""`claimdesk attach` and `claimdesk evidence` as a script runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.rules import limits
from claimdesk.desktop.cli import main

PDF = b"%PDF-1.4\nstatement\n%%EOF\n"


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "p.claimdesk"
    with Store.open(path) as store:
        ana = store.ensure_annotator("Ana")
        article = store.add_article("The minister said 40% more.", title="Speech")
        annotation = store.add_annotation(article.id, 18, 21, store.tags()[0].id, ana.id)
    return path, annotation.id


def test_attach_keeps_the_file_and_evidence_lists_it(project, tmp_path: Path, capsys):
    path, annotation_id = project
    (tmp_path / "statement.pdf").write_bytes(PDF)
    assert (
        main(
            [
                "--annotator",
                "Ana",
                "attach",
                str(path),
                annotation_id,
                str(tmp_path / "statement.pdf"),
            ]
        )
        == 0
    )
    evidence_id = capsys.readouterr().out.strip()
    (tmp_path / "statement.pdf").unlink()  # the project holds it now
    assert main(["evidence", str(path), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["id"] == evidence_id and listed["annotation_id"] == annotation_id
    assert (listed["file_name"], listed["media_type"], listed["size"]) == (
        "statement.pdf",
        "application/pdf",
        len(PDF),
    )
    assert listed["added_by"] == "Ana"
    assert main(["evidence", str(path)]) == 0
    assert "statement.pdf  application/pdf" in capsys.readouterr().out


def test_a_file_over_the_limit_is_refused_in_one_line(project, tmp_path: Path, capsys, monkeypatch):
    path, annotation_id = project
    import claimdesk.db.operations.evidence as operations

    monkeypatch.setattr(operations, "EVIDENCE_FILE_BYTES", 100)
    (tmp_path / "big.zip").write_bytes(b"PK\x03\x04" + bytes(500))
    assert (
        main(["--annotator", "Ana", "attach", str(path), annotation_id, str(tmp_path / "big.zip")])
        == 1
    )
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "big.zip" in error and "limit" in error
    assert main(["evidence", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "No evidence files."
    assert limits.EVIDENCE_FILE_BYTES == 25 * limits.MB


def test_attach_asks_who_attaches(project, tmp_path: Path, capsys, monkeypatch):
    monkeypatch.delenv("CLAIMDESK_ANNOTATOR", raising=False)
    path, annotation_id = project
    (tmp_path / "a.pdf").write_bytes(PDF)
    assert main(["attach", str(path), annotation_id, str(tmp_path / "a.pdf")]) == 1
    assert "--annotator" in capsys.readouterr().err
