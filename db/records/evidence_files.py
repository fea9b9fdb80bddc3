"""Files kept as evidence on an annotation or a claim, inside the project file.

The project stays one file, so a PDF, a screenshot or an archive is stored as a BLOB with
its SHA-256, size and media type (told from its bytes, `rules.media_types`); the same
bytes attached twice, or by two colleagues, are stored once. An attachment names the
stored bytes, its original file name, who attached it and when; removing it leaves a
tombstone, so undo revives it and merges carry the removal.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import (
    EVIDENCE_FILE_BYTES,
    EVIDENCE_PROJECT_WARNING_BYTES,
    TITLE_CHARS,
    describe_bytes,
)
from claimdesk.db.rules.media_types import sniff_media_type
from claimdesk.db.storage import evidence_rows as rows
from claimdesk.db.storage.clock import new_id, now
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store_base import StoreBase

TARGETS = rows.TARGETS


@dataclass(frozen=True)
class EvidenceFile:
    """One attachment, with what its stored bytes are."""

    id: str
    annotation_id: str | None
    claim_id: str | None
    sha256: str
    file_name: str
    annotator_id: str
    created: str
    deleted: bool
    size: int
    media_type: str


def _record(row: tuple[Any, ...]) -> EvidenceFile:
    evidence_id, annotation_id, claim_id, sha256, file_name, annotator_id, created = row[:7]
    deleted, size, media_type = row[7:]
    return EvidenceFile(
        evidence_id,
        annotation_id,
        claim_id,
        sha256,
        file_name,
        annotator_id,
        created,
        bool(deleted),
        int(size),
        str(media_type),
    )


def stored_name(name: str) -> str:
    """The original file name as kept: its last path part, control characters dropped."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    kept = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    return kept[:TITLE_CHARS] or "evidence"


_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "application/zip": (".zip", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".wacz"),
    "application/gzip": (".gz",),
    "application/warc": (".warc",),
    "audio/ogg": (".ogg", ".opus"),
    "audio/mpeg": (".mp3",),
    "video/webm": (".webm",),
    "video/mp4": (".mp4", ".m4a", ".mov"),
    "text/plain": (".txt", ".md", ".csv", ".tsv", ".json", ".srt", ".vtt"),
}
"""The extensions a viewer may see for each sniffed type: a name's own extension is kept
only if it is one of these, so `evil.desktop` or `page.html` is never handed to the system
as something it would run or render (`.bin`: a type not known here)."""


def viewer_name(name: str, media_type: str) -> str:
    """A name safe to write in a folder and hand to the system's viewer: letters, digits,
    `.-_ ` only, no leading dot, and an extension that matches the bytes' type."""
    cleaned = re.sub(r"[^\w.\- ]", "_", stored_name(name), flags=re.ASCII).strip(" .")
    stem, dot, extension = cleaned.rpartition(".")
    if not dot:
        stem, extension = cleaned, ""
    allowed = _EXTENSIONS.get(media_type, (".bin",))
    suffix = f".{extension.lower()}" if f".{extension.lower()}" in allowed else allowed[0]
    return f"{(stem.strip(' .') or 'evidence')[:120]}{suffix}"


def attach(
    store: StoreBase, data: bytes, file_name: str, annotator_id: str, target: str, record_id: str
) -> str:
    """Keep `data` as evidence on the annotation or claim (`target` names which column);
    returns the new attachment's id. Refused in one line: over the size limit, an unknown
    or removed record, or these very bytes already attached to it."""
    where = message("evidence file {file!r}", file=stored_name(file_name))
    if len(data) > EVIDENCE_FILE_BYTES:
        limit = describe_bytes(EVIDENCE_FILE_BYTES)
        raise ValidationError(
            message(
                "{where}: is over the {limit} limit for one evidence file", where=where, limit=limit
            )
        )
    name = file_values.checked(stored_name(file_name), where, "file_name", TITLE_CHARS)
    sha256 = hashlib.sha256(data).hexdigest()
    with store.transaction():
        _require_live(store, target, record_id)
        existing = rows.live_file_with(store, target, record_id, sha256)
        if existing is not None:
            raise ValidationError(
                message("{where}: the same file is already attached there", where=where)
            )
        stamp = now()
        rows.store_blob(store, sha256, data, sniff_media_type(data), stamp)
        evidence_id = new_id()
        rows.insert_file(
            store,
            {
                "id": evidence_id,
                target: record_id,
                "sha256": sha256,
                "file_name": name,
                "annotator_id": annotator_id,
                "created": stamp,
                "modified": stamp,
            },
        )
    return evidence_id


def _require_live(store: StoreBase, target: str, record_id: str) -> None:
    if not rows.record_live(store, target, record_id):
        raise NotFoundError(
            message(
                "no {record} with id {record_id}",
                record=target.removesuffix("_id"),
                record_id=record_id,
            )
        )


def set_removed(store: StoreBase, evidence_id: str, removed: bool) -> None:
    """Tombstone (or revive) an attachment; its bytes stay for undo and merges."""
    with store.transaction():
        if rows.set_deleted(store, evidence_id, removed, now()) == 0:
            raise NotFoundError(
                message("no evidence file with id {evidence_id}", evidence_id=evidence_id)
            )


def evidence_file(store: StoreBase, evidence_id: str) -> EvidenceFile:
    row = rows.file_row(store, evidence_id)
    if row is None:
        raise NotFoundError(
            message("no evidence file with id {evidence_id}", evidence_id=evidence_id)
        )
    return _record(row)


def evidence_of(store: StoreBase, target: str, record_id: str) -> list[EvidenceFile]:
    """The record's live attachments, oldest first."""
    return [_record(row) for row in rows.live_files(store, target, record_id)]


def all_evidence(store: StoreBase) -> list[EvidenceFile]:
    return [_record(row) for row in rows.live_files(store)]


def content(store: StoreBase, evidence: EvidenceFile) -> bytes:
    data = rows.blob_content(store, evidence.sha256)
    if data is None:
        raise NotFoundError(
            message(
                "evidence file {file_name!r}: its content is missing", file_name=evidence.file_name
            )
        )
    return data


def size_warning(store: StoreBase) -> str | None:
    """One line when the project's evidence passes the size that makes it slow to share."""
    total = rows.total_bytes(store)
    if total <= EVIDENCE_PROJECT_WARNING_BYTES:
        return None
    return message(
        "evidence files take {size:.0f} MB of the project, over {limit}: the "
        "file is slow to copy and merge",
        size=total / (1024 * 1024),
        limit=describe_bytes(EVIDENCE_PROJECT_WARNING_BYTES),
    )


def evidence_listing(store: StoreBase) -> dict[str, list[dict[str, object]]]:
    """Each annotation's and claim's live attachments as exports name them (by record id,
    oldest first): file name, SHA-256, size and media type; the bytes stay in the project."""
    listed: dict[str, list[dict[str, object]]] = {}
    for evidence in all_evidence(store):
        owner = evidence.annotation_id or evidence.claim_id or ""
        listed.setdefault(owner, []).append(
            {
                "name": evidence.file_name,
                "sha256": evidence.sha256,
                "size": evidence.size,
                "media_type": evidence.media_type,
            }
        )
    return listed


@dataclass(frozen=True)
class Purged:
    files: int
    """Removed attachments forgotten."""
    bytes: int
    """What their stored bytes weighed."""


def removed_evidence(store: StoreBase) -> Purged:
    """What `purge_removed_evidence` would forget now (nothing is changed)."""
    return Purged(*rows.removed_unshared(store))


def purge_removed_evidence(store: StoreBase) -> Purged:
    """Forget the attachments that were removed, with their bytes, where no live
    attachment shares those bytes, and shrink the file.

    Removing an attachment keeps its bytes so undo can bring it back; this is the one
    place they go. No undo history survives it: run it on a project no window has open
    (`claimdesk purge-evidence`). A colleague's copy that still holds such a file brings
    it back at the next merge (attached, or removed: purge again)."""
    with store.transaction():
        files, freed = rows.purge_removed(store)
    if files:
        rows.vacuum(store)
    return Purged(files, freed)
