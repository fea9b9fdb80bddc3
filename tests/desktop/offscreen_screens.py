"""Runs a script in a subprocess on Qt's offscreen platform given a set of screens, for
tests of what the window does on screens of different sizes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_on_screens(script: str, folder: Path, screens: list[dict[str, Any]]) -> Any:
    """Runs `script` with `folder` as its argument on the given screens; returns the JSON
    of the last line it printed."""
    config = folder / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])
