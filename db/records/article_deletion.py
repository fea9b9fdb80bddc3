"""Deleting an article with everything it carries, and undoing exactly that.

The store's `ArticleDeletionStore` part: an article's annotations and their reviews are
tombstoned with it in one transaction, and with them what deleted annotations always take
along (`dependents`: their links, claim appearances, and a claim left with none).
Tombstones, so a merge carries the deletion to colleagues. The `ArticleRemoval` names the
records this deletion took, so undo revives those and no others: an annotation deleted
earlier stays deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.db.messages import message
from claimdesk.db.storage.dependents import tombstone_dependents
from claimdesk.db.storage.errors import NotFoundError
from claimdesk.db.storage.store_base import StoreBase

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


class ArticleDeletionStore(StoreBase):
    def article_load(self, article_id: str) -> ArticleLoad:
        """Counts of its live annotations, the live links touching them and their
        appearances in live claims: what deleting it takes along."""
        row = self._row("SELECT title FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFoundError(message("no article with id {article_id}", article_id=article_id))
        annotations, links, appearances = (
            self._count(sql, (article_id,))
            for sql in (f"SELECT count(*) FROM ({_ANNOTATIONS})", _LINKS, _APPEARANCES)
        )
        return ArticleLoad(row[0], annotations, links, appearances)

    def delete_article_and_contents(self, article_id: str) -> ArticleRemoval:
        """Tombstone the live article and every live record it carries, in one transaction."""
        with self.transaction():
            require_live_article(self, article_id)
            annotation_ids = self._ids(_ANNOTATIONS, article_id)
            review_ids = self._ids(_REVIEWS, article_id)
            self._set_all_deleted({"articles": (article_id,), "annotations": annotation_ids}, True)
            self._set_all_deleted({"reviews": review_ids}, True)
            taken = tombstone_dependents(self, list(annotation_ids))
        return ArticleRemoval(
            article_id,
            annotation_ids,
            review_ids,
            taken.link_ids,
            taken.member_ids,
            taken.claim_ids,
        )

    def restore_article_and_contents(self, removal: ArticleRemoval) -> None:
        """Undo `delete_article_and_contents`: exactly the records it tombstoned come back."""
        with self.transaction():
            self._set_all_deleted(removal.tombstoned(), False)

    def _ids(self, sql: str, article_id: str) -> tuple[str, ...]:
        return tuple(row[0] for row in self._rows(sql, (article_id,)))
