"""The layering the design rests on, checked rather than hoped for."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|PRAGMA)\b")


def _python_files(folder: str) -> list[Path]:
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}/"
    return files


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_db_never_imports_qt_or_the_desktop_app():
    for path in _python_files("db"):
        for module in _imported_modules(path):
            assert not module.startswith(("PySide6", "PyQt", "shiboken")), (path, module)
            assert "desktop" not in module.split("."), (path, module)


def test_desktop_never_runs_sql():
    for path in _python_files("desktop"):
        modules = _imported_modules(path)
        assert "sqlite3" not in modules and "sqlite_utils" not in modules, path
        source = path.read_text(encoding="utf-8")
        assert not SQL.search(source), f"{path} contains SQL: {SQL.search(source).group()}"
