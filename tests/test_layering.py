"""The layering the design rests on, checked rather than hoped for.

Which package may import what is the import-linter contracts' job (`[tool.importlinter]` in
pyproject.toml, run by .ci/gates); what an import graph cannot see is checked here."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|PRAGMA)\b")


def _python_files(folder: str) -> list[Path]:
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}/"
    return files


def test_desktop_writes_no_sql():
    for path in _python_files("desktop"):
        found = SQL.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path} contains SQL: {found.group() if found else ''}"


def test_dataset_import_and_export_write_no_sql():
    """Files in and out go through the storage package's queries (`export_rows`,
    `import_rows`), so a schema change is made in one place."""
    for path in _python_files("db/interchange"):
        found = SQL.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path} contains SQL: {found.group() if found else ''}"
