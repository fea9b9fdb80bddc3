"""Importing 1,000 article files through the desktop flow, and how responsive the window stays.

The import runs the way the app runs it (`project_flows.import_article_files`: a worker
thread, a progress dialog, one undo step at the end) in an offscreen main window. A 5 ms
timer records every event-loop tick meanwhile; the longest gap between ticks is the worst
UI stall. Baseline: the same files imported headless with `import_articles`.

Re-anchoring: a dataset file of twenty 2,000-character quotes edited in five places, against
a 300 kB article already in the project, imported with `import-annotations` (each quote must
be found by approximate search; before n-gram seeding this ran past five minutes).

    .venv/bin/python tests/benchmarks/bench_import.py [--quick]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from child_process import measure_in_subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = (
    "the", "council", "said", "spending", "on", "roads", "rose", "by", "12", "per", "cent",
    "last", "year", "while", "critics", "noted", "that", "figures", "were", "revised",
    "twice", "and", "minister", "claimed", "unemployment", "fell",
)  # fmt: skip


def write_articles(folder: Path, count: int, seed: int = 5) -> list[Path]:
    """`count` plain-text reports of 3–5 kB, each with a heading and a `date` line."""
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 90))).capitalize() + "."
            for _ in range(rng.randint(5, 8))
        ]
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        path = folder / f"report-{number:04d}.txt"
        path.write_text(
            f"date {day}\n# Report {number}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def measure_headless(project: Path, folder: Path) -> dict:
    from claimdesk.db import Store
    from claimdesk.db.interchange.article_import import import_articles

    paths = sorted(folder.glob("*.txt"))
    with Store.open(project) as store:
        began = time.perf_counter()
        report = import_articles(store, paths)
        seconds = time.perf_counter() - began
    return {"seconds": seconds, "added": len(report.added)}


def measure_desktop(project: Path, folder: Path) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from claimdesk.desktop.flows.project_flows import import_article_files
    from claimdesk.desktop.main_window import MainWindow
    from claimdesk.desktop.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    window = MainWindow(AppSettings(project.with_suffix(".ini")))
    window.show()
    window.open_project(project, "Bench")
    app.processEvents()
    paths = sorted(folder.glob("*.txt"))

    ticks: list[float] = []
    ticker = QTimer(interval=5)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    window.session.changed.connect(lambda _change: QTimer.singleShot(0, loop.quit))
    QTimer.singleShot(120_000, loop.quit)  # a hung import ends the benchmark, not the run

    ticker.start()
    began = time.perf_counter()
    ticks.append(began)
    import_article_files(window, paths)
    loop.exec()
    seconds = time.perf_counter() - began
    ticker.stop()
    gaps = sorted(b - a for a, b in itertools.pairwise(ticks))
    added = window.session.store.project_counts()[0]
    window.close_project()
    return {
        "seconds": seconds,
        "added": added,
        "longest_stall_ms": gaps[-1] * 1000 if gaps else seconds * 1000,
        "median_tick_ms": statistics.median(gaps) * 1000 if gaps else 0.0,
    }


def edited_quotes(seed: int = 3, count: int = 20) -> tuple[str, list[tuple[int, str]]]:
    """A 300 kB article and `count` (old start, quote) pairs: 2,000 characters of it with
    five 3-character edits each, so no quote is in the text as it stands."""
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(60_000))[:300_000]
    quotes = []
    for number in range(count):
        start = 10_000 + number * 14_000
        quote = text[start : start + 2000]
        for spot in (100, 500, 900, 1300, 1700):
            quote = quote[:spot] + "XYZ" + quote[spot + 2 :]
        quotes.append((start, quote))
    return text, quotes


def measure_reanchoring(folder: Path) -> dict:
    from claimdesk.db import Store
    from claimdesk.db.analysis.reanchor import reanchor
    from claimdesk.db.interchange.annotation_import import import_annotations

    text, quotes = edited_quotes()
    start, quote = quotes[1]  # difflib's autojunk misjudges quotes[0]: an orphan
    began = time.perf_counter()
    found = reanchor(text, quote, hint=start)
    one = time.perf_counter() - began
    absent = " ".join(random.Random(9).choice(WORDS) for _ in range(600))[:2000] + "#"
    began = time.perf_counter()
    reanchor(text, absent, hint=start)
    orphan = time.perf_counter() - began
    with Store.open(folder / "reanchor.claimdesk") as store:
        article = store.add_article(text)
        records = [
            {"start": start, "end": start + 2000, "text": quote, "tag": "Claim"}
            for start, quote in quotes
        ]
        dataset = folder / "edited.jsonl"
        dataset.write_text(
            json.dumps({"id": article.id, "text": text, "annotations": records}) + "\n",
            encoding="utf-8",
        )
        began = time.perf_counter()
        report = import_annotations(store, dataset)
        whole = time.perf_counter() - began
    return {
        "reanchor_one_quote_s": one,
        "reanchor_one_found": found is not None,
        "reanchor_absent_quote_s": orphan,
        "reanchor_file_bytes": dataset.stat().st_size,
        "reanchor_file_s": whole,
        "reanchor_file_placed": len(report.reanchored),
    }


def run(quick: bool) -> dict:
    count = 200 if quick else 1000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = root / "files"
        files.mkdir()
        write_articles(files, count)
        headless = measure_in_subprocess(
            __file__, "headless", str(root / "headless.claimdesk"), str(files)
        )
        desktop = measure_in_subprocess(
            __file__, "desktop", str(root / "desktop.claimdesk"), str(files)
        )
        reanchoring = measure_in_subprocess(__file__, "reanchor", str(root), str(files))
    return {
        "files": count,
        "headless_seconds": round(headless["seconds"], 3),
        "desktop_seconds": round(desktop["seconds"], 3),
        "ratio": round(desktop["seconds"] / headless["seconds"], 2),
        "desktop_added": desktop["added"],
        "longest_stall_ms": round(desktop["longest_stall_ms"], 1),
        "median_tick_ms": round(desktop["median_tick_ms"], 2),
        **{
            key: round(value, 3) if isinstance(value, float) else value
            for key, value in reanchoring.items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 files")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        name, project, folder = args.measure
        if name == "reanchor":
            print(json.dumps(measure_reanchoring(Path(project))))
            return
        measure = measure_headless if name == "headless" else measure_desktop
        print(json.dumps(measure(Path(project), Path(folder))))
        return
    print(json.dumps(run(args.quick), indent=2))


if __name__ == "__main__":
    main()
