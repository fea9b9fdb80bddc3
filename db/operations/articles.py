"""Articles: re-describing one, deleting one with everything it carries, and making a
background import one step that can be undone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from claimdesk.db.records.article_sources import (
    PROVENANCE_FIELDS,
    article_source,
    edit_article_details,
)
from claimdesk.db.storage.store import Store

from .changes import Applied, Changes, later, reversible


def edit_article(store: Store, article_id: str, **new: Any) -> Applied:
    """Change title, outlet, author, date or url, and where the article came from (its
    provenance), together; undo sets the old values back."""
    article = store.article(article_id)
    provenance = article_source(store, article_id).provenance
    old = {
        name: getattr(provenance if name in PROVENANCE_FIELDS else article, name) for name in new
    }
    edit_article_details(store, article_id, **new)
    return reversible(
        store,
        _described(article_id),
        undo=partial(edit_article_details, store, article_id, **old),
        redo=partial(edit_article_details, store, article_id, **new),
    )


def delete_article(store: Store, article_id: str) -> Applied:
    """Tombstone the article with its annotations, their reviews, links and claim
    appearances; undo revives exactly those (an annotation deleted before stays deleted)."""
    with store.transaction():
        removal = store.delete_article_and_contents(article_id)
        claims = store.claim_ids_of_members(removal.member_ids)
    changes = _described(article_id) | Changes(
        annotations=frozenset(removal.annotation_ids),
        links=frozenset(removal.link_ids),
        claims=claims,
        reviews=frozenset(removal.review_ids),
    )
    return reversible(
        store,
        changes,
        undo=later(store, "restore_article_and_contents", removal),
        redo=later(store, "delete_article_and_contents", article_id),
    )


def imported_articles(store: Store, article_ids: Sequence[str]) -> Applied:
    """Articles an import has just added (in its own transaction), as one step: undo
    tombstones them all, redo revives the same ids."""
    ids = list(article_ids)

    def set_deleted(deleted: bool) -> None:
        for article_id in ids:
            (store.delete_article if deleted else store.restore_article)(article_id)

    changes = Changes(articles=frozenset(ids), article_list=True, article_metadata=True)
    undo, redo = partial(set_deleted, True), partial(set_deleted, False)
    return reversible(store, changes, undo, redo)


def paste_article(store: Store, text: str, title: str = "") -> Applied:
    """Make an article of pasted text (the path and limits of a file's); undo tombstones
    it, redo revives the same id."""
    # Not at the top: the file formats and archives behind it (about 40 ms) would load
    # with every window, before its project is shown.
    from claimdesk.db.interchange.article_import import import_pasted_text

    article = import_pasted_text(store, text, title=title)
    return replace(imported_articles(store, [article.id]), record_id=article.id)


def _described(article_id: str) -> Changes:
    return Changes(articles=frozenset({article_id}), article_list=True, article_metadata=True)
