"""Benchmark: full-text search over 10,000 articles (about 7 million words).

Builds a project of news-like articles (words drawn by Zipf's law from the seed reports'
vocabulary and 20,000 rarer made-up words; "Rodríguez" in one article in a hundred),
times bringing the index up to date once, then `search_articles` (20 best, with hits and
snippets) for a mix of searches users type: a rare and a common word, two words, a phrase
taken from an article, a prefix, a name typed without its accent, OR and -word; then the
same searches with Exact (case and accents as typed), and Exact's common word, rare name
and phrase on their own. Baseline:
the previous "Find in all articles", a case-folded substring scan of every text in memory.

    .venv/bin/python tests/benchmarks/bench_search.py [--quick]
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_suggestions import long_prose

from claimdesk.db import Store
from claimdesk.db.search.search import search_articles, update_index

ARTICLES, QUICK_ARTICLES = 10_000, 1_000
WORDS_PER_ARTICLE = 700
ROUNDS = 3


def build(store: Store, count: int, rng: random.Random) -> list[str]:
    texts = []
    corpus = long_prose(rng, count * WORDS_PER_ARTICLE * 15 // 2).split(" ")
    per = len(corpus) // count
    with store.transaction():
        for number in range(count):
            words = corpus[number * per : (number + 1) * per]
            if number % 100 == 0:
                words.insert(len(words) // 2, "Delcy Rodríguez said")
            text = " ".join(words)
            texts.append(text)
            store.add_article(text, title=" ".join(words[:8]))
    return texts


def queries(texts: list[str], rng: random.Random) -> list[str]:
    picked = []
    for _ in range(5):
        words = rng.choice(texts).split()
        at = rng.randrange(len(words) - 3)
        picked += [
            words[at],
            f"{words[at]} {words[at + 2]}",
            f'"{words[at]} {words[at + 1]} {words[at + 2]}"',
            f"{words[at][:4]}*",
            f"{words[at]} OR {words[at + 1]}",
            f"{words[at]} -{words[at + 1]}",
        ]
    return [*picked, "rodriguez", '"delcy rodriguez"', "the", "prisoners", "said", "Rodríguez"]


EXACT_KINDS = {"common word": "the", "rare name": "Rodríguez", "phrase": '"Delcy Rodríguez"'}


def timed(store: Store, asked: list[str], exact: bool) -> tuple[list[float], dict[str, int]]:
    """Milliseconds per search over ROUNDS rounds of `asked`, and each search's total."""
    timings, totals = [], {}
    for _ in range(ROUNDS):
        for query in asked:
            began = time.perf_counter()
            results = search_articles(store, query, exact=exact)
            timings.append((time.perf_counter() - began) * 1000)
            totals[query] = results.total
    return timings, totals


def figures(timings: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(timings, n=20, method="inclusive")
    return {
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(cuts[18], 2),
        "max_ms": round(max(timings), 2),
    }


def run(quick: bool = False) -> dict:
    rng = random.Random(23)
    count = QUICK_ARTICLES if quick else ARTICLES
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "s.claimdesk") as store:
        began = time.perf_counter()
        texts = build(store, count, rng)
        built = time.perf_counter() - began
        began = time.perf_counter()
        update_index(store)
        indexed = time.perf_counter() - began
        asked = queries(texts, rng)
        timings, totals = timed(store, asked, exact=False)
        exact_timings, exact_totals = timed(store, asked, exact=True)
        kinds = {
            kind: figures(timed(store, [query], exact=True)[0] + timed(store, [query], True)[0])
            for kind, query in EXACT_KINDS.items()
        }
        scans = []
        for query in ("rodriguez", "prisoners", asked[0]):
            began = time.perf_counter()
            needle = query.casefold()
            sum(needle in text.casefold() for text in texts)
            scans.append((time.perf_counter() - began) * 1000)
    folded = figures(timings)
    return {
        "articles": count,
        "words": sum(len(text.split()) for text in texts),
        "project_build_seconds": round(built, 1),
        "index_build_seconds": round(indexed, 2),
        "searches": len(timings),
        "search_median_ms": folded["median_ms"],
        "search_p95_ms": folded["p95_ms"],
        "search_max_ms": folded["max_ms"],
        "exact": figures(exact_timings),
        "exact_by_kind": kinds,
        "baseline_scan_median_ms": round(statistics.median(scans), 2),
        "matches_rodriguez": totals["rodriguez"],
        "matches_the": totals["the"],
        "exact_matches_rodriguez_accented": exact_totals["Rodríguez"],
        "exact_matches_the": exact_totals["the"],
    }


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv), indent=2))
