"""The search indexes' own tables and triggers are expected; any other, or a doctored one, is not.

A project's schema must be exactly what the migrations write (see
test_hostile_project_files.py); the full-text index adds a virtual table, its shadow
tables, a queue and three triggers, and a file that alters any of them, or adds a look-alike,
is refused before anything in it runs. A doctored index's contents fail a search with one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import ClaimdeskError, NotAProjectError, Store
from claimdesk.db.rules.check import check_project
from claimdesk.db.search.search import search_articles
from tests.reliability.test_hostile_project_files import (
    FIRED,
    colleague_project,
    fingerprint,
    tamper,
)

TAMPERING = {
    "another full-text table": (
        ["CREATE VIRTUAL TABLE spy USING fts5(x)"],
        "unexpected table 'spy'",
    ),
    "the index with another tokenizer": (
        [
            "DROP TABLE article_search",
            "CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, text)",
        ],
        "table 'article_search' has a different definition",
    ),
    "a queue trigger that does more": (
        [
            FIRED,
            "DROP TRIGGER article_search_added",
            "CREATE TRIGGER article_search_added AFTER INSERT ON articles BEGIN"
            " INSERT OR IGNORE INTO article_search_queue VALUES (new.rowid);"
            " INSERT INTO fired VALUES ('insert'); END",
        ],
        "trigger 'article_search_added' has a different definition",
    ),
    "a trigger on the queue": (
        [
            "CREATE TRIGGER article_search_wipe AFTER INSERT ON article_search_queue BEGIN"
            " DELETE FROM annotations; END"
        ],
        "unexpected trigger 'article_search_wipe'",
    ),
    "a trigger on the fact-check archive": (
        [
            "CREATE TRIGGER fact_checks_spy AFTER INSERT ON fact_checks BEGIN"
            " DELETE FROM annotations; END"
        ],
        "unexpected trigger 'fact_checks_spy'",
    ),
    "the fact-check index with another tokenizer": (
        [
            "DROP TABLE fact_check_search",
            "CREATE VIRTUAL TABLE fact_check_search USING fts5(fact_check_id UNINDEXED, claim,"
            " claimant)",
        ],
        "table 'fact_check_search' has a different definition",
    ),
    "a missing trigger": (
        ["DROP TRIGGER article_search_removed"],
        "missing trigger 'article_search_removed'",
    ),
}


def test_a_project_with_its_index_passes_the_schema_check_and_check(tmp_path: Path):
    path = colleague_project(tmp_path / "colleague.claimdesk")
    with Store.open(path) as store:
        assert search_articles(store, "freed").total == 1
        assert check_project(store) == []


@pytest.mark.parametrize("kind", TAMPERING, ids=TAMPERING.keys())
def test_a_tampered_index_schema_is_refused_and_nothing_in_it_runs(tmp_path: Path, kind: str):
    path = colleague_project(tmp_path / "colleague.claimdesk")
    statements, problem = TAMPERING[kind]
    tamper(path, statements)
    before = fingerprint(path)
    with pytest.raises(NotAProjectError, match=f"schema has been altered.*{problem}"):
        Store.open(path)
    assert fingerprint(path) == before


def test_a_doctored_index_fails_a_search_in_one_line_and_nothing_else(tmp_path: Path):
    path = colleague_project(tmp_path / "colleague.claimdesk")
    with Store.open(path) as store:
        search_articles(store, "freed")  # the index now holds the article
    tamper(path, ["UPDATE article_search_data SET block = x'ffffffff00' WHERE id > 10"])
    with Store.open(path) as store:
        with pytest.raises(ClaimdeskError, match="search index cannot answer") as raised:
            search_articles(store, "freed")
        assert "\n" not in str(raised.value)
        assert store.article(store.articles()[0].id).title == "Release"
