"""Who made a claim travels with the exports: JSONL and CSV name each appearance's claimant
and the claim's own, and a JSONL file imported into another project names them again there."""

from __future__ import annotations

import csv
import json

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.export import export_project
from claimdesk.db.storage.errors import ValidationError

TEXT = "Foro Penal confirmed 56 releases. The government spoke of 400 released."


def _claim_with_claimants(store: Store) -> tuple[str, list[str]]:
    article = store.add_article(TEXT, title="Releases", outlet="AP", date="2026-01-14")
    ana = store.ensure_annotator("Ana")
    statistic = store.tag_by_name("Statistic").id
    spans = []
    for phrase in ("confirmed 56 releases", "spoke of 400"):
        start = TEXT.index(phrase)
        spans.append(
            store.add_annotation(article.id, start, start + len(phrase), statistic, ana.id).id
        )
    claim = store.add_claim(ana.id, spans, wording="400 were released").id
    store.name_claimant(claim, spans[0], "Foro Penal")
    store.name_claimant(claim, spans[1], "Nicolás Maduro", "person")
    store.name_claim_claimant(claim, "Venezuelan government")
    return claim, spans


def test_jsonl_names_the_claims_claimant_and_each_appearances(store, tmp_path):
    claim, spans = _claim_with_claimants(store)
    out = tmp_path / "out.jsonl"
    export_project(store, "jsonl", out)
    (record,) = json.loads(out.read_text(encoding="utf-8"))["claims"]
    assert record["id"] == claim
    assert record["claimant"] == {"name": "Venezuelan government", "kind": "organization"}
    assert record["appearance_claimants"] == {
        spans[0]: {"name": "Foro Penal", "kind": "organization"},
        spans[1]: {"name": "Nicolás Maduro", "kind": "person"},
    }


def test_a_jsonl_file_imported_elsewhere_names_the_same_claimants(store, tmp_path):
    claim, spans = _claim_with_claimants(store)
    out = tmp_path / "out.jsonl"
    export_project(store, "jsonl", out)
    with Store.open(tmp_path / "other.claimdesk") as other:
        other.ensure_claimant("FORO PENAL")  # already listed there: named, not added twice
        import_annotations(other, out)
        assert other.claimants_by_claim()[claim].name == "Venezuelan government"
        named = other.claimants_by_appearance()
        assert named[(claim, spans[0])].name == "FORO PENAL"
        assert (named[(claim, spans[1])].name, named[(claim, spans[1])].kind) == (
            "Nicolás Maduro",
            "person",
        )
        assert len(other.claimants()) == 3


def test_a_claimant_of_unknown_kind_refuses_the_file_naming_its_line(store, tmp_path):
    _claim_with_claimants(store)
    out = tmp_path / "out.jsonl"
    export_project(store, "jsonl", out)
    record = json.loads(out.read_text(encoding="utf-8"))
    record["claims"][0]["claimant"]["kind"] = "robot"
    out.write_text(json.dumps(record), encoding="utf-8")
    with Store.open(tmp_path / "other.claimdesk") as other:
        with pytest.raises(ValidationError, match=r"line 1, claim 1: claimant kind 'robot'"):
            import_annotations(other, out)
        assert other.claimants() == []


def test_csv_names_each_appearances_claimant_and_the_claims_own(store, tmp_path):
    _claim_with_claimants(store)
    out = tmp_path / "out.csv"
    export_project(store, "csv", out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["claimant"], row["claim_claimant"]) for row in rows] == [
        ("Foro Penal", "Venezuelan government"),
        ("Nicolás Maduro", "Venezuelan government"),
    ]
