"""Evidence files that come from elsewhere, held to what an attachment made here is: a
colleague's file in a merge (`carry_evidence_files`), and the project itself in `check`
(`evidence_problems`): the bytes must hash to their key, have their size and media type,
and stay within the per-file limit."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from claimdesk.db.messages import message
from claimdesk.db.rules.limits import EVIDENCE_FILE_BYTES, ID_CHARS, TITLE_CHARS, describe_bytes
from claimdesk.db.rules.media_types import sniff_media_type
from claimdesk.db.rules.values import timestamp_problem
from claimdesk.db.storage import evidence_rows as rows
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.store_base import StoreBase

from .evidence_files import stored_name

_SHA256 = re.compile(r"[0-9a-f]{64}")


def blob_problem(stored: tuple[object, ...] | None, sha256: str) -> str | None:
    """Why stored bytes (content, its type, size, media_type, created) are not what their
    key and columns say, or None."""
    if stored is None:
        return message("its content is missing")
    data, kind, size, media_type, _ = stored
    if kind != "blob" or not isinstance(data, bytes):
        return message("content is {kind}, not blob", kind=kind)
    if len(data) > EVIDENCE_FILE_BYTES:
        return message(
            "is over the {limit} limit for one evidence file",
            limit=describe_bytes(EVIDENCE_FILE_BYTES),
        )
    if hashlib.sha256(data).hexdigest() != sha256:
        return message("content does not match its SHA-256")
    if size != len(data):
        return message(
            "size says {size!r} bytes, the content holds {held}", size=size, held=len(data)
        )
    if media_type != sniff_media_type(data):
        return message(
            "media type says {media_type!r}, the content is {found}",
            media_type=media_type,
            found=sniff_media_type(data),
        )
    return None


def evidence_problems(store: StoreBase) -> list[str]:
    """For `check`: every stored evidence file whose bytes are not what it says."""
    problems: list[str] = []
    for sha256 in rows.blob_hashes(store):
        problem = blob_problem(rows.blob(store, sha256), sha256)
        if problem is not None:
            problems.append(
                message("evidence_blobs {sha256!r}: {problem}", sha256=sha256, problem=problem)
            )
    return problems


def carry_evidence_files(
    store: StoreBase, other: str, named: Path, annotators: dict[str, str]
) -> int:
    """Merge: the attachments of the attached project `other` (whose records were merged
    already; `annotators` maps its annotator ids to ours). New ones arrive with their bytes
    unless these bytes are attached to the same record here already; a removal or revival
    modified later than ours wins. Anything malformed refuses the whole merge in one line.
    Returns how many attachments arrived live (for the merge report)."""
    arrived = 0
    incoming = rows.incoming_files(store, other)
    local = rows.local_stamps(store, [str(row[0]) for row in incoming])
    for row in incoming:
        evidence_id, annotation_id, claim_id, sha256, file_name, annotator_id = row[:6]
        created, modified, deleted = row[6:]
        where = message(
            "{named}: evidence_files {evidence_id!r}",
            named=named,
            evidence_id=str(evidence_id)[:ID_CHARS],
        )
        problem = _row_problem(row)
        if problem is not None:
            raise ValidationError(message("{where}: {problem}", where=where, problem=problem))
        target, record_id = (
            ("annotation_id", annotation_id) if annotation_id else ("claim_id", claim_id)
        )
        if evidence_id in local:
            mine_modified, mine_deleted = local[evidence_id]
            if modified > mine_modified and deleted != mine_deleted:
                rows.set_deleted(store, evidence_id, bool(deleted), modified)
            continue
        if not rows.record_exists(store, target, record_id):
            raise ValidationError(
                message(
                    "{where}: refers to no {record}",
                    where=where,
                    record=target.removesuffix("_id"),
                )
            )
        if not deleted and rows.live_file_with(store, target, record_id, sha256):
            continue  # the same bytes are attached there already
        annotator = annotators.get(str(annotator_id), str(annotator_id))
        if not rows.annotator_exists(store, annotator):
            raise ValidationError(
                message("{where}: annotator_id refers to no annotator", where=where)
            )
        if not rows.has_blob(store, sha256):
            stored = rows.blob(store, sha256, other)
            if (problem := blob_problem(stored, sha256)) is not None:
                raise ValidationError(message("{where}: {problem}", where=where, problem=problem))
            assert stored is not None and isinstance(stored[0], bytes)
            rows.store_blob(store, sha256, stored[0], str(stored[3]), str(stored[4]))
        rows.insert_file(
            store,
            {
                "id": evidence_id,
                target: record_id,
                "sha256": sha256,
                "file_name": stored_name(file_name),
                "annotator_id": annotator,
                "created": created,
                "modified": modified,
                "deleted": deleted,
            },
        )
        arrived += not deleted
    return arrived


def _row_problem(row: tuple[object, ...]) -> str | None:
    evidence_id, annotation_id, claim_id, sha256, file_name, annotator_id = row[:6]
    created, modified, deleted = row[6:]
    texts = (evidence_id, sha256, file_name, annotator_id, created, modified)
    if not all(isinstance(value, str) for value in texts):
        return message("has a value that is not text")
    assert isinstance(evidence_id, str) and isinstance(file_name, str)
    if not evidence_id or len(evidence_id) > ID_CHARS or len(file_name) > TITLE_CHARS:
        return message("has an id or file name over its length")
    targets = [value for value in (annotation_id, claim_id) if value is not None]
    if len(targets) != 1 or not isinstance(targets[0], str):
        return message("must name exactly one annotation or claim")
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        return message("sha256 is not a SHA-256 in hex")
    if deleted not in (0, 1) or isinstance(deleted, float):
        return message("deleted is not 0 or 1")
    for column, value in (("created", created), ("modified", modified)):
        if (problem := timestamp_problem(column, value)) is not None:
            return problem
    return None
