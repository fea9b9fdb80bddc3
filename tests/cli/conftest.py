"""A project holding the two seed reports, for the commands that read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles


@pytest.fixture
def seeded(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """The seed reports, imported and nothing else (a test module may define its own)."""
    project = tmp_path / "seeds.claimdesk"
    with Store.open(project) as store:
        import_articles(store, seed_paths)
    return project


@pytest.fixture
def annotated(seeded: Path) -> Path:
    """The seed reports with the claim about freed prisoners annotated (by Ana, the first
    tag): what the fact-check commands match."""
    with Store.open(seeded) as store:
        article = next(a for a in store.articles() if a.date == "2026-01-14")
        text = store.article_text(article.id)
        start = text.index("Venezuela’s government negated")
        end = text.index(".", start) + 1
        store.add_annotation(
            article.id, start, end, store.tags()[0].id, store.ensure_annotator("Ana").id
        )
    return seeded
