"""The benchmark runner prints one JSON object of figures, each judged against its target."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).parent / "benchmarks" / "run.py"


def test_a_quick_run_of_one_benchmark_prints_figures_beside_baselines_and_targets(tmp_path):
    output = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, str(RUNNER), "--quick", "--only", "merge_agreement", "--output", output],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    report = json.loads(done.stdout)
    assert json.loads(output.read_text(encoding="utf-8")) == report
    assert set(report["figures"]) == {"merge", "noop_remerge", "agreement"}
    for figure in report["figures"].values():
        assert figure["value"] > 0 and figure["baseline"] > 0
        assert figure["ratio"] == round(figure["value"] / figure["baseline"], 2)
        assert figure["meets"] == (figure["value"] <= figure["target"])
