"""Deleting an article with everything it carries, and undoing exactly that.

An article's annotations and their reviews are tombstoned with it in one transaction, and
with them what deleted annotations always take along (`dependents`: their links, claim
appearances, and a claim left with none). Tombstones, so a merge carries the deletion to
colleagues. The `ArticleRemoval` names the records this deletion took, so undo revives
those and no others: an annotation deleted earlier stays deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.db.storage.clock import now
from claimdesk.db.storage.dependents import tombstone_dependents
from claimdesk.db.storage.store import Store

from .articles import require_live_article


@dataclass(frozen=True, slots=True)
class ArticleLoad:
    """What deleting an article takes with it, for the question asked before."""

    title: str
    annotations: int
    links: int
    claim_appearances: int


@dataclass(frozen=True, slots=True)
class ArticleRemoval:
    """The records one deletion tombstoned, table by table."""

    article_id: str
    annotation_ids: tuple[str, ...]
    review_ids: tuple[str, ...]
    link_ids: tuple[str, ...]
    member_ids: tuple[str, ...]
    claim_ids: tuple[str, ...]

    def tombstoned(self) -> dict[str, tuple[str, ...]]:
        return {
            "articles": (self.article_id,),
            "annotations": self.annotation_ids,
            "reviews": self.review_ids,
            "links": self.link_ids,
            "claim_members": self.member_ids,
            "claims": self.claim_ids,
        }


_ANNOTATIONS = "SELECT id FROM annotations WHERE article_id = ?1 AND deleted = 0"
_REVIEWS = f"SELECT id FROM reviews WHERE deleted = 0 AND annotation_id IN ({_ANNOTATIONS})"
_LINKS = (
    f"SELECT count(*) FROM links WHERE deleted = 0"
    f" AND (source_id IN ({_ANNOTATIONS}) OR target_id IN ({_ANNOTATIONS}))"
)
_APPEARANCES = (
    "SELECT count(*) FROM claim_members m JOIN claims c ON c.id = m.claim_id"
    f" WHERE m.deleted = 0 AND c.deleted = 0 AND m.annotation_id IN ({_ANNOTATIONS})"
)


def article_load(store: Store, article_id: str) -> ArticleLoad:
    """Counts of its live annotations, the live links touching them and their appearances
    in live claims: what deleting it takes along."""
    title = store.article(article_id).title
    annotations, links, appearances = (
        store._count(sql, (article_id,))
        for sql in (f"SELECT count(*) FROM ({_ANNOTATIONS})", _LINKS, _APPEARANCES)
    )
    return ArticleLoad(title, annotations, links, appearances)


def delete_article_and_contents(store: Store, article_id: str) -> ArticleRemoval:
    """Tombstone the live article and every live record it carries, in one transaction."""
    with store.transaction():
        require_live_article(store, article_id)
        annotation_ids = _ids(store, _ANNOTATIONS, article_id)
        review_ids = _ids(store, _REVIEWS, article_id)
        _set_deleted(store, {"articles": (article_id,), "annotations": annotation_ids}, True)
        _set_deleted(store, {"reviews": review_ids}, True)
        taken = tombstone_dependents(store.conn, list(annotation_ids))
    return ArticleRemoval(
        article_id, annotation_ids, review_ids, taken.link_ids, taken.member_ids, taken.claim_ids
    )


def restore_article_and_contents(store: Store, removal: ArticleRemoval) -> None:
    """Undo `delete_article_and_contents`: exactly the records it tombstoned come back."""
    with store.transaction():
        _set_deleted(store, removal.tombstoned(), False)


def _ids(store: Store, sql: str, article_id: str) -> tuple[str, ...]:
    return tuple(row[0] for row in store._rows(sql, (article_id,)))


def _set_deleted(store: Store, tables: dict[str, tuple[str, ...]], deleted: bool) -> None:
    stamp = now()
    for table, ids in tables.items():
        store.conn.executemany(
            f"UPDATE [{table}] SET deleted = ?, modified = ? WHERE id = ?",
            [(int(deleted), stamp, record_id) for record_id in ids],
        )
