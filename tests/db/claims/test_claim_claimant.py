"""A claim can name who made it outright, over whom its appearances name: the claims panel,
the report and ClaimReview's `itemReviewed.author` say it; merge carries it; naming it is
one undoable step, from the same reusable list of claimants."""

from __future__ import annotations

import json
import sqlite3
from functools import partial
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.claims.claim_overview import claim_overview
from claimdesk.db.interchange.export import export_project
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.operations.claims import name_claim_claimant, remove_claimant
from claimdesk.db.report.content import gather
from claimdesk.db.rules.check import check_project
from claimdesk.db.storage.project_copy import copy_project
from claimdesk.db.storage.schema import SCHEMA_VERSION, expected_objects
from tests.db.operations.rows import round_trip
from tests.older_schema import as_written_by

TEXT = (
    "Foro Penal had confirmed 56 releases, according to Foro Penal. "
    "The government, Foro Penal said, spoke of 400."
)


def _rated_claim(store: Store) -> tuple[str, list[str]]:
    """A rated claim with two appearances, both naming Foro Penal as who said it."""
    article = store.add_article(TEXT, title="Releases", outlet="AP", date="2026-01-14")
    ana = store.ensure_annotator("Ana")
    statistic = store.tag_by_name("Statistic").id
    spans = []
    for phrase in ("confirmed 56 releases", "spoke of 400"):
        start = TEXT.index(phrase)
        spans.append(
            store.add_annotation(article.id, start, start + len(phrase), statistic, ana.id).id
        )
    mixed = store.verdict_by_name("Mixed").id
    claim = store.add_claim(ana.id, spans, verdict_id=mixed, wording="400 were released").id
    for span in spans:
        store.name_claimant(claim, span, "Foro Penal")
    return claim, spans


def _author(store: Store, tmp_path: Path) -> dict:
    out = tmp_path / "cr.json"
    export_project(store, "claimreview", out, settings={"claimreview_url_base": "https://x/"})
    return json.loads(out.read_text(encoding="utf-8"))[0]["itemReviewed"].get("author", {})


def test_naming_the_claims_claimant_overrides_its_appearances_everywhere(store, tmp_path):
    claim, _spans = _rated_claim(store)
    assert _author(store, tmp_path)["name"] == "Foro Penal"
    store.ensure_claimant("Venezuelan government")  # listed already: undo leaves it so
    applied, _redone = round_trip(
        store, partial(name_claim_claimant, store, claim, "Venezuelan government")
    )
    assert applied.changes.claims == {claim}
    assert _author(store, tmp_path) == {"@type": "Organization", "name": "Venezuelan government"}
    assert claim_overview(store, claim).claimant.name == "Venezuelan government"
    assert gather(store).claims[0].claimant == "Venezuelan government"
    assert [c.name for c in store.claimants()] == ["Foro Penal", "Venezuelan government"]


def test_clearing_the_claims_claimant_falls_back_to_its_appearances(store, tmp_path):
    claim, _spans = _rated_claim(store)
    name_claim_claimant(store, claim, "Delcy Rodríguez", "person")
    assert _author(store, tmp_path) == {"@type": "Person", "name": "Delcy Rodríguez"}
    round_trip(store, partial(name_claim_claimant, store, claim, "  "))
    assert claim_overview(store, claim).claimant is None
    assert _author(store, tmp_path)["name"] == "Foro Penal"


def test_removing_a_claimant_named_by_a_claim_clears_it_and_undo_names_it_again(store):
    claim, _spans = _rated_claim(store)
    name_claim_claimant(store, claim, "Government")
    government = claim_overview(store, claim).claimant
    applied, _redone = round_trip(store, partial(remove_claimant, store, government.id))
    assert applied.changes.claims == {claim}
    assert claim_overview(store, claim).claimant is None


def test_merge_carries_a_claims_claimant_named_by_a_colleague(project_path, tmp_path):
    with Store.open(project_path) as mine:
        claim, _spans = _rated_claim(mine)
        colleague_path = tmp_path / "colleague.claimdesk"
        copy_project(mine.conn, colleague_path)
    with Store.open(colleague_path, create=False) as colleague:
        name_claim_claimant(colleague, claim, "Venezuelan government")
    with Store.open(project_path, create=False) as mine:
        merge_project(mine, colleague_path)
        assert claim_overview(mine, claim).claimant.name == "Venezuelan government"
        assert check_project(mine) == []


def test_a_file_from_before_claims_named_their_claimant_opens_with_none_set(tmp_path):
    path = tmp_path / "older.claimdesk"
    with Store.open(path) as store:
        claim, _spans = _rated_claim(store)
    added = next(
        version
        for version in range(1, SCHEMA_VERSION + 1)
        if "claimant_id" in expected_objects(version)[("table", "claims")]
    )
    conn = sqlite3.connect(path)
    as_written_by(conn, added - 1)
    conn.commit()
    conn.close()
    with Store.open(path, create=False) as store:
        assert claim_overview(store, claim).claimant is None
        assert gather(store).claims[0].claimant == "Foro Penal"
