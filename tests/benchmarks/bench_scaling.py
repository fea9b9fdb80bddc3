"""Does cost grow linearly with the number of annotations? Key operations at three sizes.

For each project size (10k, 100k and 1M annotations; `--quick`: 1k, 10k, 100k) we time:
adding 1,000 annotations (the marginal cost at that size), twice: to the two articles a
reviewer has open, as tagging does, and to articles drawn from the whole project, where
every insert lands on a random page of indexes far larger than SQLite's page cache;
reading articles' annotations; exporting the whole project to JSONL; and highlighting a 1
MB article already shown with a tenth of the annotations (`--quick`: all of them): placed,
formatted where in view and painted, as a pane does once the text is laid out (the text's
own layout is a fixed cost, reported apart). Each is reported in ms per 1,000 annotations;
`growth` is that unit cost at the largest size over the smallest. For work over the
annotations (read, export, pane) linear cost means a flat unit cost, about 1. An add is
one operation on a project of N: linear would let it grow with N (the size ratio); an
index insert grows with the tree's depth and with how much of the index is outside the
page cache.

    .venv/bin/python tests/benchmarks/bench_scaling.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from bench_formats import build
from bench_workspace import article_text

ADDS = 1000
SHOWN_ARTICLES = 2  # a fact-checker tags in the articles open side by side
READ_ARTICLES = 10
PANE_CHARS = 1_000_000


def _per_thousand(seconds: float, count: int) -> float:
    return seconds * 1000 / count * 1000


def _time_adds(store, article_ids: list[str], tag: str, person: str) -> float:
    """Seconds to add ADDS annotations, each to an article drawn from `article_ids`."""
    rng = random.Random(3)
    began = time.perf_counter()
    with store.transaction():  # the index and row cost; one commit, so no disk noise
        for _ in range(ADDS):
            start = rng.randrange(0, 3000)
            store.add_annotation(rng.choice(article_ids), start, start + 20, tag, person)
    return time.perf_counter() - began


def measure_store(path: Path, total: int) -> dict[str, float]:
    from claimdesk.db.interchange.export import export_project

    articles = max(1, total // 1000)
    store = build(path, articles, total // articles)
    try:
        ids = [article.id for article in store.articles()]
        tag, person = store.tags()[0].id, store.ensure_annotator("Scaler").id
        add = _time_adds(store, ids, tag, person)  # anywhere: a working set of every article
        add_shown = _time_adds(store, ids[:SHOWN_ARTICLES], tag, person)  # as tagging does
        read_ids = ids[:READ_ARTICLES]
        began = time.perf_counter()
        read = sum(len(store.annotations(article_id)) for article_id in read_ids)
        read_seconds = time.perf_counter() - began
        began = time.perf_counter()
        export_project(store, "jsonl", path.with_suffix(".jsonl"))
        export = time.perf_counter() - began
    finally:
        store.close()
    return {
        "add_annotation": _per_thousand(add, ADDS),
        "add_annotation_shown_articles": _per_thousand(add_shown, ADDS),
        "read_annotations": _per_thousand(read_seconds, read),
        "export_jsonl": _per_thousand(export, total + ADDS),
    }


def _pane_spans(text: str, count: int) -> list:
    """`count` highlights of 5-60 characters at random places, made in no order."""
    from claimdesk.desktop.workspace.article_view import HighlightSpan

    rng = random.Random(5)
    colours = ["#ffd54f", "#4fc3f7", "#e57373", "#81c784"]
    spans = []
    for number in range(count):
        start = rng.randrange(0, len(text) - 60)
        spans.append(
            HighlightSpan(f"a{number}", start, start + rng.randint(5, 60), rng.choice(colours))
        )
    return spans


def _shown_view(text: str):
    """An article view showing `text`, without highlights, laid out and painted."""
    from PySide6.QtWidgets import QApplication

    from claimdesk.desktop.workspace.article_view import ArticleView

    app = QApplication.instance() or QApplication([])
    view = ArticleView()
    view.resize(640, 800)
    view.show()
    view.set_text(text, [])
    app.processEvents()
    return app, view


def _painted_within(app, view, action) -> float:
    began = time.perf_counter()
    action()
    app.processEvents()
    view.viewport().repaint()
    view.margin.repaint()
    return time.perf_counter() - began


def measure_text_only() -> float:
    """Seconds to show the 1 MB article without highlights, laid out and painted."""
    text = article_text(PANE_CHARS, 1)
    app, view = _shown_view("")
    seconds = _painted_within(app, view, lambda: view.set_text(text, []))
    view.close()
    return seconds


def highlight_cost(count: int) -> float:
    """Seconds to highlight the 1 MB article shown: `count` new spans placed, formatted where
    in view and painted (`set_spans`: what a pane does after laying out an article's text,
    and all it does when a tag is recoloured or a bulk change undone), less the same
    repaint with none. Timed within whole openings instead, the text's layout (17 ms, with
    a millisecond of jitter) swamped the 1 ms of 1,000 highlights: from 0.4 to 1.6 ms."""
    text = article_text(PANE_CHARS, 1)
    app, view = _shown_view(text)
    with_spans, bare = [], []
    for _ in range(15 if count <= 10_000 else 5):  # in turn: a busy moment hurts both
        spans = _pane_spans(text, count)  # new objects each time, as read from the rows
        with_spans.append(_painted_within(app, view, lambda s=spans: view.set_spans(s)))
        bare.append(_painted_within(app, view, lambda: view.set_spans([])))
    view.close()
    return max(0.0, min(with_spans) - min(bare))


def run(quick: bool) -> dict:
    sizes = (1_000, 10_000, 100_000) if quick else (10_000, 100_000, 1_000_000)
    per_size: dict[str, dict[str, float]] = {}
    measure_text_only()  # fonts and the first layout are one-off costs
    text_only = min(measure_text_only() for _ in range(3))
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            figures = measure_store(Path(folder) / f"scale-{size}.claimdesk", size)
            pane_spans = size if quick else size // 10
            highlights = highlight_cost(pane_spans)
            figures["highlight_pane"] = _per_thousand(highlights, pane_spans)
            per_size[str(size)] = {name: round(value, 3) for name, value in figures.items()}
    smallest, largest = per_size[str(sizes[0])], per_size[str(sizes[-1])]
    return {
        "sizes": list(sizes),
        "unit": "ms per 1,000 annotations",
        "pane_spans": ("all" if quick else "a tenth") + " of the size, on one 1 MB article",
        "pane_text_only_s": round(text_only, 3),
        "per_size": per_size,
        "growth": {
            name: round(largest[name] / smallest[name], 2) if smallest[name] else None
            for name in smallest
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1k, 10k and 100k annotations")
    print(json.dumps(run(parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
