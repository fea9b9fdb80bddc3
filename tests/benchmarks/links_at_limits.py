"""A project at the limits a file may bring in: large articles and many links.

A million links once left the window unable to paint (12.6 s at 100,000 links). The
window must open a project at db/rules/limits.py's limits in under a second: the two articles
it shows first are near ARTICLE_BYTES, their annotations carry `links` links between
them with no annotation over LINKS_PER_ANNOTATION, and one annotation, the hub (the
first words of the first article, so the first frame shows it), has exactly
LINKS_PER_ANNOTATION links.
"""

from __future__ import annotations

import random
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.records.annotations import quote_with_context
from claimdesk.db.records.model import RELATIONS
from claimdesk.db.rules.limits import ARTICLE_BYTES, LINKS_PER_ANNOTATION
from claimdesk.db.storage.bulk_insert import (
    ANNOTATION_ROW,
    LINK_ROW,
    insert_rows,
    larger_page_cache,
)
from claimdesk.db.storage.clock import new_id

CREATED = "2026-01-01T00:00:00.000000Z"
SENTENCE = (
    "the government said about 50 people were released on Tuesday while officials in"
    " Caracas claimed more than 100 prisoners had been freed according to Foro Penal"
)
WORDS = SENTENCE.split()


def article_text(size: int, seed: int) -> str:
    """Paragraphs of news-like words, `size` characters (ASCII, so as many bytes)."""
    rng = random.Random(seed)
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120)))
        paragraphs.append(paragraph.capitalize() + ".")
        length += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)[:size]


def build_project_at_limits(
    path: Path,
    *,
    article_chars: int = ARTICLE_BYTES - 64 * 1024,
    annotations_per_article: int = 10_000,
    links: int = 100_000,
    articles: int = 2,
) -> dict:
    """Write the project to `path` and say what it holds: the hub's id among the rest.

    Links join an annotation of the first article to one of the second (both panes show
    them as bands); the hub's links are counted in `links`.
    """
    rng = random.Random(17)
    with Store.open(path) as store, store.transaction(), larger_page_cache(store):
        annotator = store.ensure_annotator("Bench").id
        tags = [tag.id for tag in store.tags()]
        sides = []
        for number in range(articles):
            count = annotations_per_article if number < 2 else 10
            article = store.add_article(
                article_text(article_chars, number + 1), title=f"Article {number + 1}"
            )
            starts = [rng.randrange(0, len(article.text) - 60) for _ in range(count)]
            rows = [
                _annotation_row(article.id, article.text, start, annotator, rng.choice(tags), rng)
                for start in ([0, *starts[1:]] if number == 0 else starts)
            ]
            insert_rows(store, "annotations", ANNOTATION_ROW, rows)
            sides.append([row[0] for row in rows])
        left, right = sides[0], sides[1]
        hub, others = left[0], left[1:]
        pairs = [(hub, target) for target in right[:LINKS_PER_ANNOTATION]]
        pairs += _spread_pairs(others, right, links - len(pairs), rng)
        rows = (
            (new_id(), source, target, rng.choice(RELATIONS), annotator, "", CREATED, CREATED, 0)
            for source, target in pairs
        )
        insert_rows(store, "links", LINK_ROW, rows)
    return {
        "hub": hub,
        "links": len(pairs),
        "left": left,
        "right": right,
        "article_chars": article_chars,
    }


def _annotation_row(article_id: str, text: str, start: int, annotator: str, tag: str, rng) -> tuple:
    end = start + rng.randint(5, 60)
    prefix, quote, suffix = quote_with_context(text, start, end)
    return (new_id(), article_id, annotator, start, end, quote, prefix, suffix, tag,
            None, None, "", "[]", CREATED, CREATED, 0)  # fmt: skip


def _spread_pairs(left: list[str], right: list[str], count: int, rng) -> list[tuple[str, str]]:
    """`count` distinct pairs, every annotation taking about as many as the others.

    Each end stays under LINKS_PER_ANNOTATION less the hub's share (the first
    LINKS_PER_ANNOTATION annotations on the right already have one link, to the hub).
    """
    pairs: set[tuple[str, str]] = set()
    per_right = dict.fromkeys(right, 0)
    for target in right[:LINKS_PER_ANNOTATION]:
        per_right[target] = 1
    per_left = dict.fromkeys(left, 0)
    while len(pairs) < count:
        source, target = rng.choice(left), rng.choice(right)
        if (
            (source, target) in pairs
            or per_left[source] >= LINKS_PER_ANNOTATION
            or per_right[target] >= LINKS_PER_ANNOTATION
        ):
            continue
        pairs.add((source, target))
        per_left[source] += 1
        per_right[target] += 1
    return sorted(pairs)
