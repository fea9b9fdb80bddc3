"""The queries of evidence files (`records.evidence_files` says what they mean): each
file's bytes stored once by SHA-256 (`evidence_blobs`), the attachments naming them
(`evidence_files`), and a colleague's attachments read during a merge."""

from __future__ import annotations

from typing import Any

from .table import Db, connection

Row = tuple[Any, ...]
TARGETS = ("annotation_id", "claim_id")
"""What an attachment hangs on: exactly one of these columns is set."""
_LISTED = (
    "f.id, f.annotation_id, f.claim_id, f.sha256, f.file_name, f.annotator_id, f.created,"
    " f.deleted, b.size, b.media_type"
)
_FROM = "FROM evidence_files f JOIN evidence_blobs b ON b.sha256 = f.sha256"


def store_blob(db: Db, sha256: str, content: bytes, media_type: str, created: str) -> None:
    """Keep the bytes once: a file already stored (by hash) is not written again."""
    conn = connection(db)
    conn.execute(
        "INSERT OR IGNORE INTO evidence_blobs (sha256, content, size, media_type, created)"
        " VALUES (?, ?, ?, ?, ?)",
        (sha256, content, len(content), media_type, created),
    )


def has_blob(db: Db, sha256: str) -> bool:
    conn = connection(db)
    return (
        conn.execute("SELECT 1 FROM evidence_blobs WHERE sha256 = ?", (sha256,)).fetchone()
        is not None
    )


def insert_file(db: Db, values: dict[str, Any]) -> None:
    conn = connection(db)
    columns = ", ".join(f"[{name}]" for name in values)
    marks = ", ".join("?" * len(values))
    conn.execute(f"INSERT INTO evidence_files ({columns}) VALUES ({marks})", list(values.values()))


def set_deleted(db: Db, evidence_id: str, deleted: bool, modified: str) -> int:
    """Tombstone or revive one attachment; the number of rows written (0: no such id)."""
    conn = connection(db)
    cursor = conn.execute(
        "UPDATE evidence_files SET deleted = ?, modified = ? WHERE id = ?",
        (int(deleted), modified, evidence_id),
    )
    return cursor.rowcount


def file_row(db: Db, evidence_id: str) -> Row | None:
    conn = connection(db)
    row: Row | None = conn.execute(
        f"SELECT {_LISTED} {_FROM} WHERE f.id = ?", (evidence_id,)
    ).fetchone()
    return row


def live_files(db: Db, target: str | None = None, record_id: str = "") -> list[Row]:
    """Live attachments, of one record when `target` names its column, oldest first."""
    conn = connection(db)
    where = "f.deleted = 0"
    params: tuple[str, ...] = ()
    if target is not None:
        assert target in TARGETS, target
        where += f" AND f.[{target}] = ?"
        params = (record_id,)
    return conn.execute(
        f"SELECT {_LISTED} {_FROM} WHERE {where} ORDER BY f.created, f.id", params
    ).fetchall()


def live_file_with(db: Db, target: str, record_id: str, sha256: str) -> str | None:
    """The live attachment of these very bytes to the record, if there is one."""
    conn = connection(db)
    assert target in TARGETS, target
    row = conn.execute(
        f"SELECT id FROM evidence_files WHERE [{target}] = ? AND sha256 = ? AND deleted = 0",
        (record_id, sha256),
    ).fetchone()
    return None if row is None else str(row[0])


def blob_content(db: Db, sha256: str) -> bytes | None:
    conn = connection(db)
    row = conn.execute("SELECT content FROM evidence_blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None or not isinstance(row[0], bytes) else row[0]


def total_bytes(db: Db) -> int:
    """What the stored evidence weighs in the file (each distinct file once)."""
    conn = connection(db)
    return int(
        conn.execute("SELECT coalesce(sum(length(content)), 0) FROM evidence_blobs").fetchone()[0]
    )


def blob_hashes(db: Db) -> list[str]:
    conn = connection(db)
    return [str(row[0]) for row in conn.execute("SELECT sha256 FROM evidence_blobs ORDER BY rowid")]


def blob(db: Db, sha256: str, schema: str = "main") -> Row | None:
    """(content, its SQLite type, size, media_type, created) of one stored file; `schema`
    names an attached file (a merge's incoming one)."""
    conn = connection(db)
    row: Row | None = conn.execute(
        f"SELECT content, typeof(content), size, media_type, created FROM [{schema}].evidence_blobs"
        " WHERE sha256 = ?",
        (sha256,),
    ).fetchone()
    return row


def incoming_files(db: Db, schema: str) -> list[Row]:
    """Every attachment of the attached file `schema`, as stored (to be validated)."""
    conn = connection(db)
    return conn.execute(
        "SELECT id, annotation_id, claim_id, sha256, file_name, annotator_id, created,"
        f" modified, deleted FROM [{schema}].evidence_files ORDER BY id"
    ).fetchall()


def local_stamps(db: Db, ids: list[str]) -> dict[str, tuple[str, int]]:
    """(modified, deleted) of those of `ids` this project holds."""
    conn = connection(db)
    found: dict[str, tuple[str, int]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            "SELECT id, modified, deleted FROM evidence_files"
            f" WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        found.update({row[0]: (row[1], row[2]) for row in rows})
    return found


def record_live(db: Db, target: str, record_id: str) -> bool:
    """Whether the annotation or claim is in the project and not removed."""
    conn = connection(db)
    table = {"annotation_id": "annotations", "claim_id": "claims"}[target]
    row = conn.execute(f"SELECT deleted FROM [{table}] WHERE id = ?", (record_id,)).fetchone()
    return row is not None and not row[0]


def record_exists(db: Db, target: str, record_id: str) -> bool:
    """Whether the annotation or claim is in the project, live or removed."""
    conn = connection(db)
    table = {"annotation_id": "annotations", "claim_id": "claims"}[target]
    return (
        conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", (record_id,)).fetchone() is not None
    )


def annotator_exists(db: Db, annotator_id: str) -> bool:
    conn = connection(db)
    return (
        conn.execute("SELECT 1 FROM annotators WHERE id = ?", (annotator_id,)).fetchone()
        is not None
    )


def removed_unshared(db: Db) -> tuple[int, int]:
    """What `purge_removed` would delete: (removed attachments whose bytes no live one
    shares, the bytes of those no live attachment names)."""
    conn = connection(db)
    files = conn.execute(
        "SELECT count(*) FROM evidence_files WHERE deleted = 1 AND sha256 NOT IN"
        " (SELECT sha256 FROM evidence_files WHERE deleted = 0)"
    ).fetchone()[0]
    return int(files), _unnamed_bytes(db)


def _unnamed_bytes(db: Db) -> int:
    """What the bytes no live attachment names weigh."""
    row = connection(db).execute(
        "SELECT coalesce(sum(size), 0) FROM evidence_blobs WHERE sha256 NOT IN"
        " (SELECT sha256 FROM evidence_files WHERE deleted = 0)"
    )
    return int(row.fetchone()[0])


def purge_removed(db: Db) -> tuple[int, int]:
    """Delete removed attachments whose bytes no live attachment shares, then the bytes no
    attachment names; (attachments deleted, bytes freed)."""
    conn = connection(db)
    freed = _unnamed_bytes(db)
    files = conn.execute(
        "DELETE FROM evidence_files WHERE deleted = 1 AND sha256 NOT IN"
        " (SELECT sha256 FROM evidence_files WHERE deleted = 0)"
    ).rowcount
    conn.execute(
        "DELETE FROM evidence_blobs WHERE sha256 NOT IN (SELECT sha256 FROM evidence_files)"
    )
    return files, freed


def vacuum(db: Db) -> None:
    """Give the freed pages back to the file system (outside any transaction)."""
    conn = connection(db)
    conn.execute("VACUUM")
