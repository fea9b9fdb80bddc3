"""`check` holds a project's free text to the limits the store's setters, the importers and
merge hold it to: a file written by another program may go past them."""

from __future__ import annotations

import pytest

from claimdesk.db import Store
from claimdesk.db.rules.check import check_project

TEXT = "The minister said unemployment fell by 12% last year."


@pytest.mark.parametrize(
    ("statement", "line"),
    [
        (
            "UPDATE annotations SET note = ? WHERE id = 'first'",
            "annotations first: note is over the limit of 100,000 characters",
        ),
        (
            "UPDATE articles SET title = ?",
            "title is over the limit of 2,000 characters",
        ),
    ],
)
def test_check_names_text_past_its_limit(store: Store, ana, statement, line):
    article = store.add_article(TEXT, title="Minister")
    store.add_annotation(article.id, 4, 12, store.tags()[0].id, ana.id, annotation_id="first")
    with store.transaction():
        store.conn.execute(statement, ("x" * 100_001,))
    problems = check_project(store)
    assert len(problems) == 1
    assert line in problems[0]
