"""Purging evidence files that were removed: their bytes leave the project file, while
every file still attached somewhere (or whose bytes another attachment shares) stays."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.operations.evidence import attach_evidence_bytes, remove_evidence
from claimdesk.db.records.evidence_files import all_evidence, purge_removed_evidence
from claimdesk.db.rules.check import check_project
from claimdesk.desktop.cli import main

PDF = b"%PDF-1.7\n" + bytes(200_000) + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\nscreenshot"


def blobs(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0]


def annotated(store: Store) -> tuple[str, str, str]:
    ana = store.ensure_annotator("Ana")
    article = store.add_article("The minister said 40% more, then 50%.", title="Speech")
    tag = store.tags()[0].id
    first = store.add_annotation(article.id, 18, 21, tag, ana.id).id
    second = store.add_annotation(article.id, 33, 36, tag, ana.id).id
    return ana.id, first, second


def test_purge_drops_the_bytes_only_of_files_removed_everywhere(store: Store):
    ana, first, second = annotated(store)
    pdf = attach_evidence_bytes(store, PDF, "report.pdf", ana, annotation_id=first)
    attach_evidence_bytes(store, PNG, "shot.png", ana, annotation_id=first)
    shared = attach_evidence_bytes(store, PNG, "same shot.png", ana, annotation_id=second)
    remove_evidence(store, pdf.record_id)
    remove_evidence(store, shared.record_id)  # its bytes are still attached to `first`
    purged = purge_removed_evidence(store)
    assert (purged.files, purged.bytes) == (1, len(PDF))
    assert [e.file_name for e in all_evidence(store)] == ["shot.png"]
    assert blobs(store) == 1
    assert purge_removed_evidence(store).files == 0


def test_a_project_purged_still_checks_clean(store: Store):
    ana, first, _ = annotated(store)
    pdf = attach_evidence_bytes(store, PDF, "report.pdf", ana, annotation_id=first)
    remove_evidence(store, pdf.record_id)
    purge_removed_evidence(store)
    assert not any("evidence" in line for line in check_project(store))


def test_purge_evidence_from_the_command_line_says_what_it_freed(tmp_path: Path, capsys):
    project = tmp_path / "p.claimdesk"
    with Store.open(project) as store:
        ana, first, _ = annotated(store)
        pdf = attach_evidence_bytes(store, PDF, "report.pdf", ana, annotation_id=first)
        remove_evidence(store, pdf.record_id)
    before = project.stat().st_size
    assert main(["purge-evidence", str(project)]) == 0
    assert capsys.readouterr().out.startswith("Purged 1 removed evidence file (195 kB)")
    assert project.stat().st_size < before - 150_000
