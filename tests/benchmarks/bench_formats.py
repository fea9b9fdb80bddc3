"""Benchmark: export 100,000 annotations over 1,000 articles to every format, import JSONL back.

The JSONL export is compared with one SQLite query that builds the same lines with
`json_object` (the floor for any exporter reading this database). Then a project with a
million links (the limit's worth: 4,000 annotations with 500 links each) is exported as
W3C, and the peak memory of that export is printed beside that of collecting the
project's records alone (each in a fresh process). Prints JSON.

    .venv/bin/python tests/benchmarks/bench_formats.py [--quick]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.export import FORMATS, ExportData, export_project
from claimdesk.db.records.articles import text_sha256
from claimdesk.db.storage.clock import new_id, now

sys.path.insert(0, str(Path(__file__).parent))

from child_process import measure_in_subprocess

WORDS = (
    "the", "mayor", "said", "that", "schools", "will", "close", "per", "cent", "minister",
    "claims", "report", "budget", "😀", "café", "naïve", "مرحبا", "figures", "rose", "fell",
    "according", "to", "officials", "in", "May",
)  # fmt: skip

BASELINE_SQL = """
SELECT json_object(
  'id', ar.id, 'title', ar.title, 'outlet', ar.outlet, 'author', ar.author,
  'date', ar.date, 'url', ar.url, 'text', ar.text,
  'label', (SELECT json_group_array(json_array(a.start, a.end, t.name))
            FROM annotations a JOIN tags t ON t.id = a.tag_id
            WHERE a.article_id = ar.id AND a.deleted = 0),
  'spans', (SELECT json_group_array(json_object('start', a.start, 'end', a.end, 'label', t.name))
            FROM annotations a JOIN tags t ON t.id = a.tag_id
            WHERE a.article_id = ar.id AND a.deleted = 0),
  'annotations', (SELECT json_group_array(json_object(
      'id', a.id, 'start', a.start, 'end', a.end,
      'text', a.quote,
      'tag', t.name, 'annotator', n.name, 'verdict', v.name, 'confidence', a.confidence,
      'note', a.note, 'evidence', json(a.evidence), 'created', a.created, 'modified', a.modified,
      'review', NULL))
      FROM annotations a JOIN tags t ON t.id = a.tag_id JOIN annotators n ON n.id = a.annotator_id
      LEFT JOIN verdicts v ON v.id = a.verdict_id
      WHERE a.article_id = ar.id AND a.deleted = 0),
  'links', (SELECT json_group_array(json_object('id', l.id, 'source', l.source_id,
      'target', l.target_id, 'relation', l.relation, 'annotator', n.name, 'note', l.note))
      FROM links l JOIN annotations a ON a.id = l.source_id
      JOIN annotators n ON n.id = l.annotator_id
      WHERE a.article_id = ar.id AND l.deleted = 0),
  'claims', json_array())
FROM articles ar WHERE ar.deleted = 0 ORDER BY ar.created, ar.rowid
"""


def build(path: Path, articles: int, per_article: int, seed: int = 7) -> Store:
    """A project filled in bulk (the store API per row would dominate the set-up time)."""
    rng = random.Random(seed)
    store = Store.open(path)
    annotators = [store.ensure_annotator(name).id for name in ("Ana", "Bo", "Cy", "Dee")]
    tags = [tag.id for tag in store.tags()]
    verdicts = [verdict.id for verdict in store.verdicts()]
    article_rows, annotation_rows, link_rows = [], [], []
    for number in range(articles):
        text = " ".join(rng.choice(WORDS) for _ in range(600))
        article_id = new_id()
        stamp = now()
        article_rows.append(
            (article_id, f"Report {number}", "Outlet", "", "2024-01-01", "", "bench", text,
             text_sha256(text), len(text), stamp, stamp)
        )  # fmt: skip
        previous = None
        for _ in range(per_article):
            start = rng.randrange(0, len(text) - 40)
            end = start + rng.randrange(5, 40)
            annotation_id = new_id()
            annotation_rows.append(
                (annotation_id, article_id, rng.choice(annotators), start, end, text[start:end],
                 text[max(0, start - 32):start], text[end:end + 32], rng.choice(tags),
                 rng.choice([*verdicts, None]), None, "", "[]", stamp, stamp)
            )  # fmt: skip
            if previous is not None and rng.random() < 0.1:
                link_rows.append(
                    (new_id(), previous, annotation_id, "related", annotators[0], "", stamp, stamp)
                )
            previous = annotation_id
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO articles (id, title, outlet, author, date, url, source, text, sha256,"
            " length, created, modified, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)",
            article_rows,
        )
        store.conn.executemany(
            "INSERT INTO annotations (id, article_id, annotator_id, start, end, quote, prefix,"
            " suffix, tag_id, verdict_id, confidence, note, evidence, created, modified, deleted)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            annotation_rows,
        )
        store.conn.executemany(
            "INSERT INTO links (id, source_id, target_id, relation, annotator_id, note, created,"
            " modified, deleted) VALUES (?,?,?,?,?,?,?,?,0)",
            link_rows,
        )
    return store


def build_linked(path: Path, links: int, per_annotation: int = 500) -> None:
    """`links` links among `links * 2 // per_annotation` annotations (at least one more
    than `per_annotation`), each with up to `per_annotation` of them (half from it, half
    to it), in ten articles."""
    rng = random.Random(11)
    count = max(per_annotation + 1, links * 2 // per_annotation)
    with Store.open(path) as store, store.transaction():
        annotator = store.ensure_annotator("Ana").id
        tag = store.tags()[0].id
        stamp = now()
        ids = [new_id() for _ in range(count)]
        articles = [
            store.add_article(" ".join(rng.choice(WORDS) for _ in range(2_000)), title=f"R{n}")
            for n in range(10)
        ]
        rows = []
        for number, annotation_id in enumerate(ids):
            text = articles[number % 10].text
            start = rng.randrange(0, len(text) - 40)
            rows.append(
                (annotation_id, articles[number % 10].id, annotator, start, start + 20,
                 text[start:start + 20], "", "", tag, None, None, "", "[]", stamp, stamp)
            )  # fmt: skip
        store.conn.executemany(
            "INSERT INTO annotations (id, article_id, annotator_id, start, end, quote, prefix,"
            " suffix, tag_id, verdict_id, confidence, note, evidence, created, modified, deleted)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            rows,
        )
        pairs = (
            (ids[number], ids[(number + step) % count])
            for step in range(1, per_annotation // 2 + 1)
            for number in range(count)
        )
        store.conn.executemany(
            "INSERT INTO links (id, source_id, target_id, relation, annotator_id, note, created,"
            " modified, deleted) VALUES (?,?,?,'related',?,'',?,?,0)",
            (
                (new_id(), source, target, annotator, stamp, stamp)
                for source, target in itertools.islice(pairs, links)
            ),
        )


def measure_peak(what: str, project: Path, out: Path) -> dict:
    """Peak memory of opening the project and either collecting its records or exporting
    it as W3C, in this (fresh) process."""
    began = time.perf_counter()
    with Store.open(project) as store:
        if what == "w3c":
            export_project(store, "w3c", out)
        else:
            ExportData.collect(store)
    return {
        "seconds": time.perf_counter() - began,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def w3c_memory(folder: Path, links: int) -> dict:
    project = folder / "linked.claimdesk"
    build_linked(project, links)
    out = folder / "linked.jsonld"
    collected = measure_in_subprocess(__file__, "collect", str(project), str(out))
    exported = measure_in_subprocess(__file__, "w3c", str(project), str(out))
    return {
        "links": links,
        "w3c_export_seconds": round(exported["seconds"], 2),
        "w3c_export_peak_mb": round(exported["peak_mb"], 1),
        "collect_records_peak_mb": round(collected["peak_mb"], 1),
        "w3c_file_mb": round(out.stat().st_size / 2**20, 1),
    }


def timed(action) -> tuple[float, object]:
    began = time.perf_counter()
    result = action()
    return time.perf_counter() - began, result


def run(quick: bool) -> dict:
    articles, per_article = (100, 100) if quick else (1000, 100)
    total = articles * per_article
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        setup, store = timed(lambda: build(folder / "bench.claimdesk", articles, per_article))
        results: dict = {"articles": articles, "annotations": total, "setup_seconds": setup}

        def baseline() -> None:
            with open(folder / "baseline.jsonl", "w", encoding="utf-8") as handle:
                for (line,) in store.conn.execute(BASELINE_SQL):
                    handle.write(line + "\n")

        results["sqlite_json_object_seconds"] = timed(baseline)[0]
        exports = {}
        for fmt, module in FORMATS.items():
            out = folder / f"export-{fmt}{module.SUFFIX or ''}"
            seconds = timed(lambda fmt=fmt, out=out: export_project(store, fmt, out))[0]
            exports[fmt] = {
                "seconds": round(seconds, 3),
                "annotations_per_second": round(total / seconds),
            }
        results["export"] = exports
        results["jsonl_vs_sqlite_ratio"] = round(
            exports["jsonl"]["seconds"] / results["sqlite_json_object_seconds"], 2
        )
        with Store.open(folder / "target.claimdesk") as target:
            seconds, report = timed(
                lambda: import_annotations(target, folder / "export-jsonl.jsonl")
            )
        results["import_jsonl"] = {
            "seconds": round(seconds, 3),
            "annotations_per_second": round(total / seconds),
            "added": report.added,
        }
        store.close()
        results["w3c_links"] = w3c_memory(folder, 20_000 if quick else 1_000_000)
    results["sqlite_json_object_seconds"] = round(results["sqlite_json_object_seconds"], 3)
    results["setup_seconds"] = round(results["setup_seconds"], 3)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 annotations over 100")
    parser.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--w3c-links", type=int, help="only the W3C export of this many links")
    args = parser.parse_args(argv)
    if args.measure:
        what, project, out = args.measure
        print(json.dumps(measure_peak(what, Path(project), Path(out))))
        return 0
    if args.w3c_links:
        with tempfile.TemporaryDirectory() as folder:
            print(json.dumps(w3c_memory(Path(folder), args.w3c_links), indent=2))
        return 0
    print(json.dumps(run(args.quick), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
