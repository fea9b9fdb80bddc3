"""Benchmark: merging two large projects and measuring agreement over a million tokens.

Two colleagues start from one project of 1000 articles (1000 words each, so 1,000,000
tokens) and each adds 100,000 annotations. We time merging one into the other, merging
again (a no-op), and computing agreement between them over every token. A second pair
imported the same article texts each on their own (so their articles share no id and are
matched by text hash) and we time the no-op re-merge between them too. Baselines, from
the same run: SQLite copying the other file's annotation rows into a scratch table (the
floor for reading a merge's input), and splitting every article into tokens (the floor
for any token-level agreement).

    .venv/bin/python tests/benchmarks/bench_merge_agreement.py [--quick]

Prints one JSON object of figures; `run(quick)` returns it for tests/benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.analysis.agreement import compute_agreement
from claimdesk.db.merging.merge import merge_project

WORDS = [
    "the",
    "minister",
    "said",
    "unemployment",
    "fell",
    "by",
    "percent",
    "last",
    "year",
    "while",
    "critics",
    "noted",
    "that",
    "official",
    "figures",
    "were",
    "revised",
    "twice",
    "and",
    "crime",
    "doubled",
    "according",
    "to",
    "police",
    "data",
]


def _article_text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def _annotate(store: Store, name: str, per_article: int, seed: int) -> None:
    """`per_article` spans on every article, all in one transaction."""
    rng = random.Random(seed)
    person = store.ensure_annotator(name)
    tags = [tag.id for tag in store.tags()[:4]]
    with store.transaction():
        for summary in store.articles():
            text = store.article_text(summary.id)
            bounds = [0] + [i + 1 for i, char in enumerate(text) if char == " "]
            for _ in range(per_article):
                first = rng.randrange(len(bounds) - 4)
                start, end = bounds[first], bounds[first + rng.randint(1, 3)] - 1
                store.add_annotation(summary.id, start, end, rng.choice(tags), person.id)


def _copy_rows_seconds(root: Path) -> float:
    connection = sqlite3.connect(":memory:")
    started = time.perf_counter()
    connection.execute("ATTACH DATABASE ? AS other", (str(root / "bo.claimdesk"),))
    connection.execute("CREATE TABLE copied AS SELECT * FROM other.annotations")
    seconds = time.perf_counter() - started
    connection.close()
    return round(seconds, 3)


def _tokenise_seconds(path: Path) -> float:
    with Store.open(path) as store:
        texts = [store.article_text(summary.id) for summary in store.articles()]
        started = time.perf_counter()
        for text in texts:
            [match.span() for match in re.finditer(r"\w+", text)]
        return round(time.perf_counter() - started, 3)


def _remerge_by_hash_seconds(root: Path, texts: list[str], per_article: int) -> dict:
    """Each colleague imports the texts into a project of their own, annotates and merges
    the other's file; the second merge of that file is timed (it changes nothing)."""
    for name, seed in (("Ana", 2), ("Bo", 3)):
        with Store.open(root / f"own-{name}.claimdesk") as own:
            with own.transaction():
                for text in texts:
                    own.add_article(text)
            _annotate(own, name, per_article, seed)
    with Store.open(root / "own-Ana.claimdesk") as store:
        merge_project(store, root / "own-Bo.claimdesk")
        started = time.perf_counter()
        again = merge_project(store, root / "own-Bo.claimdesk")
        seconds = round(time.perf_counter() - started, 3)
    return {"noop_remerge_by_hash_seconds": seconds, "noop_remerge_by_hash_changed": again.changed}


def run(quick: bool) -> dict:
    articles, words, per_article = (100, 1000, 100) if quick else (1000, 1000, 100)
    figures: dict = {"articles": articles, "tokens_per_article": words}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        rng = random.Random(1)
        started = time.perf_counter()
        texts = [_article_text(rng, words) for _ in range(articles)]
        with Store.open(root / "base.claimdesk") as base, base.transaction():
            for text in texts:
                base.add_article(text)
        shutil.copyfile(root / "base.claimdesk", root / "ana.claimdesk")
        shutil.copyfile(root / "base.claimdesk", root / "bo.claimdesk")
        with Store.open(root / "ana.claimdesk") as ana:
            _annotate(ana, "Ana", per_article, seed=2)
        with Store.open(root / "bo.claimdesk") as bo:
            _annotate(bo, "Bo", per_article, seed=3)
        figures["build_seconds"] = round(time.perf_counter() - started, 2)
        figures["annotations_per_side"] = articles * per_article
        figures["baseline_copy_seconds"] = _copy_rows_seconds(root)
        figures["baseline_tokenise_seconds"] = _tokenise_seconds(root / "ana.claimdesk")
        with Store.open(root / "ana.claimdesk") as store:
            started = time.perf_counter()
            report = merge_project(store, root / "bo.claimdesk")
            figures["merge_seconds"] = round(time.perf_counter() - started, 3)
            figures["merge_added_annotations"] = report.added["annotations"]
            started = time.perf_counter()
            again = merge_project(store, root / "bo.claimdesk")
            figures["noop_remerge_seconds"] = round(time.perf_counter() - started, 3)
            figures["noop_remerge_changed"] = again.changed
            started = time.perf_counter()
            result = compute_agreement(store)
            figures["agreement_seconds"] = round(time.perf_counter() - started, 3)
            figures["agreement_tokens"] = result.tags[0].counts["tokens"]
            figures["micro_f1_overlap"] = round(result.micro[0].f1_overlap or 0.0, 4)
        figures.update(_remerge_by_hash_seconds(root, texts, per_article))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the size, for CI")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
