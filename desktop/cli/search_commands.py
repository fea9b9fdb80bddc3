"""Finding things in a project: `search` (full text, ranked, with snippets)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimdesk.db import ReadOnlyProjectError, Store
from claimdesk.db.search.search import MAX_RESULTS, SearchResults, search_articles
from claimdesk.db.storage.reading import open_to_read


def register(subparsers: argparse._SubParsersAction) -> None:
    search = subparsers.add_parser(
        "search",
        help='find articles by words, "phrases", prefix*, OR, -word; ignores case and accents',
    )
    search.add_argument("project", type=Path)
    search.add_argument("query", help="what to find, e.g. '\"political prisoners\" releas*'")
    search.add_argument(
        "--limit", type=_limit, default=20, metavar="N", help=f"at most N (<= {MAX_RESULTS})"
    )
    search.add_argument("--json", action="store_true", help="print JSON instead of text")
    search.set_defaults(handler=run_search)


@contextmanager
def open_for_search(path: Path) -> Iterator[Store]:
    """Writable where it can be, so the index catches up; else read as it stands."""
    try:
        store = Store.open(path, create=False)
    except ReadOnlyProjectError:
        with open_to_read(path) as readonly:
            yield readonly
        return
    with store:
        yield store


def run_search(args: argparse.Namespace) -> int:
    with open_for_search(args.project) as store:
        results = search_articles(store, args.query, limit=args.limit)
        articles = {a.id: a for a in store.articles()}
    if results.unindexed:
        print(
            f"claimdesk: {results.unindexed} changed articles were not searched"
            " (the project is read-only and its index is behind)",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps(results_json(results, articles), ensure_ascii=False, indent=2))
        return 0
    if not results.hits:
        print("No articles match.")
    for number, hit in enumerate(results.hits, 1):
        article = articles.get(hit.article_id)
        where = ", ".join(v for v in (article.outlet, article.date) if v) if article else ""
        print(f"{number}. {hit.title or '(untitled)'}{f' ({where})' if where else ''}"
              f"  [{hit.article_id}]\n   {hit.bracketed()}\n")  # fmt: skip
    if len(results.hits) < results.total:
        print(f"{results.total} articles match; the best {len(results.hits)} are shown.")
    return 0


def results_json(results: SearchResults, articles: dict) -> dict:
    return {
        "total": results.total,
        "unindexed": results.unindexed,
        "results": [
            {
                "article_id": hit.article_id,
                "title": hit.title,
                "outlet": getattr(articles.get(hit.article_id), "outlet", ""),
                "date": getattr(articles.get(hit.article_id), "date", ""),
                "score": round(-hit.score, 4),
                "hits": [list(span) for span in hit.hits],
                "snippet": hit.snippet,
                "snippet_hits": [list(span) for span in hit.marks],
            }
            for hit in results.hits
        ],
    }


def _limit(text: str) -> int:
    value = int(text)
    if not 1 <= value <= MAX_RESULTS:
        raise argparse.ArgumentTypeError(f"{text} is not between 1 and {MAX_RESULTS}")
    return value
