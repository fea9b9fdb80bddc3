"""Finding things in a project: `search` (full text, ranked, with snippets) and `triage`
(the sentences most worth checking, with why)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimdesk.db import ReadOnlyProjectError, Store
from claimdesk.db.search.search import (
    MAX_RESULTS,
    SearchResults,
    articles_to_index,
    search_articles,
)
from claimdesk.db.storage.reading import open_to_read
from claimdesk.db.triage.project_triage import project_learning, triage_project
from claimdesk.db.triage.triage import Candidate

from . import CliError

NOTE_INDEXING = 1000
"""More articles to index than this (after an upgrade or a large import) are announced."""


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
    search.add_argument(
        "--exact", action="store_true", help="match case and accents as typed ('Rodríguez' only)"
    )
    search.add_argument("--json", action="store_true", help="print JSON instead of text")
    search.set_defaults(handler=run_search)

    triage = subparsers.add_parser(
        "triage",
        help="rank each article's sentences by how worth checking they are, with the reasons",
    )
    triage.add_argument("project", type=Path)
    triage.add_argument("--article", action="append", metavar="ID", help="only this article")
    triage.add_argument("--limit", type=int, default=10, metavar="N", help="per article")
    triage.add_argument("--json", action="store_true", help="print JSON instead of text")
    triage.set_defaults(handler=run_triage)


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
        waiting = 0 if store.readonly else articles_to_index(store)
        if waiting > NOTE_INDEXING:
            print(f"claimdesk: indexing {waiting} articles for search (once)…", file=sys.stderr)
        results = search_articles(store, args.query, limit=args.limit, exact=args.exact)
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
    if results.more:  # Exact stopped reading candidates at a full page
        print(f"At least {results.total} articles match; the best {len(results.hits)} are shown.")
    elif len(results.hits) < results.total:
        print(f"{results.total} articles match; the best {len(results.hits)} are shown.")
    return 0


def run_triage(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        titles = {article.id: article.title for article in store.articles()}
        unknown = [a for a in args.article or () if a not in titles]
        if unknown:
            raise CliError(f"{args.project}: no live article with id {unknown[0]}")
        found = triage_project(store, args.article)
        learnt = project_learning(store)
    per_article: dict[str, list[Candidate]] = {}
    for candidate in found:
        kept = per_article.setdefault(candidate.article_id, [])
        if len(kept) < max(args.limit, 0):
            kept.append(candidate)
    if args.json:
        print(json.dumps([_candidate_json(c) for k in per_article.values() for c in k],
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    if learnt.decisions:
        print(
            f"Ranking learnt from {learnt.decisions} decisions: {learnt.explain() or 'no change'}\n"
        )
    for article_id, candidates in per_article.items():
        print(f"{titles[article_id] or '(untitled)'}  [{article_id}]")
        for number, c in enumerate(candidates, 1):
            print(f"  {number}. {c.sentence}\n     {c.score:g}: {c.why()}")
        print()
    if not per_article:
        print("No sentences to suggest.")
    return 0


def _candidate_json(candidate: Candidate) -> dict:
    return {
        "article_id": candidate.article_id,
        "start": candidate.start,
        "end": candidate.end,
        "sentence": candidate.sentence,
        "score": candidate.score,
        "reasons": [{"kind": r.kind, "evidence": r.evidence} for r in candidate.reasons],
        "key": candidate.key,
    }


def results_json(results: SearchResults, articles: dict) -> dict:
    return {
        "total": results.total,
        "more": results.more,
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
