"""One article with five tagged sayings, A to E, for the operations to work on."""

from __future__ import annotations

import pytest

from claimdesk.db import Store

TEXT = "Alpha said one. Bravo said two. Charlie said three. Delta said four. Echo said five."


@pytest.fixture
def article(store: Store):
    return store.add_article(TEXT, title="Five sayings")


@pytest.fixture
def spans(store: Store, ana, article) -> dict[str, str]:
    """Annotation ids by letter: A (Alpha) … E (Echo)."""
    tag = store.tag_by_name("Checkable claim")
    found = {}
    for word in ("Alpha", "Bravo", "Charlie", "Delta", "Echo"):
        start = TEXT.index(word)
        found[word[0]] = store.add_annotation(
            article.id, start, start + len(word), tag.id, ana.id
        ).id
    return found


@pytest.fixture
def bea(store: Store):
    """A second fact-checker, who reviews Ana's work."""
    return store.ensure_annotator("Bea")
