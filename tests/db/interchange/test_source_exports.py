"""An annotation on a PDF page or a transcript cue carries its page or time range in exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.export import export_project

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"


def annotate(store: Store, name: str, quote: str) -> None:
    (article,) = import_articles(store, [FIXTURES / name]).added
    start = article.text.index(quote)
    ana = store.ensure_annotator("Ana")
    store.add_annotation(article.id, start, start + len(quote), store.tags()[0].id, ana.id)


def test_jsonl_gives_an_annotation_its_page_and_the_article_its_provenance(
    store: Store, tmp_path: Path
):
    annotate(store, "budget.pdf", "Waiting lists fell")
    export_project(store, "jsonl", tmp_path / "out.jsonl")
    (record,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    (annotation,) = record["annotations"]
    assert annotation["page"] == 2 and annotation["time_start"] is None
    assert record["provenance"]["file_name"] == "budget.pdf"
    assert len(record["provenance"]["file_sha256"]) == 64


def test_csv_gives_an_annotation_on_a_transcript_its_time_range_and_speaker(
    store: Store, tmp_path: Path
):
    annotate(store, "speech.vtt", "not what the police say")
    export_project(store, "csv", tmp_path / "out.csv")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["page"], row["time_start"], row["time_end"], row["speaker"]) == (
        "",
        "00:00:05.000",
        "00:00:07.250",
        "John Doe",
    )
