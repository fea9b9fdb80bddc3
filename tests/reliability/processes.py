"""Helpers for tests that need a second program on the same file, or a user without root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_NO_ROOT_POWERS = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def python(code: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, **kwargs
    )


def claimdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def as_ordinary_user(code: str, *args: str) -> subprocess.CompletedProcess:
    """Run Python `code` where file permissions bind (root, here, drops the powers that
    override them; an ordinary user is bound already)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        prefix = _NO_ROOT_POWERS
    return subprocess.run(
        [*prefix, sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT
    )


class LockHolder:
    """Another program holding the project's lock until `release()`."""

    SCRIPT = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive-mode":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE project SET value = value WHERE key = 'name'")
    conn.execute("COMMIT")  # the lock stays: exclusive locking mode keeps it until close
else:
    conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.close()
"""

    def __init__(self, path: Path, mode: str = "transaction"):
        self.process = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT, str(path), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        self.process.communicate("\n", timeout=30)
