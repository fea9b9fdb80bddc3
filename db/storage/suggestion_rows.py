"""What the link suggester reads of a project (`analysis.suggestions` holds the rules)."""

from __future__ import annotations

from .table import Db, Row, connection


def live_articles(db: Db) -> list[Row]:
    """(id, date, title, text) of every live article."""
    conn = connection(db)
    return conn.execute("SELECT id, date, title, text FROM articles WHERE deleted = 0").fetchall()


def live_spans(db: Db, only_annotator: str = "") -> list[Row]:
    """(id, article_id, start, end) of the live annotations (only `only_annotator`'s, if
    given), by article and offset."""
    mine = " AND annotator_id = ?" if only_annotator else ""
    whose = (only_annotator,) if only_annotator else ()
    conn = connection(db)
    return conn.execute(
        f"SELECT id, article_id, start, end FROM annotations WHERE deleted = 0{mine}"
        " ORDER BY article_id, start",
        whose,
    ).fetchall()


def live_link_ends(db: Db) -> list[Row]:
    """(source_id, target_id) of every live link."""
    conn = connection(db)
    return conn.execute("SELECT source_id, target_id FROM links WHERE deleted = 0").fetchall()


def live_memberships(db: Db) -> list[Row]:
    """(claim_id, annotation_id) of the live members of live claims."""
    conn = connection(db)
    return conn.execute(
        "SELECT m.claim_id, m.annotation_id FROM claim_members m"
        " JOIN claims c ON c.id = m.claim_id WHERE m.deleted = 0 AND c.deleted = 0"
    ).fetchall()
