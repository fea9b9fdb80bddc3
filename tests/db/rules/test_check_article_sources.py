"""`check` reports page and cue starts that do not rise inside their article's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.rules.check import check_project

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"


def test_an_imported_pdf_passes_check(store: Store):
    import_articles(store, [FIXTURES / "budget.pdf"])
    assert check_project(store) == []


@pytest.mark.parametrize(
    ("segments", "problem"),
    [
        ("not json", "segments are not JSON"),
        ('[{"page": 1}]', "segments must be a list of objects with a start"),
        ('[{"start": 0}, {"start": 99999}]', "segment starts must rise inside the article's text"),
        ('[{"start": 5}, {"start": 0}]', "segment starts must rise inside the article's text"),
    ],
)
def test_segments_a_file_was_given_by_hand_are_reported(store: Store, segments, problem):
    (article,) = import_articles(store, [FIXTURES / "budget.pdf"]).added
    store.conn.execute("UPDATE article_sources SET segments = ?", (segments,))
    assert check_project(store) == [f"article_sources {article.id}: {problem}"]
