"""Undoable edits of where an article came from (its provenance, in Article details)."""

from __future__ import annotations

from functools import partial

from claimdesk.db.records.article_sources import (
    PROVENANCE_FIELDS,
    article_source,
    edit_article_details,
)
from claimdesk.desktop.session import Change, ProjectSession

from .commands import EditRecord


def edit_details(session: ProjectSession, article_id: str, **changes: str) -> EditRecord:
    """Metadata and provenance changed in the dialog: one undo step."""
    article = session.store.article(article_id)
    provenance = article_source(session.store, article_id).provenance
    old = {
        name: getattr(provenance if name in PROVENANCE_FIELDS else article, name)
        for name in changes
    }
    return EditRecord(
        session,
        "Edit article details",
        partial(edit_article_details, session.store, article_id),
        old,
        changes,
        Change(articles=frozenset({article_id}), article_list=True),
    )
