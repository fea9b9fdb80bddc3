"""Running one measurement of a benchmark script in a fresh interpreter.

A measurement gets its own process so its peak memory and Qt state are its own; it
prints its figures as the last line of JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys


def measure_in_subprocess(script: str, function: str, *args: str) -> dict:
    """Run `script --measure function args…` and return the JSON it printed last."""
    result = subprocess.run(
        [sys.executable, script, "--measure", function, *args],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{function} failed: {result.stderr.strip()[-1500:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])
