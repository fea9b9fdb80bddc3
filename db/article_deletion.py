"""Deleting an article with everything it carries, and undoing exactly that.

An article's annotations, the links touching them, their claim appearances and their
reviews are tombstoned with it in one transaction (tombstones, so a merge carries the
deletion to colleagues). The `ArticleRemoval` names the records this deletion took, so
undo revives those and no others: an annotation deleted earlier stays deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from .articles import require_live_article
from .clock import now
from .store import Store


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
    link_ids: tuple[str, ...]
    member_ids: tuple[str, ...]
    review_ids: tuple[str, ...]

    def tombstoned(self) -> dict[str, tuple[str, ...]]:
        return {
            "articles": (self.article_id,),
            "annotations": self.annotation_ids,
            "links": self.link_ids,
            "claim_members": self.member_ids,
            "reviews": self.review_ids,
        }


# The live records an article carries, each as `SELECT id ... ?1 = article id`.
_CARRIED = {
    "annotation_ids": "SELECT id FROM annotations WHERE article_id = ?1 AND deleted = 0",
    "link_ids": "SELECT l.id FROM links l JOIN annotations a"
    " ON a.id = l.source_id OR a.id = l.target_id"
    " WHERE a.article_id = ?1 AND a.deleted = 0 AND l.deleted = 0",
    "member_ids": "SELECT m.id FROM claim_members m JOIN annotations a ON a.id = m.annotation_id"
    " WHERE a.article_id = ?1 AND a.deleted = 0 AND m.deleted = 0",
    "review_ids": "SELECT r.id FROM reviews r JOIN annotations a ON a.id = r.annotation_id"
    " WHERE a.article_id = ?1 AND a.deleted = 0 AND r.deleted = 0",
}


def article_load(store: Store, article_id: str) -> ArticleLoad:
    """Counts of the live annotations, links and appearances in live claims it carries."""
    article = store.article(article_id)
    links = store._row(f"SELECT count(DISTINCT id) FROM ({_CARRIED['link_ids']})", (article_id,))
    appearances = store._row(
        f"SELECT count(*) FROM claim_members m JOIN claims c ON c.id = m.claim_id"
        f" WHERE c.deleted = 0 AND m.id IN ({_CARRIED['member_ids']})",
        (article_id,),
    )
    return ArticleLoad(
        article.title,
        store.annotation_counts([article_id])[article_id],
        links[0],
        appearances[0],
    )


def delete_article_and_contents(store: Store, article_id: str) -> ArticleRemoval:
    """Tombstone the live article and every live record it carries, in one transaction."""
    with store.transaction():
        require_live_article(store, article_id)
        carried = {
            name: tuple(dict.fromkeys(row[0] for row in store._rows(sql, (article_id,))))
            for name, sql in _CARRIED.items()
        }
        removal = ArticleRemoval(article_id, **carried)
        _set_deleted(store, removal, True)
    return removal


def restore_article_and_contents(store: Store, removal: ArticleRemoval) -> None:
    """Undo `delete_article_and_contents`: exactly the records it tombstoned come back."""
    with store.transaction():
        _set_deleted(store, removal, False)


def _set_deleted(store: Store, removal: ArticleRemoval, deleted: bool) -> None:
    stamp = now()
    for table, ids in removal.tombstoned().items():
        store.conn.executemany(
            f"UPDATE [{table}] SET deleted = ?, modified = ? WHERE id = ?",
            [(int(deleted), stamp, record_id) for record_id in ids],
        )
