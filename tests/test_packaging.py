"""Packaging guarantees: the broken PySide6/Python pair is excluded, resources ship in the wheel."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

VOID_CALL_LOOP = """
from PySide6.QtGui import QTextCursor, QTextDocument, QTextCharFormat, QColor
document = QTextDocument("x" * 1000)
cursor = QTextCursor(document)
char_format = QTextCharFormat()
colour = QColor("yellow")
for i in range(300_000):
    cursor.setPosition(i % 1000)
    char_format.setBackground(colour)
print("clean")
"""


def test_many_calls_to_void_qt_methods_do_not_abort_the_interpreter():
    """PySide6 6.12.0 on Python 3.11 aborts here with "none_dealloc"; ours must not."""
    result = subprocess.run(
        [sys.executable, "-c", VOID_CALL_LOOP], capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "clean"


def test_the_dependency_specification_excludes_pyside6_6_12_0_on_python_3_11():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pyside = [dep for dep in project["dependencies"] if dep.lower().startswith("pyside6")]
    assert any("!=6.12.0" in dep and "python_version < '3.12'" in dep for dep in pyside), pyside


def test_the_package_installs_under_one_namespace():
    import claimdesk.db
    import claimdesk.desktop

    assert Path(claimdesk.db.__file__).parent == ROOT / "db"
    assert Path(claimdesk.desktop.__file__).parent == ROOT / "desktop"


def test_an_installed_wheel_finds_its_resources_outside_the_checkout(tmp_path: Path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT],
        check=True,
        timeout=600,
    )
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # Dependencies come from this test environment's site-packages as a plain path entry;
    # the editable install's finder there is not loaded, so only the wheel provides claimdesk.
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next(wheels.glob("claimdesk-*.whl"))
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", wheel], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import claimdesk.db.interchange.demo as d, pathlib;"
        "p = pathlib.Path('demo.claimdesk'); d.build_demo_project(p);"
        "from claimdesk.db import Store; s = Store.open(p);"
        "print(len(s.articles()), len(s.tags()), d.__file__)"
    )
    result = subprocess.run(
        [python, "-I", "-c", script], cwd=elsewhere, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    count, tags, location = result.stdout.split()
    assert int(count) == 3 and int(tags) >= 6
    assert str(ROOT) not in location
