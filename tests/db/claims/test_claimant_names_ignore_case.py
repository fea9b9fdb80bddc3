"""A claimant is one whatever the case its name is typed in: "government" and "Government"
are the same claimant when naming one, renaming one and merging a colleague's list
(`values.name_key`, the rule tags and verdicts are told apart by)."""

from __future__ import annotations

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.operations.claims import rename_claimant
from claimdesk.db.storage.project_copy import copy_project

TEXT = "The government said 400 prisoners were released."


@pytest.fixture
def appearance(store: Store) -> tuple[str, str]:
    """(claim id, annotation id) of one appearance of a claim."""
    article = store.add_article(TEXT, title="Releases", outlet="AP", date="2026-01-14")
    start = TEXT.index("400")
    ana = store.ensure_annotator("Ana")
    span = store.add_annotation(article.id, start, start + 3, store.tag_by_name("Statistic").id,
                                ana.id).id  # fmt: skip
    return store.add_claim(ana.id, [span]).id, span


def test_naming_a_claimant_in_other_capitals_reuses_the_listed_one_accents_too(store):
    listed = store.ensure_claimant("Ministério da Saúde")
    assert store.ensure_claimant("MINISTÉRIO DA SAÚDE") == listed
    assert store.ensure_claimant("ministério  da saúde") == listed
    assert [c.name for c in store.claimants()] == ["Ministério da Saúde"]


def test_renaming_to_another_claimants_name_in_other_capitals_is_refused(store):
    store.ensure_claimant("Ministério da Saúde")
    other = store.ensure_claimant("UN")
    with pytest.raises(ValidationError, match="already in the list"):
        rename_claimant(store, other.id, "MINISTÉRIO DA SAÚDE")


def test_merging_a_colleagues_claimant_named_in_other_capitals_keeps_one_claimant(
    project_path, appearance, tmp_path
):
    claim, span = appearance
    colleague_path = tmp_path / "colleague.claimdesk"
    with Store.open(project_path, create=False) as mine:
        copy_project(mine.conn, colleague_path)
        mine.ensure_claimant("Government")
    with Store.open(colleague_path, create=False) as colleague:
        colleague.name_claimant(claim, span, "government")
    with Store.open(project_path, create=False) as mine:
        listed = mine.claimants()
        merge_project(mine, colleague_path)
        # One claimant, spelt as last written (the colleague's, as for any record).
        assert [c.name for c in mine.claimants()] == ["government"]
        assert mine.appearance_claimant(claim, span).id == listed[0].id
