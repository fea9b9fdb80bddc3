"""Run every benchmark headless and print one JSON object of figures against their targets.

    .venv/bin/python tests/benchmarks/run.py [--quick] [--only NAME ...] [--output FILE]

Each benchmark runs in its own subprocess (so peak memory and Qt state are its own, and a
crash is reported instead of ending the run). Every figure is printed beside the baseline
measured in the same run and their ratio, because absolute times vary between machines;
`meets` compares `value` (or, for `target_on: "ratio"`, the ratio) with the target.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKER = "BENCHMARK-RESULT "
TIMEOUT_S = 3600


@dataclass(frozen=True)
class Figure:
    """How one figure is read from a benchmark's result."""

    name: str
    unit: str
    value: Callable[[dict], float]
    baseline: Callable[[dict], float] | None
    target: float | None
    target_on: str = "value"  # or "ratio"


def _key(name: str) -> Callable[[dict], float]:
    return lambda result: result[name]


FIGURES: dict[str, list[Figure]] = {
    "startup": [
        Figure(
            "cold_start_to_first_frame",
            "s",
            _key("claimdesk_first_frame_s"),
            _key("bare_window_s"),
            1.5,
            "ratio",
        ),
        Figure(
            "cold_start_to_project_usable",
            "s",
            _key("claimdesk_usable_s"),
            _key("bare_window_s"),
            None,
        ),
    ],
    "workspace": [
        Figure(
            "two_panes_painted",
            "s",
            _key("both_panes_painted_s"),
            lambda r: 2 * r["bare_highlighter_one_pane_s"],
            0.2,
        ),
        Figure(
            "tag_to_repaint_median",
            "ms",
            _key("tag_to_repaint_median_ms"),
            _key("bare_tag_to_repaint_median_ms"),
            5,
        ),
        Figure(
            "tag_to_repaint_p95",
            "ms",
            _key("tag_to_repaint_p95_ms"),
            _key("bare_tag_to_repaint_p95_ms"),
            16,
        ),
        Figure(
            "scroll_frame_max",
            "ms",
            _key("scroll_frame_max_ms"),
            _key("bare_scroll_frame_max_ms"),
            10,
        ),
        Figure(
            "memory_above_bare_window",
            "MB",
            _key("memory_above_bare_window_mb"),
            _key("bare_window_peak_mb"),
            100,
        ),
    ],
    "formats": [
        Figure(
            "jsonl_export",
            "s",
            lambda r: r["export"]["jsonl"]["seconds"],
            _key("sqlite_json_object_seconds"),
            3.0,
            "ratio",
        ),
    ],
    "merge_agreement": [
        Figure("merge", "s", _key("merge_seconds"), _key("baseline_copy_seconds"), 3.0),
        Figure(
            "noop_remerge", "s", _key("noop_remerge_seconds"), _key("baseline_copy_seconds"), 1.0
        ),
        Figure(
            "agreement",
            "s",
            _key("agreement_seconds"),
            _key("baseline_tokenise_seconds"),
            2.0,
        ),
    ],
    "import": [
        Figure("import_files", "s", _key("desktop_seconds"), _key("headless_seconds"), 10.0),
        Figure(
            "import_longest_ui_stall", "ms", _key("longest_stall_ms"), _key("median_tick_ms"), 100
        ),
    ],
    "sources": [
        Figure("pdf_300_pages", "s", _key("pdf_import_seconds"), _key("text_import_seconds"), 10.0),
        Figure(
            "warc_listing_memory",
            "MB",
            lambda r: r["warc_list_peak_mb"] - r["bare_reader_peak_mb"],
            _key("bare_reader_peak_mb"),
            200,
        ),
    ],
    "scaling": [
        Figure(
            f"scaling_{operation}",
            "ms per 1k annotations",
            lambda r, o=operation: r["per_size"][str(r["sizes"][-1])][o],
            lambda r, o=operation: r["per_size"][str(r["sizes"][0])][o],
            # Linear growth keeps the unit cost flat; B-tree indexes add a logarithmic factor.
            2.0,
            "ratio",
        )
        for operation in (
            "add_annotation_shown_articles",
            "read_annotations",
            "export_jsonl",
            "highlight_pane",
        )
    ]
    + [
        Figure(
            "scaling_add_annotation",
            "ms per 1k annotations",
            lambda r: r["per_size"][str(r["sizes"][-1])]["add_annotation"],
            lambda r: r["per_size"][str(r["sizes"][0])]["add_annotation"],
            # One add into a project of N may grow at most as N does: the size ratio, 100.
            100.0,
            "ratio",
        )
    ],
    "search": [
        Figure(
            "search_median", "ms", _key("search_median_ms"), _key("baseline_scan_median_ms"), 50
        ),
        Figure("search_p95", "ms", _key("search_p95_ms"), _key("baseline_scan_median_ms"), 150),
    ],
    # Precision at 1 and 5 of matching (beside BM25 alone) is in the raw result.
    "match": [
        Figure(
            "match_claims_against_archive",
            "s",
            _key("match_seconds"),
            _key("baseline_bm25_seconds"),
            10.0,
        ),
    ],
    # Ranking quality (MAP beside random and numbers-first) is in the raw result: higher is
    # better there, so it is reported, not judged against a ceiling.
    "triage": [
        Figure(
            "triage_5000_words",
            "s",
            _key("triage_5000_words_seconds"),
            _key("baseline_split_seconds"),
            0.5,
        ),
    ],
}

MODULES = {name: f"bench_{name}" for name in FIGURES}


def run_benchmark(name: str, quick: bool) -> dict:
    """One benchmark's raw result, or {"error": ...} when it failed."""
    code = (
        f"import json, sys; sys.path.insert(0, {str(HERE)!r}); import {MODULES[name]} as b; "
        f"print({MARKER!r} + json.dumps(b.run({quick!r})))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    began = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {TIMEOUT_S} s"}
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARKER)]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-12:]
        return {"error": f"exit code {done.returncode}: " + " | ".join(tail)}
    result = json.loads(lines[-1][len(MARKER) :])
    result["benchmark_seconds"] = round(time.perf_counter() - began, 1)
    return result


def figures_of(name: str, result: dict) -> dict[str, dict]:
    figures = {}
    for figure in FIGURES[name]:
        try:
            value = figure.value(result)
            baseline = figure.baseline(result) if figure.baseline else None
        except (KeyError, TypeError, ValueError) as error:
            figures[figure.name] = {"error": f"missing in the result: {error}"}
            continue
        ratio = round(value / baseline, 2) if baseline else None
        judged = ratio if figure.target_on == "ratio" else value
        figures[figure.name] = {
            "value": value,
            "unit": figure.unit,
            "baseline": baseline,
            "ratio": ratio,
            "target": figure.target,
            "target_on": figure.target_on,
        }
        if figure.target is not None:  # a figure without one is reported, not judged
            figures[figure.name]["meets"] = judged is not None and judged <= figure.target
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (about 2 minutes)")
    parser.add_argument("--only", nargs="+", choices=sorted(FIGURES), metavar="NAME")
    parser.add_argument("--output", type=Path, help="also write the JSON to this file")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    report: dict = {
        "quick": args.quick,
        "machine": {
            "python": platform.python_version(),
            "system": f"{platform.system()} {platform.machine()}",
            "cpus": os.cpu_count(),
        },
        "figures": {},
        "raw": {},
    }
    for name in args.only or list(FIGURES):
        print(f"running {name}…", file=sys.stderr, flush=True)
        result = run_benchmark(name, args.quick)
        report["raw"][name] = result
        if "error" in result:
            report["figures"][name] = {"error": result["error"]}
        else:
            report["figures"].update(figures_of(name, result))
    judged = [f for f in report["figures"].values() if "meets" in f]
    report["all_met"] = (
        bool(judged)
        and all(f["meets"] for f in judged)
        and all("error" not in f for f in report["figures"].values())
    )
    text = json.dumps(report, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
