"""The counts `claimdesk info` shows: what a project holds, per tag, annotator and relation."""

from __future__ import annotations

from .table import Db, connection

_COUNTED = frozenset({"annotations", "links", "claims", "reviews"})


def live_count(db: Db, table: str) -> int:
    """Live (not deleted) records of one of the counted tables."""
    assert table in _COUNTED, table
    row = connection(db).execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()
    return int(row[0])


def annotator_count(db: Db) -> int:
    return int(connection(db).execute("SELECT count(*) FROM annotators").fetchone()[0])


def per_tag(db: Db) -> list[tuple[str, int]]:
    """(tag name, live annotations) of the live tags, in the scheme's order."""
    conn = connection(db)
    return conn.execute(
        "SELECT t.name, count(a.id) FROM tags t LEFT JOIN annotations a"
        " ON a.tag_id = t.id AND a.deleted = 0 WHERE t.deleted = 0"
        " GROUP BY t.id ORDER BY t.position"
    ).fetchall()


def per_annotator(db: Db) -> list[tuple[str, int]]:
    """(annotator name, live annotations), by name."""
    conn = connection(db)
    return conn.execute(
        "SELECT n.name, count(a.id) FROM annotators n LEFT JOIN annotations a"
        " ON a.annotator_id = n.id AND a.deleted = 0 GROUP BY n.id ORDER BY n.name"
    ).fetchall()


def per_relation(db: Db) -> list[tuple[str, int]]:
    """(relation, live links), by relation."""
    conn = connection(db)
    return conn.execute(
        "SELECT relation, count(*) FROM links WHERE deleted = 0 GROUP BY relation ORDER BY relation"
    ).fetchall()
