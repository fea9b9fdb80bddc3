"""The demo project tells the same flood story in each language of the default scheme,
with the same annotations, links and claims, and the same contradictions to find."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.claims.claim_overview import claim_overviews
from claimdesk.db.interchange.demo import build_demo_project
from claimdesk.db.records.default_scheme import SCHEME_LANGUAGES


def demo_contents(path: Path) -> dict[str, object]:
    with Store.open(path, create=False) as store:
        articles = store.articles()
        annotations = [a for article in articles for a in store.annotations(article.id)]
        overviews = claim_overviews(store)
        return {
            "articles": len(articles),
            "annotations": len(annotations),
            "tags": sorted(a.tag_id for a in annotations),
            "verdicts": sorted(a.verdict_id or "" for a in annotations),
            "links": len(store.links()),
            "claims": len(overviews),
            "contradicted": [o.has_contradiction for o in overviews],
            "figures": [[a.figures for a in o.appearances] for o in overviews],
        }


@pytest.mark.parametrize("language", SCHEME_LANGUAGES[1:])
def test_the_demo_in_each_language_matches_the_english_one(tmp_path: Path, language):
    build_demo_project(tmp_path / "en.claimdesk")
    build_demo_project(tmp_path / f"{language}.claimdesk", language)
    english = demo_contents(tmp_path / "en.claimdesk")
    translated = demo_contents(tmp_path / f"{language}.claimdesk")
    if language == "ar":  # Arabic figures are read as digits only (no words, no hedges)
        english.pop("figures"), translated.pop("figures")
    assert translated == english
    with Store.open(tmp_path / f"{language}.claimdesk", create=False) as store:
        assert store.setting("language") == language
        assert store.setting("name") != "Demo: the Vellmar Bay flood"
