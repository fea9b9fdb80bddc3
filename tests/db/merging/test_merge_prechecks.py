"""Merge finds in SQL which incoming rows could break a rule and judges only those in
Python: a row that breaks a rule in a way a quick look could miss (a day that is not in
the calendar, a NUL, a span beside its quote) is still refused with the rule's own line,
and a row with unusual values that keep the rules (a leap day, evidence) still merges."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.merging.merge import merge_project

TEXT = "The minister said unemployment fell by 12% last year; critics doubted it."


@pytest.fixture
def colleague_file(store: Store, ana, tmp_path: Path) -> Path:
    """The colleague's copy of the project, where they added an annotation "theirs" (with
    a claim and a link to "first") that the tests then tamper with."""
    article = store.add_article(TEXT, title="Minister")
    tag = store.tags()[0].id
    store.add_annotation(article.id, 4, 12, tag, ana.id, annotation_id="first")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "colleague.claimdesk"
    shutil.copyfile(store.path, path)
    with Store.open(path) as other:
        bo = other.ensure_annotator("Bo")
        other.add_annotation(article.id, 18, 30, tag, bo.id, annotation_id="theirs")
        other.add_link("theirs", "first", "supports", bo.id, link_id="link")
        other.add_claim(bo.id, ["theirs"], wording="Unemployment fell", claim_id="claim")
    return path


def _tamper(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)  # foreign keys off: a file may say anything
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(statement)
    conn.commit()
    conn.close()


def _stamp(value: str) -> str:
    return f"UPDATE annotations SET created = '{value}' WHERE id = 'theirs'"


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        (_stamp("2026-02-29T10:00:00.000000Z"), "created '2026-02-29T10:00:00.000000Z' is not"),
        (_stamp("2026-04-31T10:00:00.000000Z"), "created '2026-04-31T10:00:00.000000Z' is not"),
        (_stamp("0000-01-01T10:00:00.000000Z"), "created '0000-01-01T10:00:00.000000Z' is not"),
        (_stamp("2026-01-01T24:00:00.000000Z"), "created '2026-01-01T24:00:00.000000Z' is not"),
        (_stamp("2026-01-01T23:59:60.000000Z"), "created '2026-01-01T23:59:60.000000Z' is not"),
        (_stamp("2026-01-00T10:00:00.000000Z"), "created '2026-01-00T10:00:00.000000Z' is not"),
        (_stamp("2026-01-01 10:00:00.000000Z"), "created '2026-01-01 10:00:00.000000Z' is not"),
        (
            "UPDATE annotations SET confidence = 9e999 WHERE id = 'theirs'",
            "annotations theirs: confidence inf is not between 0 and 1",
        ),
        (
            "UPDATE annotations SET confidence = -0.5 WHERE id = 'theirs'",
            "annotations theirs: confidence -0.5 is not between 0 and 1",
        ),
        (
            "UPDATE annotations SET note = 'a' || char(0) || 'b' WHERE id = 'theirs'",
            'annotations theirs: "note" contains a NUL character',
        ),
        (
            "UPDATE annotations SET note = printf('%.100001c', 'x') WHERE id = 'theirs'",
            '"note" is 100,001 characters, over the limit of 100,000',
        ),
        (
            "UPDATE annotations SET quote = 'unemploymenT' WHERE id = 'theirs'",
            "annotations theirs: its quote differs from the article text",
        ),
        (
            "UPDATE annotations SET start = 60, end = 90 WHERE id = 'theirs'",
            "annotations theirs: span 60–90 is outside the article (0–",
        ),
        (
            """UPDATE annotations SET evidence = '["a", 1]' WHERE id = 'theirs'""",
            "annotations theirs: evidence is not a JSON list of strings",
        ),
        (
            "UPDATE annotations SET tag_id = 'no-such-tag' WHERE id = 'theirs'",
            "annotations theirs: tag_id no-such-tag refers to no tag",
        ),
        ("UPDATE annotations SET deleted = 2 WHERE id = 'theirs'", "deleted is neither 0 nor 1"),
        (
            "UPDATE links SET target_id = 'theirs' WHERE id = 'link'",
            "links link: an annotation cannot be linked to itself",
        ),
        (
            "UPDATE links SET source_id = 'gone' WHERE id = 'link'",
            "links link: source_id gone refers to no annotation",
        ),
        (
            "UPDATE claims SET modified = '2026-06-31T10:00:00.000000Z' WHERE id = 'claim'",
            "claims claim: modified '2026-06-31T10:00:00.000000Z' is not",
        ),
        (
            """UPDATE claims SET evidence = '"http://x"' WHERE id = 'claim'""",
            "claims claim: evidence is not a JSON list of strings",
        ),
    ],
)
def test_a_row_breaking_a_rule_a_quick_look_could_miss_is_refused_with_the_rules_line(
    store, colleague_file, statement, words
):
    _tamper(colleague_file, statement)
    with pytest.raises(ValidationError) as raised:
        merge_project(store, colleague_file)
    assert str(raised.value).startswith(f"{colleague_file}: ")
    assert words in str(raised.value)
    assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1


@pytest.mark.parametrize(
    "statement",
    [
        _stamp("2024-02-29T10:00:00.000000Z"),
        _stamp("2000-02-29T23:59:59.999999Z"),
        "UPDATE annotations SET confidence = 1 WHERE id = 'theirs'",
        """UPDATE annotations SET evidence = '["https://example.org/report"]'""",
        """UPDATE claims SET evidence = '["https://example.org/report"]'""",
    ],
)
def test_a_row_with_unusual_values_that_keep_the_rules_is_merged(store, colleague_file, statement):
    _tamper(colleague_file, statement)
    report = merge_project(store, colleague_file)
    assert report.added["annotations"] == 1
    assert store.annotation("theirs").quote == TEXT[18:30]


def test_a_value_rule_the_sql_pre_check_does_not_mirror_yet_still_holds(
    store, colleague_file, monkeypatch
):
    """A rule added to the rulebook reaches merged rows at once: rows of its table all go
    to the Python checks until the SQL pre-check says it too."""
    from claimdesk.db.rules import values

    def no_greetings(note: object) -> str | None:
        return "note greets" if note == "hello" else None

    monkeypatch.setitem(values._FIELD_RULES, "links", (("note", no_greetings),))
    _tamper(colleague_file, "UPDATE links SET note = 'hello' WHERE id = 'link'")
    with pytest.raises(ValidationError, match="links link: note greets"):
        merge_project(store, colleague_file)
