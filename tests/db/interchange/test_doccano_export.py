"""Exporting for doccano: its own import shape, in the unit its browser counts."""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.export import export_project

# doccano #2290's own example: in a sequence-labelling project doccano has "firetrucks" at
# 22–32 (UTF-16 units: the firefighter emoji is four code points, seven units); Python at 19–29.
FIREFIGHTER = "👨🏻‍🚒 firemen drive firetrucks"


def _project(store: Store) -> None:
    ana = store.ensure_annotator("Ana")
    article = store.add_article(FIREFIGHTER, title="Firefighters", url="https://example.org/f")
    claim_tag = store.tags()[0]
    store.add_annotation(article.id, 19, 29, claim_tag.id, ana.id)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_doccano_export_counts_utf16_units_as_doccano_does(store, tmp_path):
    _project(store)
    tag = store.tags()[0].name
    out = tmp_path / "doccano.jsonl"
    report = export_project(store, "doccano", out)
    [line] = _lines(out)
    assert line["text"] == FIREFIGHTER
    assert line["label"] == [[22, 32, tag]], "doccano #2290's offsets for the word"
    assert line["meta"]["title"] == "Firefighters"
    assert any("annotators, verdicts" in left for left in report.left_out)


def test_code_points_stay_available_for_a_doccano_export(store, tmp_path):
    _project(store)
    out = tmp_path / "doccano-codepoints.jsonl"
    export_project(store, "doccano", out, offsets="codepoints")
    assert _lines(out)[0]["label"][0][:2] == [19, 29]


def test_a_doccano_export_comes_back_on_the_same_characters(store, tmp_path):
    _project(store)
    out = tmp_path / "doccano.jsonl"
    export_project(store, "doccano", out)
    with Store.open(tmp_path / "other.claimdesk") as other:
        report = import_annotations(other, out)
        assert (report.added, len(report.reanchored), len(report.orphans)) == (1, 0, 0)
        assert [a.quote for a in other.annotations()] == ["firetrucks"]
