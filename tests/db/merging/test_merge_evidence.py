"""Merging a colleague's file brings the evidence files they attached, each stored once."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.operations.evidence import attach_evidence_bytes, remove_evidence
from claimdesk.db.records.evidence_files import all_evidence, content
from claimdesk.db.storage.errors import ClaimdeskError

PDF = b"%PDF-1.7\nthe ministry's report\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\nscreenshot"


@pytest.fixture
def shared(store: Store, ana, tmp_path: Path) -> tuple[Path, str]:
    """A colleague's copy of this project with one annotation both hold."""
    article = store.add_article("The minister said 40% more.", title="Speech")
    annotation = store.add_annotation(article.id, 18, 21, store.tags()[0].id, ana.id)
    theirs = tmp_path / "bo.claimdesk"
    store.save_copy(theirs)
    return theirs, annotation.id


def blobs(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0]


def test_a_colleagues_attachment_arrives_once_however_often_merged(store: Store, shared):
    theirs, annotation_id = shared
    store.ensure_annotator("Bo")  # here too, under another id: merge matches by name
    with Store.open(theirs) as colleague:
        bo = colleague.ensure_annotator("Bo")
        attach_evidence_bytes(colleague, PNG, "shot.png", bo.id, annotation_id=annotation_id)
    merge_project(store, theirs)
    merge_project(store, theirs)
    (evidence,) = all_evidence(store)
    assert (evidence.file_name, evidence.media_type) == ("shot.png", "image/png")
    assert store.annotator(evidence.annotator_id).name == "Bo"
    assert content(store, evidence) == PNG


def test_the_same_file_attached_on_both_sides_is_kept_once(store: Store, ana, shared):
    theirs, annotation_id = shared
    attach_evidence_bytes(store, PDF, "report.pdf", ana.id, annotation_id=annotation_id)
    with Store.open(theirs) as colleague:
        bo = colleague.ensure_annotator("Bo")
        attach_evidence_bytes(colleague, PDF, "ministry.pdf", bo.id, annotation_id=annotation_id)
        attach_evidence_bytes(colleague, PNG, "shot.png", bo.id, annotation_id=annotation_id)
    merge_project(store, theirs)
    assert sorted(e.file_name for e in all_evidence(store)) == ["report.pdf", "shot.png"]
    assert blobs(store) == 2


def test_a_colleagues_removal_travels_as_a_tombstone(store: Store, ana, shared, tmp_path: Path):
    theirs, annotation_id = shared
    with Store.open(theirs) as colleague:
        bo = colleague.ensure_annotator("Bo")
        applied = attach_evidence_bytes(colleague, PDF, "r.pdf", bo.id, annotation_id=annotation_id)
    merge_project(store, theirs)
    assert len(all_evidence(store)) == 1
    with Store.open(theirs) as colleague:
        remove_evidence(colleague, applied.record_id)
    merge_project(store, theirs)
    assert all_evidence(store) == []


def test_an_attachment_whose_bytes_do_not_match_their_hash_refuses_the_merge(store: Store, shared):
    theirs, annotation_id = shared
    with Store.open(theirs) as colleague:
        bo = colleague.ensure_annotator("Bo")
        attach_evidence_bytes(colleague, PDF, "r.pdf", bo.id, annotation_id=annotation_id)
        colleague.conn.execute("UPDATE evidence_blobs SET content = ?", (b"%PDF-1.7 forged",))
    with pytest.raises(ClaimdeskError, match="does not match its SHA-256"):
        merge_project(store, theirs)
    assert all_evidence(store) == [] and blobs(store) == 0


def test_the_merge_report_counts_the_evidence_files_that_arrived(store: Store, shared):
    theirs, annotation_id = shared
    with Store.open(theirs) as colleague:
        bo = colleague.ensure_annotator("Bo")
        attach_evidence_bytes(colleague, PDF, "ministry.pdf", bo.id, annotation_id=annotation_id)
        attach_evidence_bytes(colleague, PNG, "shot.png", bo.id, annotation_id=annotation_id)
    report = merge_project(store, theirs)
    assert report.evidence_files == 2
    assert "evidence files: 2 added" in report.count_lines()
    again = merge_project(store, theirs)
    assert again.evidence_files == 0 and "evidence" not in again.summary()
