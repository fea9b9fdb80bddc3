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
