"""Attaching a file as evidence to an annotation or a claim, and removing it again.

The file is read here, bounded by the per-file limit before a byte more is read, and
kept inside the project (`records.evidence_files`); undo tombstones the attachment and
redo revives the same one, so the bytes are stored once whatever the undo history.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from claimdesk.db.interchange.bounded_read import read_bounded
from claimdesk.db.messages import message
from claimdesk.db.records import evidence_files
from claimdesk.db.rules.limits import EVIDENCE_FILE_BYTES
from claimdesk.db.storage.store import Store

from .changes import Applied, Changes, combined, reversible


def read_evidence(path: Path) -> bytes:
    """The file's bytes, refused in one line when over the limit, not a regular file,
    or a project open here; nothing in it is run or parsed."""
    return read_bounded(Path(path), EVIDENCE_FILE_BYTES, message("one evidence file"))


def attach_evidence(
    store: Store,
    path: Path,
    annotator_id: str,
    *,
    annotation_id: str | None = None,
    claim_id: str | None = None,
) -> Applied:
    """Keep the file at `path` as evidence on the annotation or the claim."""
    return attach_evidence_bytes(
        store,
        read_evidence(path),
        Path(path).name,
        annotator_id,
        annotation_id=annotation_id,
        claim_id=claim_id,
    )


def attach_evidence_bytes(
    store: Store,
    data: bytes,
    file_name: str,
    annotator_id: str,
    *,
    annotation_id: str | None = None,
    claim_id: str | None = None,
) -> Applied:
    """`data` (read already, as `read_evidence` does) kept under `file_name`."""
    if (annotation_id is None) == (claim_id is None):
        raise ValueError("attach evidence to exactly one annotation or claim")
    target, record_id = (
        ("annotation_id", annotation_id) if annotation_id is not None else ("claim_id", claim_id)
    )
    assert record_id is not None
    evidence_id = evidence_files.attach(store, data, file_name, annotator_id, target, record_id)
    return _reversible(store, evidence_id, target, record_id, removed=False)


def attach_evidence_files(
    store: Store,
    files: list[tuple[bytes, str]],
    annotator_id: str,
    *,
    annotation_id: str | None = None,
    claim_id: str | None = None,
) -> Applied:
    """Several files read already ((bytes, file name), as dropped on the list together)
    attached as one step: all of them, or none when one is refused."""
    with store.transaction():
        steps = [
            attach_evidence_bytes(
                store, data, name, annotator_id, annotation_id=annotation_id, claim_id=claim_id
            )
            for data, name in files
        ]
    return combined(store, steps)


def remove_evidence(store: Store, evidence_id: str) -> Applied:
    """Tombstone an attachment (its bytes stay for undo); undo brings the same one back."""
    evidence = evidence_files.evidence_file(store, evidence_id)
    evidence_files.set_removed(store, evidence_id, True)
    target, record_id = (
        ("annotation_id", evidence.annotation_id)
        if evidence.annotation_id is not None
        else ("claim_id", evidence.claim_id or "")
    )
    return _reversible(store, evidence_id, target, record_id, removed=True)


def _reversible(
    store: Store, evidence_id: str, target: str, record_id: str, *, removed: bool
) -> Applied:
    changes = (
        Changes(annotations=frozenset({record_id}))
        if target == "annotation_id"
        else Changes(claims=frozenset({record_id}))
    )
    return reversible(
        store,
        changes,
        undo=partial(evidence_files.set_removed, store, evidence_id, not removed),
        redo=partial(evidence_files.set_removed, store, evidence_id, removed),
        record_id=evidence_id,
    )
