"""Attaching files as evidence to an annotation or a claim, kept inside the project."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.operations.evidence import attach_evidence, remove_evidence
from claimdesk.db.records.evidence_files import all_evidence, content, evidence_of, size_warning
from claimdesk.db.rules import limits
from claimdesk.db.storage.errors import ClaimdeskError

from .rows import project_rows

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def written(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_pdf_attached_to_an_annotation_is_listed_with_its_hash_size_and_type(
    store: Store, ana, spans, tmp_path: Path
):
    applied = attach_evidence(
        store, written(tmp_path, "report.pdf", PDF), ana.id, annotation_id=spans["A"]
    )
    (evidence,) = evidence_of(store, "annotation_id", spans["A"])
    assert evidence.id == applied.record_id
    assert (evidence.file_name, evidence.size, evidence.media_type) == (
        "report.pdf",
        len(PDF),
        "application/pdf",
    )
    assert evidence.sha256 == hashlib.sha256(PDF).hexdigest()
    assert evidence.annotator_id == ana.id and evidence.created
    assert content(store, evidence) == PDF
    assert applied.changes.annotations == {spans["A"]}


def test_the_media_type_comes_from_the_bytes_not_the_name(store: Store, ana, spans, tmp_path: Path):
    attach_evidence(
        store, written(tmp_path, "screenshot.pdf", PNG), ana.id, annotation_id=spans["A"]
    )
    attach_evidence(
        store,
        written(tmp_path, "notes.png", b"\x7fELF\x02\x01\x00"),
        ana.id,
        annotation_id=spans["A"],
    )
    assert [e.media_type for e in all_evidence(store)] == ["image/png", "application/octet-stream"]


def test_undo_takes_the_attachment_away_and_redo_brings_back_the_same_one(
    store: Store, ana, spans, tmp_path: Path
):
    path = written(tmp_path, "report.pdf", PDF)
    before = project_rows(store)
    applied = attach_evidence(store, path, ana.id, annotation_id=spans["A"])
    after = project_rows(store)
    undone = applied.inverse()
    assert evidence_of(store, "annotation_id", spans["A"]) == []
    rows = project_rows(store)
    assert {t: r for t, r in rows.items() if not t.startswith("evidence")} == {
        t: r for t, r in before.items() if not t.startswith("evidence")
    }
    assert [row[-1] for row in rows["evidence_files"].values()] == [1]  # a tombstone
    redone = undone.inverse()
    assert project_rows(store) == after
    assert [e.id for e in evidence_of(store, "annotation_id", spans["A"])] == [applied.record_id]
    assert undone.changes == applied.changes == redone.changes


def test_removing_evidence_is_undone_exactly(store: Store, ana, spans, tmp_path: Path):
    attached = attach_evidence(
        store, written(tmp_path, "a.pdf", PDF), ana.id, annotation_id=spans["A"]
    )
    before = project_rows(store)
    removed = remove_evidence(store, attached.record_id)
    assert evidence_of(store, "annotation_id", spans["A"]) == []
    removed.inverse()
    assert project_rows(store) == before
    assert len(evidence_of(store, "annotation_id", spans["A"])) == 1


def test_the_same_file_attached_twice_is_stored_once(store: Store, ana, spans, tmp_path: Path):
    attach_evidence(store, written(tmp_path, "report.pdf", PDF), ana.id, annotation_id=spans["A"])
    attach_evidence(
        store, written(tmp_path, "copy of report.pdf", PDF), ana.id, annotation_id=spans["B"]
    )
    claim = store.add_claim(ana.id, [spans["C"]])
    attach_evidence(store, written(tmp_path, "r.pdf", PDF), ana.id, claim_id=claim.id)
    assert len(all_evidence(store)) == 3
    assert [e.file_name for e in evidence_of(store, "claim_id", claim.id)] == ["r.pdf"]
    assert store.conn.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0] == 1
    with pytest.raises(ClaimdeskError, match="already attached"):
        attach_evidence(
            store, written(tmp_path, "again.pdf", PDF), ana.id, annotation_id=spans["A"]
        )


def test_a_file_over_the_limit_is_refused_in_one_line_and_nothing_is_kept(
    store: Store, ana, spans, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(limits, "EVIDENCE_FILE_BYTES", 1000)
    import claimdesk.db.operations.evidence as evidence_ops

    monkeypatch.setattr(evidence_ops, "EVIDENCE_FILE_BYTES", 1000)
    big = written(tmp_path, "huge.zip", b"PK\x03\x04" + b"\x00" * 2000)
    with pytest.raises(ClaimdeskError) as refused:
        attach_evidence(store, big, ana.id, annotation_id=spans["A"])
    assert "huge.zip" in str(refused.value) and "limit" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert all_evidence(store) == []


def test_a_folder_or_a_removed_annotation_is_refused(store: Store, ana, spans, tmp_path: Path):
    with pytest.raises(ClaimdeskError):
        attach_evidence(store, tmp_path, ana.id, annotation_id=spans["A"])
    store.delete_annotation(spans["B"])
    with pytest.raises(ClaimdeskError, match="no annotation"):
        attach_evidence(store, written(tmp_path, "a.pdf", PDF), ana.id, annotation_id=spans["B"])


def test_the_project_warns_when_its_evidence_grows_past_the_total(
    store: Store, ana, spans, tmp_path: Path, monkeypatch
):
    import claimdesk.db.records.evidence_files as records

    attach_evidence(store, written(tmp_path, "a.pdf", PDF), ana.id, annotation_id=spans["A"])
    assert size_warning(store) is None
    monkeypatch.setattr(records, "EVIDENCE_PROJECT_WARNING_BYTES", 10)
    assert "evidence files take" in (size_warning(store) or "")


def test_files_dropped_together_are_attached_as_one_step_or_not_at_all(store: Store, ana, spans):
    from claimdesk.db.operations.evidence import attach_evidence_files

    applied = attach_evidence_files(
        store, [(PDF, "report.pdf"), (PNG, "post.png")], ana.id, annotation_id=spans["A"]
    )
    assert [e.file_name for e in evidence_of(store, "annotation_id", spans["A"])] == [
        "report.pdf",
        "post.png",
    ]
    applied.inverse()
    assert evidence_of(store, "annotation_id", spans["A"]) == []
    with pytest.raises(ClaimdeskError):  # the same bytes twice: the second is refused
        attach_evidence_files(
            store, [(b"new", "a.txt"), (b"new", "b.txt")], ana.id, annotation_id=spans["A"]
        )
    assert evidence_of(store, "annotation_id", spans["A"]) == []
