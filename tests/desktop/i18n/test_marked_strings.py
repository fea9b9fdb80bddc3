"""No string the window shows skips translation: every text handed to a widget, a dialog,
an action or the status bar is marked (`translate`, `translate_n`, `mark`/`translated`).

Read from the source: a call that shows text (`setText`, `QLabel(...)`, `addRow`, a message
box...) must not be given a literal with letters or an f-string. Names of things from the
project, file formats and keys are values, not literals, and pass.
"""

from __future__ import annotations

import ast
from pathlib import Path

import claimdesk.desktop

DESKTOP = Path(claimdesk.desktop.__file__).parent
_SHOWING_CALLS = """setText setWindowTitle setToolTip setPlaceholderText setStatusTip setWhatsThis
    showMessage setTitle setHeaderLabels setHorizontalHeaderLabels setVerticalHeaderLabels
    addAction addMenu setLabelText addTab setTabText setTabToolTip setAccessibleName
    setAccessibleDescription addItem addItems insertItem setSpecialValueText setSuffix
    setPrefix setInformativeText setDetailedText addRow addButton setItemText setHeaderData
    QLabel QPushButton QAction QCheckBox QRadioButton QGroupBox QToolButton QMenu
    QCommandLinkButton information warning critical question about getText getItem
    getOpenFileName getOpenFileNames getSaveFileName getExistingDirectory show_message
    message_box ask report_failure announce_status status_message"""
SHOWS_TEXT = frozenset(_SHOWING_CALLS.split())
NOT_TEXT = frozenset({"icon", "name"})
"""Keywords that name a thing rather than show text (a message box's icon, a dock's name)."""
NOT_WORDS = frozenset({"Claimdesk", "OK"})
"""The app's name is its name in every language."""


def _shows_letters(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value) and node.value not in NOT_WORDS
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and any(c.isalpha() for c in str(part.value))
            for part in node.values
        )
    return False


def unmarked(path: Path) -> list[str]:
    """`file:line: call(text)` for each literal shown without translation in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in SHOWS_TEXT:
            continue
        shown = [keyword.value for keyword in node.keywords if keyword.arg not in NOT_TEXT]
        for argument in [*node.args, *shown]:
            if _shows_letters(argument):
                where = path.relative_to(DESKTOP.parent)
                found.append(f"{where}:{node.lineno}: {name}({ast.unparse(argument)[:60]})")
    return found


def test_every_text_the_window_shows_is_marked_for_translation():
    found = [line for path in sorted(DESKTOP.rglob("*.py")) for line in unmarked(path)]
    assert found == []


DB = DESKTOP.parent / "db"
BUILT_IN = frozenset(
    {"ValueError", "TypeError", "RuntimeError", "KeyError", "OSError", "AttributeError"}
)
"""Programming errors, never shown to a user as a sentence of the project's."""


def _name(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")


def _refusal(node: ast.Call) -> bool:
    """A call that makes an error of the project's (`ValidationError(...)`, `merger.fail`)."""
    name = _name(node)
    return name not in BUILT_IN and name.endswith(("Error", "Failure", "Cancelled", "fail"))


REPORTS = frozenset({"remarks", "left_out", "warnings", "notes", "reasons", "orphans"})
"""Lists of what an import, export or search tells the user, one sentence each."""


def _said(node: ast.Call) -> ast.AST | None:
    """The text an error (`fail(table, id, why)`: its last) or a report line is made of."""
    if _refusal(node) and node.args:
        return node.args[-1] if _name(node) == "fail" else node.args[0]
    collected = node.func.value if isinstance(node.func, ast.Attribute) else None
    collection = getattr(collected, "attr", getattr(collected, "id", ""))
    if _name(node) in ("append", "extend") and collection in REPORTS and node.args:
        argument = node.args[0]
        return argument.elt if isinstance(argument, ast.GeneratorExp) else argument
    return None


def unmessaged(path: Path) -> list[str]:
    """`file:line: text` for each error or report line `db` makes of a bare literal or an
    f-string instead of a `message`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        said = _said(node) if isinstance(node, ast.Call) else None
        if said is not None and _shows_letters(said):
            where = path.relative_to(DB.parent) if path.is_relative_to(DB.parent) else path.name
            found.append(f"{where}:{node.lineno}: {ast.unparse(said)[:60]}")
    return found


def test_every_error_and_report_line_db_makes_is_a_message_the_window_can_translate():
    found = [line for path in sorted(DB.rglob("*.py")) for line in unmessaged(path)]
    assert found == []


def test_an_error_or_report_line_made_without_message_is_caught(tmp_path):
    rule = tmp_path / "rule.py"
    rule.write_text(
        'raise ValidationError(f"{where}: the span is empty")\n'
        'bundle.remarks.append("comments left out")\n'
        'raise merger.fail(table, record_id, "deleted is neither 0 nor 1")\n'
        'raise ValidationError(message("{where}: the span is empty", where=where))\n'
        'data.left_out.append(message_n("%n link left out", "%n links left out", count))\n'
    )

    assert [line.split(": ", 1)[0] for line in unmessaged(rule)] == [
        "rule.py:1",
        "rule.py:2",
        "rule.py:3",
    ]
