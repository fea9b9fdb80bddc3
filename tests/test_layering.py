"""The layering the design rests on, checked rather than hoped for.

Which package may import what is the import-linter contracts' job (`[tool.importlinter]` in
pyproject.toml, run by .ci/gates); what an import graph cannot see is checked here."""

import ast
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


# What runs SQL, seen in the syntax tree rather than by grep, so that prose saying "select"
# or "delete from the list" passes: the connection named as an attribute, a cursor method
# called, or a string holding a statement (keywords upper case, as every query here is).
_CONNECTION_ATTRIBUTES = {"conn"}
_CURSOR_METHODS = {"execute", "executemany", "executescript"}
_STATEMENT = re.compile(
    r"\bSELECT\b.+\bFROM\b|\bINSERT\s+(OR\s+[A-Z]+\s+)?INTO\b|\bUPDATE\s+\S+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bPRAGMA\s+\w",
    re.DOTALL,
)
_STORE_PARTS = {
    "db/claims/claimants.py",
    "db/claims/claims.py",
    "db/records/annotations.py",
    "db/records/article_deletion.py",
    "db/records/articles.py",
    "db/records/links.py",
    "db/records/reviews.py",
    "db/records/scheme.py",
}
"""The classes `Store` is built from (`ArticleStore`, `ClaimStore`…) may still hold query
strings, run through `StoreBase`'s helpers (never a connection): they are the next to
move into db/storage. Listed so that the list can only shrink: a part without SQL fails
below."""


def _sql_uses(path: Path) -> list[str]:
    """Each way `path` runs SQL, as "line: what"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    docstrings |= {  # an f-string's literal parts are read with it, as one string
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in _CONNECTION_ATTRIBUTES:
            found.append(f"{node.lineno}: names .{node.attr}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _CURSOR_METHODS
        ):
            found.append(f"{node.lineno}: calls .{node.func.attr}()")
        elif isinstance(node, ast.Constant | ast.JoinedStr) and id(node) not in docstrings:
            text = _string_text(node)
            if text is not None and (statement := _STATEMENT.search(text)):
                found.append(f"{node.lineno}: holds SQL {statement.group()[:40]!r}")
    return sorted(found, key=lambda use: int(use.split(":")[0]))


def _string_text(node: ast.Constant | ast.JoinedStr) -> str | None:
    """A string's text, an f-string's placeholders as `x` (adjacent literals are one node)."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    return "".join(part.value if isinstance(part, ast.Constant) else "x" for part in node.values)


def test_only_the_storage_package_runs_sql():
    """db/storage is the one package that touches the connection (issue 18): elsewhere a
    query is a named function of db/storage (`check_rows`, `annotation_rows`…), so the
    import contract on sqlite3 is not bypassed through `store.conn`."""
    uses = {}
    for folder in ("db", "desktop"):
        for path in _python_files(folder):
            name = path.relative_to(ROOT).as_posix()
            if name.startswith("db/storage/"):
                continue
            found = _sql_uses(path)
            if name in _STORE_PARTS:  # their queries, not a connection
                found = [use for use in found if "holds SQL" not in use]
            if found:
                uses[name] = found
    assert uses == {}


def test_the_store_parts_still_listed_hold_sql():
    """A part moved into db/storage is taken off `_STORE_PARTS`, so the exception stays exact."""
    for name in sorted(_STORE_PARTS):
        assert _sql_uses(ROOT / name), f"{name} runs no SQL now: take it off _STORE_PARTS"


def test_the_sql_finder_tells_queries_from_prose(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        '"""Select the rows, then delete from the list; update the set of tags."""\n'
        'HELP = "Select an article from the list, or Delete from the menu"\n'
        "def f(store, table):\n"
        '    store.conn.execute(f"SELECT id FROM {table}")\n'
        '    rows = store._rows("SELECT key" " FROM dismissed_suggestions")\n'
        '    sql = f"UPDATE [{table}] SET deleted = 1"\n'
        "    db.executemany(sql, rows)\n",
        encoding="utf-8",
    )
    assert sorted(_sql_uses(module)) == [
        "4: calls .execute()",
        "4: holds SQL 'SELECT id FROM'",
        "4: names .conn",
        "5: holds SQL 'SELECT key FROM'",
        "6: holds SQL 'UPDATE [x] SET'",
        "7: calls .executemany()",
    ]
