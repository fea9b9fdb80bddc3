"""Evidence files kept inside the project: checked by `check`, carried by Save a copy."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.operations.evidence import attach_evidence_bytes
from claimdesk.db.records.evidence_files import all_evidence, content, stored_name, viewer_name
from claimdesk.db.rules.check import check_project

PDF = b"%PDF-1.7\nthe ministry's report\n%%EOF\n"


def attached(store: Store, ana) -> str:
    article = store.add_article("The minister said 40% more.", title="Speech")
    annotation = store.add_annotation(article.id, 18, 21, store.tags()[0].id, ana.id)
    attach_evidence_bytes(store, PDF, "report.pdf", ana.id, annotation_id=annotation.id)
    return annotation.id


def test_check_passes_a_project_with_evidence_and_catches_a_corrupted_file(store: Store, ana):
    attached(store, ana)
    assert check_project(store) == []
    store.conn.execute(
        "UPDATE evidence_blobs SET content = ?", (b"%PDF-1.7\nthe minister's report\n%%EOF\n",)
    )
    (problem,) = check_project(store)
    assert problem.startswith("evidence_blobs ") and "does not match its SHA-256" in problem


def test_check_catches_a_wrong_size_or_media_type(store: Store, ana):
    attached(store, ana)
    store.conn.execute("UPDATE evidence_blobs SET media_type = 'text/html'")
    assert "media type says 'text/html'" in " ".join(check_project(store))
    store.conn.execute("UPDATE evidence_blobs SET media_type = 'application/pdf', size = 3")
    assert "size says 3 bytes" in " ".join(check_project(store))


def test_save_a_copy_carries_the_evidence_files(store: Store, ana, tmp_path: Path):
    attached(store, ana)
    store.save_copy(tmp_path / "copy.claimdesk")
    with Store.open(tmp_path / "copy.claimdesk", create=False, readonly=True) as copy:
        assert check_project(copy) == []
        (evidence,) = all_evidence(copy)
        assert evidence.file_name == "report.pdf" and content(copy, evidence) == PDF


def test_file_names_are_kept_plain_and_written_safely():
    assert stored_name("../../etc/passwd") == "passwd"
    assert stored_name("C:\\Users\\x\\evil\x1b[31m.pdf") == "evil[31m.pdf"
    assert viewer_name("..", "application/pdf") == "evidence.pdf"
    assert viewer_name(".bashrc", "text/plain") == "bashrc.txt"
    assert (
        viewer_name("rapport d'été; rm -rf.PDF", "application/pdf") == "rapport d__t__ rm -rf.pdf"
    )
    assert viewer_name("statement.docx", "application/zip") == "statement.docx"
    assert viewer_name("invoice.pdf", "application/octet-stream") == "invoice.bin"
    assert viewer_name("launch.desktop", "text/plain") == "launch.txt"
    assert viewer_name("page.html", "text/plain") == "page.txt"
