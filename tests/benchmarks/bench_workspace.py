"""Workspace benchmark: two ~1 MB articles with 10,000 annotations each, side by side,
in a project of 1,000 articles and 100,000 annotations.

Prints one JSON object: time to both panes painted (from opening the project to the
frame that shows both articles with their highlights and margins) and to the window
settled (the docks shown beside them — claims, the annotation table — filled too),
tag-shortcut-to-repaint latency (median, p95), scroll frame times, and peak memory above
a bare PySide6 window, each beside its baseline measured in the same run (a bare
`QMainWindow`; a bare `QPlainTextEdit` with a per-block highlighter over a sorted index).

    python tests/benchmarks/bench_workspace.py [--quick] [--at-limits]

Then, under `at_limits` (alone with `--at-limits`), a project at db/rules/limits.py's limits
(links_at_limits.py): two articles near the size limit, 100,000 links between their
highlights, one highlight in the first frame with the most links one may have. It prints
the time to both panes painted, to the frame showing the links' bands, and scroll frames
with the bands.

Each measurement runs in a fresh subprocess so peak memory is not shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from child_process import measure_in_subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENTENCE = (
    "the government said about 50 people were released on Tuesday while officials in"
    " Caracas claimed more than 100 prisoners had been freed according to Foro Penal"
)
WORDS = SENTENCE.split()


def article_text(size: int, seed: int) -> str:
    rng = random.Random(seed)
    paragraphs, length = [], 0
    while length < size:
        words = [rng.choice(WORDS) for _ in range(rng.randint(40, 120))]
        paragraph = " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def build_project(path: Path, size: int, annotations: int, articles: int, total: int) -> None:
    """Two large articles (shown first: they were imported first) and small filler
    articles sharing the rest of the `total` annotations, as a long-running project has."""
    from claimdesk.db import Store
    from claimdesk.db.records.annotations import quote_with_context
    from claimdesk.db.storage.bulk_insert import ANNOTATION_ROW, insert_rows
    from claimdesk.db.storage.clock import new_id

    rng = random.Random(7)
    with Store.open(path) as store, store.transaction():
        ana = store.ensure_annotator("Bench")
        tags = [tag.id for tag in store.tags()]
        for seed in (1, 2):
            article = store.add_article(article_text(size, seed), title=f"Article {seed}")
            text = article.text
            for _ in range(annotations):
                start = rng.randrange(0, len(text) - 60)
                end = start + rng.randint(5, 60)
                if text[start:end].strip():
                    store.add_annotation(article.id, start, end, rng.choice(tags), ana.id)
        fillers = max(0, articles - 2)
        per_filler = max(0, total - 2 * annotations) // max(1, fillers)
        created = "2026-01-01T00:00:00Z"
        for number in range(fillers):
            article = store.add_article(article_text(3_000, 100 + number), title=f"Filler {number}")
            rows = []
            for _ in range(per_filler):
                start = rng.randrange(0, len(article.text) - 60)
                end = start + rng.randint(5, 60)
                prefix, quote, suffix = quote_with_context(article.text, start, end)
                rows.append(
                    (
                        new_id(),
                        article.id,
                        ana.id,
                        start,
                        end,
                        quote,
                        prefix,
                        suffix,
                        rng.choice(tags),
                        None,
                        None,
                        "",
                        "[]",
                        created,
                        created,
                        0,
                    )
                )
            insert_rows(store, "annotations", ANNOTATION_ROW, rows)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_bare_window() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.resize(1360, 860)
    window.show()
    window.repaint()
    app.processEvents()
    return {"peak_mb": peak_rss_mb()}


def measure_bare_highlighter(size: int, annotations: int, tag_presses: int) -> dict:
    """The limit to approach: QPlainTextEdit + per-block highlighter over a sorted index."""
    from bisect import bisect_right

    from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication.instance() or QApplication([])
    text = article_text(size, 1)
    rng = random.Random(3)
    spans = sorted(
        (start, start + rng.randint(5, 60))
        for start in (rng.randrange(0, len(text) - 60) for _ in range(annotations))
    )
    starts = [start for start, _ in spans]
    char_format = QTextCharFormat()
    char_format.setBackground(QColor("#ffd54f"))

    class Highlighter(QSyntaxHighlighter):
        def highlightBlock(self, block_text: str) -> None:
            block_start = self.currentBlock().position()
            block_end = block_start + len(block_text)
            index = max(0, bisect_right(starts, block_start) - 40)
            for start, end in spans[index : bisect_right(starts, block_end)]:
                if end > block_start:
                    s = max(start, block_start) - block_start
                    self.setFormat(s, min(end, block_end) - block_start - s, char_format)

    begin = time.perf_counter()
    editor = QPlainTextEdit()
    editor.resize(600, 800)
    editor.setPlainText(text)
    highlighter = Highlighter(editor.document())
    editor.show()
    app.processEvents()  # the highlighter's first pass is queued: let it run, then paint
    editor.viewport().repaint()
    painted = time.perf_counter() - begin

    latencies = []
    for _ in range(tag_presses):  # tagging: insert in the sorted index, re-highlight, repaint
        start = rng.randrange(0, len(text) - 40)
        began = time.perf_counter()
        index = bisect_right(starts, start)
        starts.insert(index, start)
        spans.insert(index, (start, start + 12))
        highlighter.rehighlightBlock(editor.document().findBlock(start))
        editor.viewport().repaint()
        latencies.append(time.perf_counter() - began)
    latencies.sort()
    return {
        "one_pane_painted_s": painted,
        "tag_to_repaint_median_ms": statistics.median(latencies) * 1000,
        "tag_to_repaint_p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "scroll_frame_max_ms": max(_scroll_frames(editor)) * 1000,
    }


def _scroll_frames(editor, margin=None) -> list[float]:
    """Page down 60 times, timing each step to a repainted viewport (and margin)."""
    bar = editor.verticalScrollBar()
    bar.setValue(0)
    frames = []
    for _ in range(60):
        began = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        editor.viewport().repaint()
        if margin is not None:
            margin.repaint()
        frames.append(time.perf_counter() - began)
    return sorted(frames)


def measure_claimdesk(project: Path, tag_presses: int) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from claimdesk.desktop.main_window import MainWindow
    from claimdesk.desktop.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    settings = AppSettings(project.with_suffix(".ini"))
    window = MainWindow(settings)
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    begin = time.perf_counter()
    window.open_project(project, "Bench")
    opened = time.perf_counter() - begin
    for pane in window.workspace.panes:  # the frame that shows them, highlights and margins
        pane.view.viewport().repaint()
        pane.view.margin.repaint()
    painted = time.perf_counter() - begin
    app.processEvents()  # then the docks shown beside them fill (claims, annotation table)
    for pane in window.workspace.panes:
        pane.view.viewport().repaint()
    settled = time.perf_counter() - begin
    settled_mb = peak_rss_mb()  # before tagging and scrolling lay out more of the text
    began = time.perf_counter()
    window.annotation_table.refresh()  # its share of the above, measured again on its own
    table = time.perf_counter() - began

    view = window.workspace.panes[0].view
    view.setFocus()
    text = view.text()
    rng = random.Random(11)
    latencies = []
    for _ in range(tag_presses):
        start = rng.randrange(0, len(text) - 40)
        view.select_range(start, start + 12)
        app.processEvents()
        if view.selected_range() is None:
            continue
        began = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_1)
        view.viewport().repaint()
        latencies.append(time.perf_counter() - began)
    latencies.sort()

    frames = _scroll_frames(view, view.margin)
    annotation_count = sum(a.annotation_count for a in window.session.store.articles())
    window.close_project()
    return {
        "both_panes_painted_s": painted,
        "window_settled_s": settled,
        "open_project_returned_s": opened,
        "annotation_table_refresh_s": table,
        "tag_to_repaint_median_ms": statistics.median(latencies) * 1000,
        "tag_to_repaint_p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "scroll_frame_median_ms": statistics.median(frames) * 1000,
        "scroll_frame_max_ms": frames[-1] * 1000,
        "peak_mb": peak_rss_mb(),
        "peak_when_settled_mb": settled_mb,
        "annotations_in_project": annotation_count,
    }


def measure_at_limits(project: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from claimdesk.desktop.main_window import MainWindow
    from claimdesk.desktop.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    window = MainWindow(AppSettings(project.with_suffix(".ini")))
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    begin = time.perf_counter()
    window.open_project(project, "Bench")
    handle = window.workspace.splitter.handle(1)
    for pane in window.workspace.panes:  # the first frame, link gutter included
        pane.view.viewport().repaint()
        pane.view.margin.repaint()
    handle.repaint()
    painted = time.perf_counter() - begin
    while not handle._bands and time.perf_counter() - begin < 120:
        app.processEvents()  # the links are read right after that frame
        handle.repaint()
    bands = time.perf_counter() - begin
    drawn = len(handle._bands)
    view = window.workspace.panes[0].view
    frames = []
    bar = view.verticalScrollBar()
    for _ in range(30):
        began = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep() // 3)
        view.viewport().repaint()
        view.margin.repaint()
        handle.repaint()
        frames.append(time.perf_counter() - began)
    frames.sort()
    window.close_project()
    return {
        "both_panes_painted_s": painted,
        "links_drawn_s": bands,
        "bands_in_first_frame_with_links": drawn,
        "scroll_frame_median_ms": statistics.median(frames) * 1000,
        "scroll_frame_max_ms": frames[-1] * 1000,
        "peak_mb": peak_rss_mb(),
    }


def run_at_limits(quick: bool = False) -> dict:
    from links_at_limits import build_project_at_limits

    sizes = {"article_chars": 1_000_000, "links": 10_000} if quick else {}
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "limits.claimdesk"
        began = time.perf_counter()
        built = build_project_at_limits(project, **sizes)
        build_s = time.perf_counter() - began
        ours = measure_in_subprocess(__file__, "at_limits", str(project))
        chars = str(built["article_chars"])  # a bare pane of that size: the machine's pace
        bare = measure_in_subprocess(__file__, "bare_highlighter", chars, "10000", "1")
    return {
        "links": built["links"],
        "article_chars": built["article_chars"],
        "project_build_s": round(build_s, 2),
        **{key: round(value, 3) for key, value in ours.items()},
        "bare_two_panes_painted_s": round(2 * bare["one_pane_painted_s"], 3),
        "targets": {"both_panes_painted_s": 1.0},
    }


def run(quick: bool = False) -> dict:
    size = 100_000 if quick else 1_000_000
    annotations = 1_000 if quick else 10_000
    articles = 100 if quick else 1_000
    total = 10_000 if quick else 100_000
    presses = 50 if quick else 200
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "bench.claimdesk"
        began = time.perf_counter()
        build_project(project, size, annotations, articles, total)
        built = time.perf_counter() - began
        bare = measure_in_subprocess(__file__, "bare_window")
        limit = measure_in_subprocess(
            __file__, "bare_highlighter", str(size), str(annotations), str(presses)
        )
        ours = measure_in_subprocess(__file__, "claimdesk", str(project), str(presses))
    return {
        "article_chars": size,
        "annotations_per_article": annotations,
        "project_articles": articles,
        "project_annotations": ours["annotations_in_project"],
        "project_build_s": round(built, 2),
        "both_panes_painted_s": round(ours["both_panes_painted_s"], 3),
        "window_settled_s": round(ours["window_settled_s"], 3),
        "open_project_returned_s": round(ours["open_project_returned_s"], 3),
        "annotation_table_refresh_s": round(ours["annotation_table_refresh_s"], 3),
        "bare_highlighter_one_pane_s": round(limit["one_pane_painted_s"], 3),
        "painted_ratio_to_two_bare_panes": round(
            ours["both_panes_painted_s"] / (2 * limit["one_pane_painted_s"]), 2
        ),
        "tag_to_repaint_median_ms": round(ours["tag_to_repaint_median_ms"], 2),
        "tag_to_repaint_p95_ms": round(ours["tag_to_repaint_p95_ms"], 2),
        "bare_tag_to_repaint_median_ms": round(limit["tag_to_repaint_median_ms"], 2),
        "bare_tag_to_repaint_p95_ms": round(limit["tag_to_repaint_p95_ms"], 2),
        "bare_scroll_frame_max_ms": round(limit["scroll_frame_max_ms"], 2),
        "scroll_frame_median_ms": round(ours["scroll_frame_median_ms"], 2),
        "scroll_frame_max_ms": round(ours["scroll_frame_max_ms"], 2),
        "peak_mb": round(ours["peak_mb"], 1),
        "bare_window_peak_mb": round(bare["peak_mb"], 1),
        "memory_above_bare_window_mb": round(ours["peak_mb"] - bare["peak_mb"], 1),
        "memory_above_bare_window_when_settled_mb": round(
            ours["peak_when_settled_mb"] - bare["peak_mb"], 1
        ),
        "targets": {
            "both_panes_painted_s": 0.2,
            "tag_to_repaint_median_ms": 5,
            "tag_to_repaint_p95_ms": 16,
            "scroll_frame_max_ms": 10,
            "memory_above_bare_window_mb": 100,
        },
        "at_limits": run_at_limits(quick),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--at-limits", action="store_true", help="a project at the limits")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        name, *rest = args.measure
        if name == "bare_window":
            figures = measure_bare_window()
        elif name == "at_limits":
            figures = measure_at_limits(Path(rest[0]))
        elif name == "bare_highlighter":
            figures = measure_bare_highlighter(int(rest[0]), int(rest[1]), int(rest[2]))
        else:
            figures = measure_claimdesk(Path(rest[0]), int(rest[1]))
        print(json.dumps(figures))
        return
    print(json.dumps((run_at_limits if args.at_limits else run)(args.quick), indent=2))


if __name__ == "__main__":
    main()
