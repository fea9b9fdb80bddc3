"""An annotation's PDF page or transcript time range travels in W3C as a FragmentSelector
(RFC 3778 `page=N`, Media Fragments `t=start,end`) and is checked when read back; a
ClaimReview appearance names the article's original and archived URLs."""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.export import export_project
from claimdesk.db.records.article_sources import update_provenance

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
PDF = "http://tools.ietf.org/rfc/rfc3778"
MEDIA = "http://www.w3.org/TR/media-frags/"


def annotate(store: Store, name: str, quote: str) -> str:
    (article,) = import_articles(store, [FIXTURES / name]).added
    start = article.text.index(quote)
    ana = store.ensure_annotator("Ana")
    store.add_annotation(article.id, start, start + len(quote), store.tags()[0].id, ana.id)
    return article.id


def exported_item(store: Store, tmp_path: Path) -> dict:
    out = tmp_path / "out.jsonld"
    export_project(store, "w3c", out)
    (item,) = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    return item


def fragments(item: dict) -> list[dict]:
    return [s for s in item["target"]["selector"] if s["type"] == "FragmentSelector"]


def test_an_annotation_on_a_pdf_page_is_exported_with_that_page(store: Store, tmp_path: Path):
    annotate(store, "budget.pdf", "Waiting lists fell")
    item = exported_item(store, tmp_path)
    assert fragments(item) == [{"type": "FragmentSelector", "conformsTo": PDF, "value": "page=2"}]
    kinds = [selector["type"] for selector in item["target"]["selector"]]
    assert kinds == ["TextQuoteSelector", "TextPositionSelector", "FragmentSelector"]


def test_an_annotation_on_a_transcript_cue_is_exported_with_its_time_range(
    store: Store, tmp_path: Path
):
    annotate(store, "speech.vtt", "not what the police say")
    assert fragments(exported_item(store, tmp_path)) == [
        {"type": "FragmentSelector", "conformsTo": MEDIA, "value": "t=5,7.25"}
    ]


def test_an_annotation_on_plain_text_has_no_fragment(store: Store, ana, tmp_path: Path):
    article = store.add_article("Plain words without pages.", title="Plain")
    store.add_annotation(article.id, 0, 5, store.tags()[0].id, ana.id)
    assert fragments(exported_item(store, tmp_path)) == []


def reimport(store: Store, tmp_path: Path, item: dict, value: str) -> list[str]:
    """The exported item under a new id with its fragment's value replaced, imported."""
    item = {**item, "id": "urn:uuid:7c1f7a52-0000-4000-8000-000000000001"}
    for selector in fragments(item):
        selector["value"] = value
    path = tmp_path / "edited.jsonld"
    path.write_text(json.dumps(item), encoding="utf-8")
    report = import_annotations(store, path, "w3c")
    assert report.added == 1, "the span goes in whatever the fragment says"
    return report.remarks


def test_a_fragment_that_agrees_with_the_quotes_page_imports_without_remark(
    store: Store, tmp_path: Path
):
    annotate(store, "budget.pdf", "Waiting lists fell")
    assert reimport(store, tmp_path, exported_item(store, tmp_path), "page=2") == []


def test_a_fragment_naming_another_page_is_ignored_and_reported(store: Store, tmp_path: Path):
    annotate(store, "budget.pdf", "Waiting lists fell")
    (remark,) = reimport(store, tmp_path, exported_item(store, tmp_path), "page=3")
    assert remark.endswith(
        "its FragmentSelector says page 3 but the quote is on page 2; the fragment is ignored"
    )


def test_a_time_range_other_than_the_cues_is_reported(store: Store, tmp_path: Path):
    annotate(store, "speech.vtt", "not what the police say")
    (remark,) = reimport(store, tmp_path, exported_item(store, tmp_path), "t=1,2")
    assert "says 00:00:01.000–00:00:02.000 but the quote is on 00:00:05.000–00:00:07.250" in (
        remark
    )


def test_a_malformed_fragment_is_ignored_with_a_line_naming_it(store: Store, tmp_path: Path):
    annotate(store, "budget.pdf", "Waiting lists fell")
    (remark,) = reimport(store, tmp_path, exported_item(store, tmp_path), "page=two")
    assert remark.endswith("its FragmentSelector “page=two” is not page=N; ignored")


def test_claimreview_appearance_names_the_original_and_archived_urls(store: Store, tmp_path: Path):
    (article,) = import_articles(store, [FIXTURES / "capture.warc.gz"], archive_pages={
        FIXTURES / "capture.warc.gz": {1}}).added  # fmt: skip
    archived = "https://web.archive.org/web/2024/https://news.example/"
    update_provenance(store, article.id, archive_url=archived)
    original = store.conn.execute(
        "SELECT original_url FROM article_sources WHERE article_id = ?", (article.id,)
    ).fetchone()[0]
    ana = store.ensure_annotator("Ana")
    span = store.add_annotation(article.id, 0, 10, store.tags()[0].id, ana.id)
    verdict = store.verdicts()[0]
    store.add_claim(ana.id, [span.id], wording="A claim", verdict_id=verdict.id)
    out = tmp_path / "cr.json"
    export_project(store, "claimreview", out, settings={"claimreview_url_base": "https://x/"})
    (review,) = json.loads(out.read_text(encoding="utf-8"))
    (work,) = review["itemReviewed"]["appearance"]
    assert original.startswith("http")
    assert (work["url"], work["archivedAt"]) == (original, archived)
