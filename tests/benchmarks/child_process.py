"""Running one measurement of a benchmark script in a fresh interpreter.

A measurement gets its own process so its peak memory and Qt state are its own; it
prints its figures as the last line of JSON. Children find Claimdesk's modules already
compiled, as an installed app does from its second start on, even when the calling
shell sets PYTHONDONTWRITEBYTECODE: otherwise a module first imported while a figure is
being timed (a panel built on first show) would be timed compiling itself.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

SOURCE_DIRS = ("db", "desktop", "resources")


@cache
def bytecode_cache() -> str:
    """A folder of compiled Claimdesk modules, made once per benchmark run."""
    folder = tempfile.mkdtemp(prefix="claimdesk-bytecode-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPYCACHEPREFIX": folder}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    script = "import compileall, sys; [compileall.compile_dir(d, quiet=1) for d in sys.argv[1:]]"
    subprocess.run(
        [sys.executable, "-c", script, *(str(root / d) for d in SOURCE_DIRS)],
        check=True,
        env=env,
    )
    return folder


def child_environment() -> dict[str, str]:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": bytecode_cache()}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure_in_subprocess(script: str, function: str, *args: str) -> dict:
    """Run `script --measure function args…` and return the JSON it printed last."""
    result = subprocess.run(
        [sys.executable, script, "--measure", function, *args],
        capture_output=True,
        text=True,
        env=child_environment(),
    )
    if result.returncode != 0:
        raise RuntimeError(f"{function} failed: {result.stderr.strip()[-1500:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])
