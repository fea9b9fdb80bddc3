"""Benchmark: claim triage, its ranking quality and its speed.

Mean average precision (MAP, the CheckThat! measure) of `rank_sentences` on the labelled
set of `triage_set.py`, one document per seed report and one per language of the written
sentences, beside two baselines in the same run: random order (mean over 200 shuffles) and
"sentences with a number first" (then text order). Files in CheckThat!'s task-1 format
(line, speaker, sentence, label; tab-separated) named in CLAIMDESK_CHECKWORTHY_TSV
(separated by os.pathsep) are scored the same way, each file one document. Then the time
to triage a 5,000-word article (median of 5).

    .venv/bin/python tests/benchmarks/bench_triage.py
"""

from __future__ import annotations

import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

from bench_suggestions import long_prose
from triage_set import SEED_JUDGEMENTS, WRITTEN

from claimdesk.db.analysis.language import detect_language
from claimdesk.db.triage.sentences import sentences
from claimdesk.db.triage.triage import assess, rank_sentences

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
Document = list[tuple[str, int]]  # (sentence, label) in text order
SHUFFLES = 200


def labelled_documents() -> dict[str, Document]:
    documents = {}
    for stem, judgements in SEED_JUDGEMENTS.items():
        text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
        found = [text[start:end] for start, end in sentences(text)]
        labels = [int(label) for label in judgements.split()]
        if len(found) != len(labels):
            raise SystemExit(f"{stem}: {len(found)} sentences but {len(labels)} labels")
        documents[stem] = list(zip(found, labels, strict=True))
    spanish = [pair for pair in WRITTEN if re.search(r"[áéíóúñ¿¡]|\b(?:el|la|los)\b", pair[0])]
    documents["written_es"] = spanish
    documents["written_en"] = [pair for pair in WRITTEN if pair not in spanish]
    return documents


def public_documents() -> dict[str, Document]:
    documents = {}
    for name in filter(None, os.environ.get("CLAIMDESK_CHECKWORTHY_TSV", "").split(os.pathsep)):
        rows = [line.split("\t") for line in Path(name).read_text(encoding="utf-8").splitlines()]
        documents[Path(name).stem] = [(row[2], int(row[3])) for row in rows if len(row) >= 4]
    return documents


def average_precision(labels_in_order: list[int]) -> float:
    hits, total = 0, 0.0
    for rank, label in enumerate(labels_in_order, 1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def by_triage(document: Document) -> list[int]:
    """Each document read in one language, told from its words, as an article is."""
    language = detect_language(" ".join(text for text, _ in document))
    scored = [
        (-assess(text, language=language)[0], n, label) for n, (text, label) in enumerate(document)
    ]
    return [label for _, _, label in sorted(scored)]


def by_numbers_first(document: Document) -> list[int]:
    ordered = sorted(
        enumerate(document), key=lambda pair: (not re.search(r"\d", pair[1][0]), pair[0])
    )
    return [label for _, (_, label) in ordered]


def by_random(document: Document, rng: random.Random) -> float:
    labels = [label for _, label in document]
    scores = []
    for _ in range(SHUFFLES):
        rng.shuffle(labels)
        scores.append(average_precision(labels))
    return statistics.fmean(scores)


def map_figures(documents: dict[str, Document]) -> dict:
    rng = random.Random(23)
    return {
        "documents": len(documents),
        "sentences": sum(map(len, documents.values())),
        "worth_checking": sum(label for d in documents.values() for _, label in d),
        "map_triage": round(
            statistics.fmean(average_precision(by_triage(d)) for d in documents.values()), 3
        ),
        "map_numbers_first": round(
            statistics.fmean(average_precision(by_numbers_first(d)) for d in documents.values()), 3
        ),
        "map_random": round(statistics.fmean(by_random(d, rng) for d in documents.values()), 3),
    }


def run(quick: bool = False) -> dict:
    result = {"labelled": map_figures(labelled_documents())}
    public = public_documents()
    if public:
        result["public"] = map_figures(public)
    words = long_prose(random.Random(5), 40_000).split(" ")[:5000]
    article = " ".join(words)
    timings = []
    for _ in range(5):
        began = time.perf_counter()
        rank_sentences("bench", article)
        timings.append(time.perf_counter() - began)
    result["article_words"] = len(article.split())
    result["triage_5000_words_seconds"] = round(statistics.median(timings), 4)
    result["baseline_split_seconds"] = round(_split_only(article), 4)
    return result


def _split_only(article: str) -> float:
    began = time.perf_counter()
    list(sentences(article))
    return time.perf_counter() - began


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv), indent=2))
