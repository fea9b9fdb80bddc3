"""`--offsets` on `claimdesk export` and `import-annotations`, `--text-field` on the latter."""

from __future__ import annotations

import json

from claimdesk.db import Store
from claimdesk.desktop.cli import main
from tests.db.interchange.test_exports import EMOJI_TEXT, build_project


def test_export_and_import_take_the_offsets_unit(project_path, tmp_path, capsys):
    with Store.open(project_path) as store:
        mayor = build_project(store)["mayor"]
    out = tmp_path / "doccano.jsonl"
    code = main(["export", str(project_path), "-f", "jsonl", "-o", str(out), "--offsets", "utf16"])
    assert code == 0
    label = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["label"]
    assert [mayor.start, mayor.end + 1, "Attribution"] in label, "the emoji is two units"

    spans = tmp_path / "codepoints.jsonl"
    line = {"text": EMOJI_TEXT, "label": [[mayor.start, mayor.end, "Attribution"]]}
    spans.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    target = tmp_path / "target.claimdesk"
    code = main(["import-annotations", str(target), str(spans), "--offsets", "codepoints"])
    assert code == 0, capsys.readouterr().err
    with Store.open(target) as store:
        assert [a.quote for a in store.annotations()] == [mayor.quote]


def test_import_takes_the_label_studio_text_field_by_name(tmp_path, capsys):
    task = {
        "data": {"body": "The minister lied.", "summary": "Lies."},
        "annotations": [{"result": [{"id": "r", "from_name": "label", "to_name": "body",
                         "type": "labels", "value": {"start": 4, "end": 12,
                                                     "labels": ["Person"]}}]}],
    }  # fmt: skip
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task]), encoding="utf-8")
    target = tmp_path / "target.claimdesk"
    assert main(["import-annotations", str(target), str(path)]) == 1
    assert "which field holds the text, body, summary?" in capsys.readouterr().err
    assert main(["import-annotations", str(target), str(path), "--text-field", "body"]) == 0
    assert "1 annotations added" in capsys.readouterr().out


def test_a_unit_for_a_format_without_one_is_refused_in_one_line(project_path, tmp_path, capsys):
    with Store.open(project_path) as store:
        build_project(store)
    out = tmp_path / "a.csv"
    assert main(["export", str(project_path), "-f", "csv", "-o", str(out), "--offsets", "utf16"])
    assert "csv counts offsets in code points" in capsys.readouterr().err
    assert not out.exists()


def test_export_for_doccano_counts_utf16_units_unless_told_otherwise(project_path, tmp_path):
    with Store.open(project_path) as store:
        mayor = build_project(store)["mayor"]  # it ends after the emoji
    out = tmp_path / "doccano.jsonl"
    assert main(["export", str(project_path), "-f", "doccano", "-o", str(out)]) == 0
    label = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["label"]
    assert [mayor.start, mayor.end + 1, "Attribution"] in label
    argv = ["export", str(project_path), "-f", "doccano", "-o", str(out), "--offsets", "codepoints"]
    assert main(argv) == 0
    label = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["label"]
    assert [mayor.start, mayor.end, "Attribution"] in label
