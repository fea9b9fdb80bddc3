"""Benchmark: "checked before?" matching, its precision and its speed.

Precision at 1 and at 5 of `match_claim` on the labelled pairs of `match_pairs.py` (each
outlet's wording is a query; its own fact-check is the right answer among all 101 in the
archive), beside BM25 alone over the same index (the candidates before figures and names
re-rank them), and how many right matches are close enough to be shown unasked. Then the
time to match 1,000 claims against an archive of 100,000 checks (sentences drawn like
bench_suggestions' prose, so words, figures and names recur), beside BM25 over every word
of each claim (timed on 30 claims, scaled).

    .venv/bin/python tests/benchmarks/bench_match.py [--quick]
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

from bench_suggestions import long_prose
from match_pairs import PAIRS

from claimdesk.db import Store
from claimdesk.db.factchecks.matching import add_to_archive, content_words, match_claim
from claimdesk.db.factchecks.records import FactCheck
from claimdesk.db.storage.fact_check_store import best_fact_checks

BASELINE_CLAIMS = 30
"""BM25 over every word of a claim takes ~0.3 s a claim here: timed on this many claims,
scaled to all of them."""


def precision(store: Store) -> dict:
    ranked_by: dict[str, list[int]] = {"matching": [], "bm25_only": [], "close": []}
    for index, (_, query) in enumerate(PAIRS):
        wanted = f"https://pairs.example/{index}"
        found = match_claim(store, query, limit=5)
        matched = [m.fact_check.url for m in found]
        right = [m for m in found if m.fact_check.url == wanted]
        ranked_by["close"].append(int(bool(right) and right[0].close))
        words = content_words(query)
        expression = " OR ".join(f'"{w}"' for w in words)
        plain = [c.url for c, _ in best_fact_checks(store, expression, 5)] if words else []
        ranked_by["matching"].append(matched.index(wanted) + 1 if wanted in matched else 0)
        ranked_by["bm25_only"].append(plain.index(wanted) + 1 if wanted in plain else 0)
    close = ranked_by.pop("close")
    figures = {"pairs": len(PAIRS), "right_matches_close": sum(close)}
    for name, ranks in ranked_by.items():
        figures[f"{name}_p_at_1"] = round(sum(r == 1 for r in ranks) / len(ranks), 3)
        figures[f"{name}_p_at_5"] = round(sum(r >= 1 for r in ranks) / len(ranks), 3)
    return figures


def run(quick: bool = False) -> dict:
    archive_size, claims = (10_000, 100) if quick else (100_000, 1_000)
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "pairs.claimdesk") as store:
            add_to_archive(store, [FactCheck(claim, url=f"https://pairs.example/{n}")
                                    for n, (claim, _) in enumerate(PAIRS)])  # fmt: skip
            result = precision(store)
        rng = random.Random(11)
        sentences = [s.strip() for s in long_prose(rng, archive_size * 150).split(".") if s.strip()]
        with Store.open(Path(folder) / "archive.claimdesk") as store:
            began = time.perf_counter()
            drawn = enumerate(sentences[:archive_size])
            add_to_archive(
                store, [FactCheck(t, url=f"https://archive.example/{n}") for n, t in drawn]
            )
            result["archive"] = min(archive_size, len(sentences))
            result["archive_import_seconds"] = round(time.perf_counter() - began, 2)
            queries = rng.sample(sentences, claims)
            began = time.perf_counter()
            for query in queries:
                match_claim(store, " ".join(query.split()[:25]))
            result["claims"] = claims
            result["match_seconds"] = round(time.perf_counter() - began, 2)
            began = time.perf_counter()
            for query in queries[:BASELINE_CLAIMS]:
                words = content_words(" ".join(query.split()[:25]))
                best_fact_checks(store, " OR ".join(f'"{w}"' for w in words), 30)
            per_claim = (time.perf_counter() - began) / BASELINE_CLAIMS
            result["baseline_bm25_seconds"] = round(per_claim * claims, 2)
    return result


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv), indent=2))
