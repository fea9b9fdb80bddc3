"""Counts for `claimdesk info`: what a project holds, per article, tag and annotator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimdesk.db.storage import summary_counts
from claimdesk.db.storage.store import Store


@dataclass(frozen=True)
class ProjectSummary:
    name: str
    articles: int
    annotations: int
    links: int
    claims: int
    reviews: int
    annotators: int
    per_article: list[tuple[str, str, int]]
    """(id, title, live annotations)"""
    per_tag: list[tuple[str, int]]
    per_annotator: list[tuple[str, int]]
    per_relation: list[tuple[str, int]]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "counts": {
                "articles": self.articles,
                "annotations": self.annotations,
                "links": self.links,
                "claims": self.claims,
                "reviews": self.reviews,
                "annotators": self.annotators,
            },
            "articles": [
                {"id": id_, "title": title, "annotations": count}
                for id_, title, count in self.per_article
            ],
            "tags": dict(self.per_tag),
            "annotators": dict(self.per_annotator),
            "links": dict(self.per_relation),
        }


def summarise_project(store: Store) -> ProjectSummary:
    articles = store.articles()
    return ProjectSummary(
        name=store.setting("name", "") or "",
        articles=len(articles),
        annotations=summary_counts.live_count(store, "annotations"),
        links=summary_counts.live_count(store, "links"),
        claims=summary_counts.live_count(store, "claims"),
        reviews=summary_counts.live_count(store, "reviews"),
        annotators=summary_counts.annotator_count(store),
        per_article=[(a.id, a.title, a.annotation_count) for a in articles],
        per_tag=summary_counts.per_tag(store),
        per_annotator=summary_counts.per_annotator(store),
        per_relation=summary_counts.per_relation(store),
    )
