"""A colleague's file is held to the limits every import holds: a value too long, text
that is not valid UTF-8 or holds a NUL, too many links on one annotation or too many
records is refused in one line naming the file, the table, the record and the problem,
and the project is left as it was."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.merging.merge import TABLES, merge_project
from claimdesk.db.records.articles import text_sha256
from claimdesk.db.rules.limits import LINKS_PER_ANNOTATION, RECORDS_PER_FILE

TEXT = "The minister said unemployment fell by 12% last year."
NOW = "2026-01-01T00:00:00.000000Z"
FIRST_TAG = "(SELECT id FROM tags ORDER BY position LIMIT 1)"
ANA = "(SELECT id FROM annotators LIMIT 1)"


@pytest.fixture
def colleague_file(store: Store, ana, tmp_path: Path) -> Path:
    """A copy of the project holding one article and its annotation "first"."""
    article = store.add_article(TEXT, title="Minister")
    store.add_annotation(article.id, 4, 12, store.tags()[0].id, ana.id, annotation_id="first")
    store.add_annotation(article.id, 13, 17, store.tags()[0].id, ana.id, annotation_id="second")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "colleague.claimdesk"
    shutil.copyfile(store.path, path)
    return path


def _tamper(path: Path, statement: str, parameters: tuple = ()) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement, parameters)
    conn.commit()
    conn.close()


def _everything(store: Store) -> dict[str, list[tuple]]:
    return {
        table: store.conn.execute(f"SELECT * FROM [{table}] ORDER BY id").fetchall()
        for table in TABLES
    }


def _refused(store: Store, path: Path) -> str:
    before = _everything(store)
    with pytest.raises(ValidationError) as raised:
        merge_project(store, path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert len(message) < 400
    assert _everything(store) == before
    return message


def _new_article(path: Path, text: str) -> None:
    _tamper(
        path,
        "INSERT INTO articles (id, title, text, sha256, length, created, modified, deleted)"
        f" VALUES ('huge', 'Huge', ?, ?, ?, '{NOW}', '{NOW}', 0)",
        parameters=(text, text_sha256(text), len(text)),
    )


def test_an_article_text_over_10_mb_is_refused(store, colleague_file):
    _new_article(colleague_file, "word " * (11 * 1024 * 1024 // 5))
    message = _refused(store, colleague_file)
    assert "articles huge: the article text is over the 10 MB limit" in message


BAD_VALUES = {
    "a tag name of 200 kB": (
        f"UPDATE tags SET name = ? WHERE id = {FIRST_TAG}",
        ("x" * 200_000,),
        '"name" is 200,000 characters, over the limit of 200',
    ),
    "a note of a megabyte": (
        "UPDATE annotations SET note = ? WHERE id = 'first'",
        ("n" * 1_000_000,),
        'annotations first: "note" is 1,000,000 characters, over the limit of 100,000',
    ),
    "101 pieces of evidence": (
        "UPDATE annotations SET evidence = ? WHERE id = 'first'",
        (json.dumps(["http://x"] * 101),),
        'annotations first: "evidence" has 101 items, over the limit of 100',
    ),
    "an id of 5,000 characters": (
        "INSERT INTO tags (id, name, color, position, created, modified, deleted)"
        f" VALUES (?, 'Long id', '#123456', 99, '{NOW}', '{NOW}', 0)",
        ("i" * 5000,),
        '"id" is 5,000 characters, over the limit of 200',
    ),
    "text that is not valid UTF-8": (
        "UPDATE annotations SET note = CAST(x'41c328' AS TEXT) WHERE id = 'first'",
        (),
        "annotations first: note is not valid UTF-8 (byte 1)",
    ),
    "text holding a NUL": (
        "UPDATE annotations SET note = 'a' || char(0) || 'b' WHERE id = 'first'",
        (),
        'annotations first: "note" contains a NUL character',
    ),
}


@pytest.mark.parametrize("case", BAD_VALUES, ids=list(BAD_VALUES))
def test_a_value_past_the_limits_is_refused(store, colleague_file, case):
    statement, parameters, words = BAD_VALUES[case]
    _tamper(colleague_file, statement, parameters=parameters)
    assert words in _refused(store, colleague_file)


def test_more_live_links_on_one_annotation_than_the_limit_are_refused(store, colleague_file):
    _tamper(
        colleague_file,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
        f" WHERE i < {LINKS_PER_ANNOTATION + 1})"
        " INSERT INTO links (id, source_id, target_id, relation, annotator_id, created,"
        f" modified, deleted) SELECT 'link' || i, 'first', 'second', 'related', {ANA},"
        f" '{NOW}', '{NOW}', 0 FROM n",
    )
    message = _refused(store, colleague_file)
    assert "annotations first: would have 1,001 links, over the limit of 1,000" in message


def test_a_file_with_more_records_than_the_limit_is_refused(store, colleague_file):
    _tamper(
        colleague_file,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
        f" WHERE i < {RECORDS_PER_FILE})"
        " INSERT INTO claims (id, annotator_id, created, modified, deleted)"
        f" SELECT 'claim' || i, {ANA}, '{NOW}', '{NOW}', 0 FROM n",
    )
    message = _refused(store, colleague_file)
    assert "1,000,003 records (articles, annotations, links, claims), over the limit" in message


def test_an_article_whose_hash_does_not_match_its_text_is_refused(store, colleague_file):
    _tamper(colleague_file, "UPDATE articles SET text = 'Another text.', length = 13")
    message = _refused(store, colleague_file)
    assert "its hash or length does not match its text" in message
