"""Exporting for doccano and Label Studio in the unit their browsers count, and back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.export import export_project

from .test_exports import EMOJI_TEXT, build_project


@pytest.fixture
def project(store: Store) -> dict:
    return build_project(store)


@pytest.fixture
def empty(tmp_path: Path):
    with Store.open(tmp_path / "empty.claimdesk") as opened:
        yield opened


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_a_jsonl_export_for_doccano_counts_utf16_units_in_label_and_spans(
    store, project, empty, tmp_path
):
    out = tmp_path / "doccano.jsonl"
    export_project(store, "jsonl", out, offsets="utf16")
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    mayor = project["mayor"]
    expected = [utf16_units(EMOJI_TEXT[: mayor.start]), utf16_units(EMOJI_TEXT[: mayor.end])]
    assert first["label"][0] == [*expected, "Attribution"]
    assert [first["spans"][0]["start"], first["spans"][0]["end"]] == expected
    assert first["annotations"][0]["start"] == mayor.start, "full records stay in code points"
    doccano_only = tmp_path / "label-only.jsonl"  # what doccano keeps of it
    doccano_only.write_text(
        json.dumps({"text": first["text"], "label": first["label"]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    report = import_annotations(empty, doccano_only)
    assert (len(report.reanchored), len(report.orphans)) == (0, 0)
    first_article = project["first"].id
    assert sorted(a.quote for a in empty.annotations()) == sorted(
        a.quote for a in store.annotations() if a.article_id == first_article
    )


def test_a_label_studio_export_in_utf16_units_comes_back_unmoved(store, project, empty, tmp_path):
    out = tmp_path / "tasks.json"
    export_project(store, "labelstudio", out, offsets="utf16")
    task = json.loads(out.read_text(encoding="utf-8"))[0]
    units = EMOJI_TEXT.encode("utf-16-le")
    labels = [r["value"] for e in task["annotations"] for r in e["result"] if r["type"] == "labels"]
    for value in labels:  # as the browser cuts the text
        assert units[value["start"] * 2 : value["end"] * 2].decode("utf-16-le") == value["text"]
    mayor = project["mayor"]  # it ends after the emoji: one unit further than in code points
    assert {"start": mayor.start, "end": mayor.end + 1} in [
        {"start": v["start"], "end": v["end"]} for v in labels
    ]
    report = import_annotations(empty, out)
    assert (report.added, len(report.reanchored), len(report.orphans)) == (5, 0, 0)
    assert {(a.id, a.start, a.end) for a in empty.annotations()} == {
        (a.id, a.start, a.end) for a in store.annotations()
    }


def test_a_unit_is_refused_for_formats_that_count_code_points(store, project, empty, tmp_path):
    with pytest.raises(ValidationError, match="csv counts offsets in code points"):
        export_project(store, "csv", tmp_path / "a.csv", offsets="utf16")
    out = tmp_path / "a.jsonld"
    export_project(store, "w3c", out)
    with pytest.raises(ValidationError, match="w3c counts offsets in code points"):
        import_annotations(empty, out, offsets="utf16")
    assert not (tmp_path / "a.csv").exists()
