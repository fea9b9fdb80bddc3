"""Who made a claim: each appearance can name its claimant from the project's reusable list,
suggested from the fact-checker's Attribution marks, carried by merge, and written as
ClaimReview's `itemReviewed.author` (the claimant, never the outlet that reported it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.db import NotFoundError, Store, ValidationError
from claimdesk.db.claims.claimant_suggestion import suggested_claimant
from claimdesk.db.interchange.export import export_project
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.operations.claims import remove_claimant, rename_claimant
from claimdesk.db.storage.project_copy import copy_project
from tests.db.operations.rows import assert_undone, project_rows, round_trip

TEXT = (
    "Venezuela's government reported a far higher figure of 400 on Tuesday. "
    "Foro Penal had confirmed 56 releases."
)


def _mark(store: Store, article_id: str, phrase: str, tag: str) -> str:
    start = store.article_text(article_id).index(phrase)
    ana = store.ensure_annotator("Ana")
    return store.add_annotation(article_id, start, start + len(phrase),
                                store.tag_by_name(tag).id, ana.id).id  # fmt: skip


@pytest.fixture
def government_figure(store: Store) -> tuple[str, str, str]:
    """(article id, the appearance "a far higher figure of 400", its rated claim id), as AP
    reported it."""
    article = store.add_article(TEXT, title="Releases", outlet="AP", date="2026-01-14")
    appearance = _mark(store, article.id, "a far higher figure of 400", "Statistic")
    mixed = next(v.id for v in store.verdicts() if v.name == "Mixed")
    claim = store.add_claim(store.ensure_annotator("Ana").id, [appearance], verdict_id=mixed)
    return article.id, appearance, claim.id


def _item(store: Store, tmp_path: Path) -> dict:
    out = tmp_path / "cr.json"
    export_project(
        store, "claimreview", out, settings={"claimreview_url_base": "https://x.example/"}
    )
    return json.loads(out.read_text(encoding="utf-8"))[0]["itemReviewed"]


def test_the_claimreview_author_is_never_the_outlet_that_reported_the_claim(
    store, government_figure, tmp_path
):
    assert "author" not in _item(store, tmp_path), "AP reported the figure; AP did not make it"


def test_the_claimreview_author_is_the_claimant_of_the_appearance(
    store, government_figure, tmp_path
):
    _article, appearance, claim = government_figure
    government = store.ensure_claimant("Venezuelan government")
    assert store.set_appearance_claimant(claim, appearance, government.id) is None
    assert _item(store, tmp_path)["author"] == {
        "@type": "Organization",
        "name": "Venezuelan government",
    }
    person = store.ensure_claimant("Delcy Rodríguez", "person")
    assert store.set_appearance_claimant(claim, appearance, person.id) == government.id
    assert _item(store, tmp_path)["author"] == {"@type": "Person", "name": "Delcy Rodríguez"}


def test_the_claimant_list_is_reused_by_name(store):
    first = store.ensure_claimant("Foro Penal")
    assert store.ensure_claimant("  foro   penal ") == first
    store.ensure_claimant("UN")
    assert [c.name for c in store.claimants()] == ["Foro Penal", "UN"]


def test_a_claimant_needs_a_name_and_a_kind(store):
    with pytest.raises(ValidationError, match="empty"):
        store.ensure_claimant("   ")
    with pytest.raises(ValidationError, match="'robot' is not person or organization"):
        store.ensure_claimant("HAL", "robot")


def test_only_an_appearance_of_the_claim_can_name_a_claimant(store, government_figure):
    article, _appearance, claim = government_figure
    elsewhere = _mark(store, article, "Foro Penal", "Attribution")
    un = store.ensure_claimant("UN")
    with pytest.raises(NotFoundError, match="not an appearance of this claim"):
        store.set_appearance_claimant(claim, elsewhere, un.id)


def test_an_attribution_beside_the_appearance_suggests_its_claimant(store, government_figure):
    article, appearance, _claim = government_figure
    assert suggested_claimant(store, appearance) is None
    _mark(store, article, "Venezuela's government reported", "Attribution")
    assert suggested_claimant(store, appearance) == "Venezuela's government"


def test_an_attribution_linked_to_the_appearance_wins_over_one_beside_it(store, government_figure):
    article, appearance, _claim = government_figure
    _mark(store, article, "Venezuela's government reported", "Attribution")
    foro = _mark(store, article, "Foro Penal had confirmed", "Attribution")
    store.add_link(appearance, foro, "related", store.ensure_annotator("Ana").id)
    assert suggested_claimant(store, appearance) == "Foro Penal"


def test_merge_brings_a_colleagues_claimant_and_matches_it_by_name(
    project_path, government_figure, tmp_path
):
    _article, appearance, claim = government_figure
    colleague_path = tmp_path / "colleague.claimdesk"
    with Store.open(project_path, create=False) as mine:
        copy_project(mine.conn, colleague_path)
    with Store.open(colleague_path, create=False) as colleague:
        government = colleague.ensure_claimant("Venezuelan government")
        colleague.set_appearance_claimant(claim, appearance, government.id)
    with Store.open(project_path, create=False) as mine:
        mine.ensure_claimant("Venezuelan government")  # the same one, named here meanwhile
        merge_project(mine, colleague_path)
        assert [c.name for c in mine.claimants()] == ["Venezuelan government"]
        assert mine.appearance_claimant(claim, appearance).name == "Venezuelan government"


def test_the_claims_author_is_the_claimant_its_appearances_name_most_often(store, tmp_path):
    article = store.add_article(TEXT, title="Releases", outlet="AP", date="2026-01-14")
    phrases = ("Foro Penal had confirmed 56", "a far higher figure of 400", "400 on Tuesday")
    spans = [_mark(store, article.id, phrase, "Statistic") for phrase in phrases]
    mixed = next(v.id for v in store.verdicts() if v.name == "Mixed")
    claim = store.add_claim(store.ensure_annotator("Ana").id, spans, verdict_id=mixed).id
    names = ("Foro Penal", "Venezuelan government", "Venezuelan government")
    for span, name in zip(spans, names, strict=True):
        store.name_claimant(claim, span, name)
    assert _item(store, tmp_path)["author"]["name"] == "Venezuelan government"


def test_renaming_a_claimant_renames_it_everywhere_and_undo_gives_the_old_name_back(
    store, government_figure, tmp_path
):
    _article, appearance, claim = government_figure
    store.name_claimant(claim, appearance, "Gobierno")
    government = store.appearance_claimant(claim, appearance)
    before = project_rows(store)
    applied = rename_claimant(store, government.id, "  Venezuelan   government ")
    assert applied.changes.claims == {claim} and applied.changes.annotations == {appearance}
    assert [c.name for c in store.claimants()] == ["Venezuelan government"]
    assert _item(store, tmp_path)["author"]["name"] == "Venezuelan government"
    redo = applied.inverse()
    assert_undone(store, before)
    assert store.appearance_claimant(claim, appearance).name == "Gobierno"
    redo.inverse()
    assert store.appearance_claimant(claim, appearance).name == "Venezuelan government"


def test_a_claimant_cannot_take_a_name_already_listed_or_none(store, government_figure):
    foro = store.ensure_claimant("Foro Penal")
    store.ensure_claimant("UN")
    before = project_rows(store)
    with pytest.raises(ValidationError, match="'un' is already in the list"):
        rename_claimant(store, foro.id, "un")
    with pytest.raises(ValidationError, match="empty"):
        rename_claimant(store, foro.id, "  ")
    assert project_rows(store) == before
    rename_claimant(store, foro.id, "FORO PENAL")  # its own name, cased otherwise
    assert store.claimant(foro.id).name == "FORO PENAL"


def test_removing_a_claimant_clears_the_appearances_naming_it_and_undo_names_them_again(
    store, government_figure
):
    _article, appearance, claim = government_figure
    store.name_claimant(claim, appearance, "Venezuelan government")
    government = store.appearance_claimant(claim, appearance)
    store.ensure_claimant("UN")
    applied, _redone = round_trip(store, lambda: remove_claimant(store, government.id))
    assert applied.changes.claims == {claim} and applied.changes.annotations == {appearance}
    assert [c.name for c in store.claimants()] == ["UN"]
    assert store.appearance_claimant(claim, appearance) is None
    with pytest.raises(NotFoundError):
        rename_claimant(store, government.id, "Gone")


def test_merge_matches_a_renamed_claimant_by_its_new_name_and_carries_a_removal(
    project_path, government_figure, tmp_path
):
    _article, appearance, claim = government_figure
    colleague_path = tmp_path / "colleague.claimdesk"
    with Store.open(project_path, create=False) as mine:
        mine.name_claimant(claim, appearance, "Gobierno")
        un = mine.ensure_claimant("UN")
        copy_project(mine.conn, colleague_path)
        rename_claimant(mine, mine.appearance_claimant(claim, appearance).id, "Government")
    with Store.open(colleague_path, create=False) as colleague:
        colleague.ensure_claimant("Government")  # named there meanwhile, by the new name
        remove_claimant(colleague, un.id)
    with Store.open(project_path, create=False) as mine:
        merge_project(mine, colleague_path)
        assert [c.name for c in mine.claimants()] == ["Government"]
        assert mine.appearance_claimant(claim, appearance).name == "Government"
