"""File → Export dataset… and the import report: doccano's offsets unit, ClaimReview without
a URL, the last folder, untagged annotations."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialog

from claimdesk.desktop.flows import dataset_flows
from claimdesk.desktop.flows.dataset_flows import ExportDialog

from .test_dataset_flows import annotate, wait_for_task


def test_the_export_dialog_writes_doccano_in_the_utf16_units_doccano_counts(qtbot, window):
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.choose_format("doccano")
    assert dialog.offsets.isEnabled() and dialog.choice().offsets == "utf16"
    assert "UTF-16" in dialog.offsets_note.text()
    dialog.offsets.setCurrentIndex(dialog.offsets.findData("codepoints"))
    assert dialog.choice().offsets == "codepoints", "code points stay available"
    dialog.choose_format("jsonl")
    assert dialog.choice().offsets == "codepoints"
    dialog.choose_format("w3c")
    assert not dialog.offsets.isEnabled() and dialog.choice().offsets is None


def test_a_claimreview_export_without_a_review_url_goes_through_when_the_user_allows_it(
    qtbot, window, tmp_path: Path, monkeypatch
):
    store = window.session.store
    span = annotate(window, 4, 6, "Statistic")
    verdict = store.verdicts()[0]
    store.add_claim(store.ensure_annotator("Ana").id, [span], verdict_id=verdict.id)
    out = tmp_path / "reviews.json"

    def fill_and_accept(dialog: ExportDialog) -> int:
        dialog.choose_format("claimreview")
        dialog.target.setText(str(out))
        dialog.url_base.setText("")
        dialog.allow_missing_url.setChecked(True)
        return QDialog.DialogCode.Accepted

    shown = []
    monkeypatch.setattr(ExportDialog, "exec", fill_and_accept)
    monkeypatch.setattr(dataset_flows, "show_message", lambda *args, **kw: shown.append(args))
    monkeypatch.setattr(dataset_flows, "show_failure", lambda *args: shown.append(args))
    dataset_flows.export_dataset(window)
    wait_for_task(qtbot, window)
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 1 and "url" not in reviews[0]
    assert "no `url`" in shown[0][2], "the export says what it left out"


def test_the_export_dialog_offers_the_folder_of_the_last_export(qtbot, window, tmp_path: Path):
    folder = tmp_path / "datasets"
    folder.mkdir()
    first = ExportDialog(window)
    qtbot.addWidget(first)
    first.target.setText(str(folder / "monday.csv"))
    first.accept()
    second = ExportDialog(window)
    qtbot.addWidget(second)
    assert Path(second.target.text()).parent == folder
    assert Path(second.target.text()).name == f"{window.session.path.stem}.jsonl"


def test_the_import_report_says_which_tag_untagged_annotations_got(qtbot, window, tmp_path):
    from claimdesk.db.interchange.import_report import AnnotationImportReport

    report = AnnotationImportReport(
        path=tmp_path / "hypothesis.jsonld", format="w3c", added=3, untagged=2,
        untagged_tag="Untagged", new_tags=["Untagged"],
    )  # fmt: skip
    box = dataset_flows.show_import_report(window, report)
    qtbot.addWidget(box)
    assert "2 annotations had no tag; imported under “Untagged”" in box.informativeText()


def test_importing_untagged_hypothesis_notes_asks_which_tag_they_get(
    qtbot, window, tmp_path: Path, monkeypatch, boxes
):
    article = window.session.store.articles()[0]
    start = 4
    quote = window.session.store.article_text(article.id)[start : start + 6]
    note = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "https://hypothes.is/a/Ab1cD2eFgH-xyz",
        "creator": "acct:ana_checks@hypothes.is",
        "body": [{"type": "TextualBody", "value": "Check this.", "format": "text/markdown"}],
        "target": [
            {
                "source": f"urn:uuid:{article.id}",
                "selector": [
                    {"type": "TextPositionSelector", "start": start, "end": start + 6},
                    {"type": "TextQuoteSelector", "exact": quote},
                ],
            }
        ],
    }  # fmt: skip  (Hypothesis' JSON-LD: a comment, no tagging body)
    path = tmp_path / "hypothesis.jsonld"
    path.write_text(json.dumps(note), encoding="utf-8")
    monkeypatch.setattr(
        dataset_flows.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "")
    )

    def name_the_tag(dialog) -> QDialog.DialogCode:
        dialog.untagged.setText("From Hypothesis")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dataset_flows.ImportOptionsDialog, "exec", name_the_tag)
    boxes.answer = "Yes"  # add the tag to the scheme
    reports = []
    monkeypatch.setattr(dataset_flows, "show_import_report", lambda w, r: reports.append(r))
    dataset_flows.import_annotation_file(window)
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=10_000)
    assert "tag “From Hypothesis”" in boxes.shown[0]
    assert (reports[0].untagged, reports[0].untagged_tag) == (1, "From Hypothesis")
    [annotation] = window.session.store.annotations()
    assert window.session.store.tag(annotation.tag_id).name == "From Hypothesis"
