"""Benchmark: suggesting links between articles, and listing claims with their contradictions.

Times `suggest_links` over the two seed reports and over two generated 100 KB articles
(sentences of random words with figures and quotations, a tenth of them shared),
`claim_overviews` over 2000 claims of two appearances each, and the window's bounded
search (`find_suggestions` within `SEARCH_SECONDS`) for a 10 MB article shown beside a seed
report: prose whose words follow Zipf's law over the seeds' vocabulary and 20,000 rarer
words, with figures for counted nouns, dates, quotations and paragraphs.

    .venv/bin/python tests/benchmarks/bench_suggestions.py

Prints one JSON object of figures.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import tempfile
import time
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.analysis.search_budget import SEARCH_SECONDS, Budget
from claimdesk.db.analysis.suggestions import find_suggestions, suggest_links
from claimdesk.db.claims.claim_links import claim_for_annotations
from claimdesk.db.claims.claim_overview import claim_overviews
from claimdesk.db.interchange.article_import import import_articles

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
NOUNS = ["prisoners", "Americans", "citizens", "people", "voters", "troops", "homes"]
NUMBERS = ["three", "four", "five", "12", "56", "about 50", "more than 100", "1,000", "twenty"]


def sentence(rng: random.Random, vocabulary: list[str]) -> str:
    words = rng.choices(vocabulary, k=rng.randint(10, 25))
    if rng.random() < 0.3:
        words.insert(rng.randint(0, len(words)), f"{rng.choice(NUMBERS)} {rng.choice(NOUNS)}")
    if rng.random() < 0.1:
        words.append("“" + " ".join(rng.choices(vocabulary, k=6)) + "”")
    return " ".join(words).capitalize() + "."


def article(rng: random.Random, vocabulary: list[str], shared: list[str], size: int) -> str:
    parts, length = [], 0
    while length < size:
        text = rng.choice(shared) if rng.random() < 0.1 else sentence(rng, vocabulary)
        parts.append(text)
        length += len(text) + 1
    return " ".join(parts)


def long_prose(rng: random.Random, size: int) -> str:
    """News-like paragraphs of `size` characters (see the module doc)."""
    seeds = " ".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    vocabulary = list(dict.fromkeys(word.lower() for word in re.findall(r"[A-Za-z’']+", seeds)))
    syllables = ["ba", "ko", "ri", "en", "tal", "mon", "ver", "ska", "lu", "dor", "pen", "tri"]
    vocabulary += ["".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(20_000)]
    zipf = list(itertools.accumulate(1 / rank for rank in range(1, len(vocabulary) + 1)))
    months = ["January", "February", "March", "April", "June", "July"]
    paragraphs, paragraph, length = [], [], 0
    while length < size:
        words = rng.choices(vocabulary, cum_weights=zipf, k=rng.randint(8, 30))
        if rng.random() < 0.35:
            figure = f"{rng.choice(NUMBERS)} {rng.choice(NOUNS)}"
            words.insert(rng.randint(0, len(words)), figure)
        if rng.random() < 0.1:
            words.insert(
                rng.randint(0, len(words)), f"on {rng.randint(1, 28)} {rng.choice(months)}"
            )
        text = " ".join(words).capitalize() + "."
        if rng.random() < 0.12:
            quoted = " ".join(rng.choices(vocabulary, cum_weights=zipf, k=rng.randint(5, 16)))
            text += f" “{quoted.capitalize()},” the official said."
        paragraph.append(text)
        length += len(text) + 1
        if rng.random() < 0.2:
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs)


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return round(time.perf_counter() - start, 3), result


def main() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(5000)]
    shared = [sentence(rng, vocabulary) for _ in range(200)]
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "seeds.claimdesk") as store:
            import_articles(store, sorted(SEEDS.glob("*.txt")))
            figures["seeds_seconds"], found = timed(suggest_links, store)
            figures["seeds_suggestions"] = len(found)
        with Store.open(Path(folder) / "big.claimdesk") as store:
            ids = [
                store.add_article(article(rng, vocabulary, shared, 100_000)).id for _ in range(2)
            ]
            figures["two_100kb_seconds"], found = timed(suggest_links, store, ids)
            figures["two_100kb_all_seconds"], found = timed(suggest_links, store, ids, limit=10**6)
            figures["two_100kb_all_suggestions"] = len(found)
            ana = store.ensure_annotator("Ana")
            tag = store.tags()[0].id
            with store.transaction():
                for n in range(2000):
                    ends = [
                        store.add_annotation(ids[side], n * 40, n * 40 + 30, tag, ana.id).id
                        for side in (0, 1)
                    ]
                    claim_for_annotations(store, ends, ana.id)
            figures["overviews_2000_claims_seconds"], overviews = timed(claim_overviews, store)
            figures["contradicted"] = sum(o.has_contradiction for o in overviews)
        with Store.open(Path(folder) / "long.claimdesk") as store:
            import_articles(store, sorted(SEEDS.glob("*.txt")))
            seed = store.articles()[0].id
            huge = store.add_article(long_prose(rng, 10_000_000), title="Ten megabytes").id
            figures["ten_mb_chars"] = len(store.article_text(huge))
            budget = Budget(SEARCH_SECONDS)
            figures["ten_mb_window_seconds"], search = timed(
                find_suggestions, store, [huge, seed], budget=budget
            )
            figures["ten_mb_window_suggestions"] = len(search.suggestions)
            figures["ten_mb_window_note"] = search.note()
            figures["ten_mb_no_time_limit_seconds"], search = timed(
                find_suggestions, store, [huge, seed]
            )
            figures["ten_mb_no_time_limit_suggestions"] = len(search.suggestions)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
