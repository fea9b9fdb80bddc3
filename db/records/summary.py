"""Counts for `claimdesk info`: what a project holds, per article, tag and annotator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    def count(table: str) -> int:
        sql = f"SELECT count(*) FROM {table} WHERE deleted = 0"
        number: int = store.conn.execute(sql).fetchone()[0]
        return number

    per_tag = store.conn.execute(
        "SELECT t.name, count(a.id) FROM tags t LEFT JOIN annotations a"
        " ON a.tag_id = t.id AND a.deleted = 0 WHERE t.deleted = 0"
        " GROUP BY t.id ORDER BY t.position"
    ).fetchall()
    per_annotator = store.conn.execute(
        "SELECT n.name, count(a.id) FROM annotators n LEFT JOIN annotations a"
        " ON a.annotator_id = n.id AND a.deleted = 0 GROUP BY n.id ORDER BY n.name"
    ).fetchall()
    per_relation = store.conn.execute(
        "SELECT relation, count(*) FROM links WHERE deleted = 0 GROUP BY relation ORDER BY relation"
    ).fetchall()
    articles = store.articles()
    return ProjectSummary(
        name=store.setting("name", "") or "",
        articles=len(articles),
        annotations=count("annotations"),
        links=count("links"),
        claims=count("claims"),
        reviews=count("reviews"),
        annotators=store.conn.execute("SELECT count(*) FROM annotators").fetchone()[0],
        per_article=[(a.id, a.title, a.annotation_count) for a in articles],
        per_tag=per_tag,
        per_annotator=per_annotator,
        per_relation=per_relation,
    )
