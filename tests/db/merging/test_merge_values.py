"""A colleague's file whose values break the project's rules is refused with one line naming
the file, the table, the record and the problem; `check` and the store's setters hold the
same rules."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.rules.check import check_project

TEXT = "The minister said unemployment fell by 12% last year."


@pytest.fixture
def colleague_file(store: Store, ana, tmp_path: Path) -> Path:
    """A copy of the project with one annotation, "first", and something new to merge."""
    article = store.add_article(TEXT, title="Minister")
    store.add_annotation(article.id, 4, 12, store.tags()[0].id, ana.id, annotation_id="first")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "colleague.claimdesk"
    shutil.copyfile(store.path, path)
    with Store.open(path) as other:
        other.add_tag("Something new", "#123456")
    return path


def _tamper(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


FIRST_TAG = "(SELECT id FROM tags ORDER BY position LIMIT 1)"


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("UPDATE annotations SET confidence = 1e308", "annotations first: confidence 1e+308"),
        (f"UPDATE tags SET name = '' WHERE id = {FIRST_TAG}", "name '' is empty"),
        (
            f"UPDATE tags SET name = 'Statistic' WHERE id = {FIRST_TAG}",
            "has the same name as",
        ),
        (
            f"UPDATE tags SET color = 'javascript:alert(1)' WHERE id = {FIRST_TAG}",
            "colour 'javascript:alert(1)' is not of the form #rrggbb",
        ),
        (
            f"UPDATE tags SET shortcut = 'Ctrl+Q' WHERE id = {FIRST_TAG}",
            "key 'Ctrl+Q' is not one digit",
        ),
        ("UPDATE annotations SET modified = 'zzzz'", "annotations first: modified 'zzzz' is not"),
        ("UPDATE annotations SET created = 'not a date'", "created 'not a date' is not a time"),
        (
            "UPDATE annotations SET modified = '2026-13-45T99:00:00.000000Z'",
            "modified '2026-13-45T99:00:00.000000Z'",
        ),
    ],
)
def test_merging_a_file_with_a_value_that_breaks_a_rule_is_refused_in_one_line(
    store, colleague_file, statement, words
):
    _tamper(colleague_file, statement)
    before = store.conn.execute("SELECT * FROM tags ORDER BY id").fetchall()
    with pytest.raises(ValidationError) as raised:
        merge_project(store, colleague_file)
    message = str(raised.value)
    assert words in message
    assert message.startswith(f"{colleague_file}: ")
    assert "\n" not in message
    assert store.conn.execute("SELECT * FROM tags ORDER BY id").fetchall() == before


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("UPDATE annotations SET confidence = 1e308", "annotations first: confidence 1e+308"),
        (f"UPDATE tags SET color = 'javascript:x' WHERE id = {FIRST_TAG}", "is not of the form"),
        (f"UPDATE tags SET shortcut = 'Ctrl+Q' WHERE id = {FIRST_TAG}", "key 'Ctrl+Q'"),
        ("UPDATE annotations SET modified = 'zzzz'", "annotations first: modified 'zzzz'"),
        (f"UPDATE tags SET name = 'statistic' WHERE id = {FIRST_TAG}", "has the same name as"),
    ],
)
def test_check_reports_a_value_that_breaks_a_rule(store, colleague_file, statement, words):
    _tamper(colleague_file, statement)
    with Store.open(colleague_file) as broken:
        problems = check_project(broken)
    assert any(words in problem for problem in problems), problems


def test_the_scheme_editor_refuses_a_key_that_is_not_a_digit(store):
    tag = store.tags()[0]
    with pytest.raises(ValidationError, match="not one digit"):
        store.update_tag(tag.id, shortcut="Ctrl+Q")
    with pytest.raises(ValidationError, match="not one digit"):
        store.add_tag("Another", "#123456", shortcut="F1")
    assert store.update_tag(tag.id, shortcut="9").shortcut == "9"


def test_renaming_a_verdict_to_another_verdicts_name_is_refused(store):
    true = store.verdict_by_name("True")
    with pytest.raises(ValidationError, match="already exists"):
        store.update_verdict(true.id, name="false")
    assert store.update_verdict(true.id, name="Correct").name == "Correct"
