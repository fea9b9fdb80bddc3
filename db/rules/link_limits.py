"""At most LINKS_PER_ANNOTATION live links touch one annotation.

A million links on one annotation left the window unable to paint (each is a band in the
margin and a row in the review panel). `store.add_link` and the annotation importer
check this rule here; merge, which brings a colleague's links in, asks `too_many_links`
of the annotations its new links touch. The counting is storage's
(`attachments.live_link_count`).
"""

from __future__ import annotations

from collections.abc import Iterable

from claimdesk.db.messages import message
from claimdesk.db.storage.attachments import live_link_count
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.table import Db

from .limits import LINKS_PER_ANNOTATION


def too_many_links(db: Db, annotation_ids: Iterable[str]) -> tuple[str, int] | None:
    """(annotation id, live links) of the first of these past the limit, or None."""
    for annotation_id in dict.fromkeys(annotation_ids):
        count = live_link_count(db, annotation_id)
        if count > LINKS_PER_ANNOTATION:
            return annotation_id, count
    return None


def links_problem(count: int) -> str:
    """The rule, said of one annotation that would have `count` live links."""
    return message(
        "would have {count:,} links, over the limit of {limit:,} links per annotation",
        count=count,
        limit=LINKS_PER_ANNOTATION,
    )


class LinkCounts:
    """Live links per annotation during one import: read once per annotation, then counted
    as the import adds links, so the limit holds before anything is written."""

    def __init__(self, db: Db):
        self._db = db
        self._counts: dict[str, int] = {}

    def add(self, source_id: str, target_id: str, where: str) -> None:
        for annotation_id in (source_id, target_id):
            count = self._counts.get(annotation_id)
            if count is None:
                count = live_link_count(self._db, annotation_id)
            count += 1
            if count > LINKS_PER_ANNOTATION:
                raise ValidationError(_message(where, annotation_id, count))
            self._counts[annotation_id] = count


def _message(where: str, annotation_id: str, count: int) -> str:
    said = message(
        "annotation {annotation_id} {problem}",
        annotation_id=annotation_id,
        problem=links_problem(count),
    )
    return message("{where}: {problem}", where=where, problem=said) if where else said
