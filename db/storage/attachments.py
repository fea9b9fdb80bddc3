"""What hangs on an annotation: its live links and claim appearances, read by index.

The rules about them live elsewhere (`rules.link_limits`: at most so many live links;
`merging.merge_changes`: what a deletion took along); these are the queries they ask.
"""

from __future__ import annotations

from .table import Db, connection


def live_link_count(db: Db, annotation_id: str) -> int:
    """Live links with this annotation at either end (two index lookups)."""
    conn = connection(db)
    row = conn.execute(
        "SELECT (SELECT count(*) FROM links WHERE source_id = ?1 AND deleted = 0)"
        " + (SELECT count(*) FROM links WHERE target_id = ?1 AND deleted = 0)",
        (annotation_id,),
    ).fetchone()
    count: int = row[0]
    return count


def live_link_ids(db: Db, annotation_id: str) -> list[str]:
    """The live links with this annotation at either end."""
    conn = connection(db)
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM main.links WHERE deleted = 0 AND (source_id = ?1 OR target_id = ?1)",
            (annotation_id,),
        )
    ]


def live_appearances(db: Db, annotation_id: str) -> list[tuple[str, str]]:
    """(claim member id, claim id) of this annotation's live claim appearances."""
    conn = connection(db)
    return [
        (row[0], row[1])
        for row in conn.execute(
            "SELECT id, claim_id FROM main.claim_members WHERE deleted = 0 AND annotation_id = ?",
            (annotation_id,),
        )
    ]


def deleted_other_ends(db: Db, link_id: str, annotation_id: str) -> int:
    """How many of the link's ends, other than `annotation_id`, are deleted annotations."""
    conn = connection(db)
    count: int = conn.execute(
        "SELECT count(*) FROM main.links l JOIN main.annotations a"
        " ON a.id IN (l.source_id, l.target_id)"
        " WHERE l.id = ? AND a.deleted = 1 AND a.id <> ?",
        (link_id, annotation_id),
    ).fetchone()[0]
    return count


def first_appearance(db: Db, claim_id: str) -> str | None:
    """The annotation a claim is best shown by: its first live appearance, live
    annotations first, in article and text order; None if it has none."""
    conn = connection(db)
    found = conn.execute(
        "SELECT m.annotation_id FROM main.claim_members m JOIN main.annotations a"
        " ON a.id = m.annotation_id WHERE m.claim_id = ? AND m.deleted = 0"
        " ORDER BY a.deleted, a.article_id, a.start LIMIT 1",
        (claim_id,),
    ).fetchone()
    return None if found is None else str(found[0])
