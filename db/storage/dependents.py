"""What a deleted annotation takes with it: its live links, its claim memberships, and a claim
left with no appearance at all. One rule, used by the store's delete and by merge.

A deleted article likewise takes its annotations and their reviews (and they theirs): the
store never annotates a deleted article (`require_live_article`) and deleting one takes
its contents (`article_deletion`); a merge applies `tombstone_contents_of_deleted_articles`
for the annotations a colleague made on an article deleted on this side, or the other way.

A claim of one appearance is a claim (`claim_for_annotations` makes them), so a claim stays
while one appearance is left and goes, as a tombstone, with its last one. Each tombstone
written here is stamped with the later of its own `modified` and the deleting annotation's:
in the store that is the deletion's own stamp; in a merge it is a function of the merged
rows alone, so merging either way round writes the same rows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .table import Db, connection


@dataclass(frozen=True, slots=True)
class Dependents:
    """Rows tombstoned because annotations were deleted, so undo can revive exactly those."""

    link_ids: tuple[str, ...] = ()
    member_ids: tuple[str, ...] = ()
    claim_ids: tuple[str, ...] = ()


def tombstone_dependents(db: Db, annotation_ids: list[str] | None = None) -> Dependents:
    """Tombstone what points at a deleted annotation (of `annotation_ids`, or any)."""
    conn = connection(db)
    links = _stale(
        conn,
        "SELECT l.id, max(l.modified, CASE WHEN s.deleted THEN s.modified ELSE '' END,"
        " CASE WHEN t.deleted THEN t.modified ELSE '' END) FROM links l"
        " JOIN annotations s ON s.id = l.source_id JOIN annotations t ON t.id = l.target_id"
        " WHERE l.deleted = 0 AND (s.deleted = 1 OR t.deleted = 1)",
        "(l.source_id IN ({marks}) OR l.target_id IN ({marks}))",
        annotation_ids,
    )
    members = _stale(
        conn,
        "SELECT m.id, max(m.modified, a.modified) FROM claim_members m"
        " JOIN annotations a ON a.id = m.annotation_id WHERE m.deleted = 0 AND a.deleted = 1",
        "m.annotation_id IN ({marks})",
        annotation_ids,
    )
    _tombstone(conn, "links", links)
    _tombstone(conn, "claim_members", members)
    claims = _emptied_claims(conn, [member_id for member_id, _ in members])
    _tombstone(conn, "claims", claims)
    return Dependents(
        tuple(row[0] for row in links),
        tuple(row[0] for row in members),
        tuple(row[0] for row in claims),
    )


def tombstone_contents_of_deleted_articles(db: Db) -> tuple[str, ...]:
    """Tombstone the live annotations of deleted articles and their live reviews; the
    annotations' ids, whose dependents `tombstone_dependents` then takes.

    Stamped as dependents are, with the later of their own `modified` and their parent's.
    """
    conn = connection(db)
    annotations = conn.execute(
        "SELECT n.id, max(n.modified, a.modified) FROM annotations n"
        " JOIN articles a ON a.id = n.article_id WHERE n.deleted = 0 AND a.deleted = 1"
        " ORDER BY 1"
    ).fetchall()
    _tombstone(conn, "annotations", annotations)
    reviews = _stale(
        conn,
        "SELECT r.id, max(r.modified, n.modified) FROM reviews r"
        " JOIN annotations n ON n.id = r.annotation_id WHERE r.deleted = 0 AND n.deleted = 1",
        "r.annotation_id IN ({marks})",
        [annotation_id for annotation_id, _ in annotations],
    )
    _tombstone(conn, "reviews", reviews)
    return tuple(annotation_id for annotation_id, _ in annotations)


def _stale(
    conn: sqlite3.Connection, query: str, among: str, annotation_ids: list[str] | None
) -> list[tuple[str, str]]:
    if annotation_ids is None:
        return conn.execute(f"{query} ORDER BY 1").fetchall()
    rows: list[tuple[str, str]] = []
    for offset in range(0, len(annotation_ids), 400):
        chunk = annotation_ids[offset : offset + 400]
        marks = ", ".join("?" * len(chunk))
        clause = among.format(marks=marks)
        rows += conn.execute(f"{query} AND {clause} ORDER BY 1", chunk * clause.count("IN"))
    return rows


def _emptied_claims(conn: sqlite3.Connection, member_ids: list[str]) -> list[tuple[str, str]]:
    """Live claims of these (now tombstoned) memberships with no live appearance left."""
    found: dict[str, str] = {}
    for member_id in member_ids:
        claim_id, stamp = conn.execute(
            "SELECT c.id, max(c.modified, m.modified) FROM claim_members m"
            " JOIN claims c ON c.id = m.claim_id WHERE m.id = ? AND c.deleted = 0",
            (member_id,),
        ).fetchone() or (None, "")
        if claim_id is not None:
            found[claim_id] = max(stamp, found.get(claim_id, ""))
    return [
        (claim_id, stamp)
        for claim_id, stamp in sorted(found.items())
        if conn.execute(
            "SELECT 1 FROM claim_members m JOIN annotations a ON a.id = m.annotation_id"
            " WHERE m.claim_id = ? AND m.deleted = 0 AND a.deleted = 0 LIMIT 1",
            (claim_id,),
        ).fetchone()
        is None
    ]


def _tombstone(conn: sqlite3.Connection, table: str, rows: list[tuple[str, str]]) -> None:
    conn.executemany(
        f"UPDATE [{table}] SET deleted = 1, modified = ? WHERE id = ?",
        [(stamp, row_id) for row_id, stamp in rows],
    )
