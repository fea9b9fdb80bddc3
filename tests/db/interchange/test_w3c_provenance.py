"""W3C export: an annotation's target names where its article came from — the original
URL as `source` where known (with its capture time and archive copy as a TimeState), the
source file's SHA-256 as an RFC 6920 `ni:` IRI otherwise — and reading the file back puts
each annotation on its article again, even two captures of one URL."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.export import export_project
from claimdesk.db.records.article_sources import update_provenance
from claimdesk.db.storage.errors import ClaimdeskError

from .test_exports import check_w3c_export

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
WARC = FIXTURES / "capture.warc.gz"


def annotate(store: Store, article, quote: str) -> None:
    start = store.article_text(article.id).index(quote)
    ana = store.ensure_annotator("Ana")
    store.add_annotation(article.id, start, start + len(quote), store.tags()[0].id, ana.id)


def exported(store: Store, out: Path) -> dict:
    export_project(store, "w3c", out)
    collection = json.loads(out.read_text(encoding="utf-8"))
    check_w3c_export(collection)
    return collection


def test_a_captured_page_is_the_source_with_its_capture_time_and_archive_copy(
    store: Store, tmp_path: Path
):
    (article,) = import_articles(store, [WARC], archive_pages={WARC: {1}}).added
    archived = "https://web.archive.org/web/2024/https://news.example/2024/budget"
    update_provenance(store, article.id, archive_url=archived)
    annotate(store, article, store.article_text(article.id)[:12])
    (item,) = exported(store, tmp_path / "out.jsonld")["first"]["items"]
    assert item["target"]["source"] == "https://news.example/2024/budget"
    assert item["target"]["state"] == {
        "type": "TimeState",
        "sourceDate": "2024-03-12T10:15:00Z",
        "cached": archived,
    }


def test_a_document_without_a_url_is_named_by_its_files_sha256(store: Store, tmp_path: Path):
    (article,) = import_articles(store, [FIXTURES / "budget.pdf"]).added
    annotate(store, article, "Waiting lists fell")
    collection = exported(store, tmp_path / "out.jsonld")
    (item,) = collection["first"]["items"]
    digest = hashlib.sha256((FIXTURES / "budget.pdf").read_bytes()).digest()
    named = base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
    assert item["target"]["source"] == f"ni:///sha-256;{named}"
    (entry,) = collection["articles"]
    assert entry["source"] == item["target"]["source"]
    assert entry["provenance"]["file_name"] == "budget.pdf"


def test_an_article_without_provenance_keeps_its_urn(store: Store, ana, tmp_path: Path):
    article = store.add_article("Typed in by hand.", title="Typed")
    store.add_annotation(article.id, 0, 5, store.tags()[0].id, ana.id)
    (item,) = exported(store, tmp_path / "out.jsonld")["first"]["items"]
    assert item["target"]["source"] == f"urn:uuid:{article.id}" and "state" not in item["target"]


def test_two_captures_of_one_url_come_back_each_on_its_own_article(store: Store, tmp_path: Path):
    first, second = import_articles(store, [WARC]).added
    update_provenance(store, second.id, original_url=store_url(store, first.id))
    annotate(store, first, store.article_text(first.id)[:12])
    annotate(store, second, store.article_text(second.id)[:12])
    out = tmp_path / "out.jsonld"
    items = exported(store, out)["first"]["items"]
    assert items[0]["target"]["source"] == items[1]["target"]["source"]
    with Store.open(tmp_path / "fresh.claimdesk") as fresh:
        report = import_annotations(fresh, out, "w3c")
        assert (report.added, report.articles_added, report.orphans) == (2, 2, [])
        placed = {
            fresh.article_text(annotation.article_id)[annotation.start : annotation.end]
            == annotation.quote
            for annotation in fresh.annotations()
        }
        assert placed == {True}
        titles = {fresh.article(a.article_id).title for a in fresh.annotations()}
        assert titles == {first.title, second.title}
    again = import_annotations(store, out, "w3c")
    assert (again.added, again.unchanged, again.orphans) == (0, 2, [])


def store_url(store: Store, article_id: str) -> str:
    from claimdesk.db.records.article_sources import article_source

    return article_source(store, article_id).provenance.original_url


def test_a_fresh_project_importing_the_file_keeps_each_articles_provenance_and_pages(
    store: Store, tmp_path: Path
):
    from claimdesk.db.records.article_sources import article_source

    (article,) = import_articles(store, [FIXTURES / "budget.pdf"]).added
    annotate(store, article, "Waiting lists fell")
    out = tmp_path / "out.jsonld"
    exported(store, out)
    with Store.open(tmp_path / "fresh.claimdesk") as fresh:
        report = import_annotations(fresh, out, "w3c")
        assert (report.added, report.articles_added, report.remarks) == (1, 1, [])
        assert article_source(fresh, article.id) == article_source(store, article.id)


def test_page_starts_outside_the_text_refuse_the_file_in_one_line(store: Store, tmp_path: Path):
    (article,) = import_articles(store, [FIXTURES / "budget.pdf"]).added
    annotate(store, article, "Waiting lists fell")
    out = tmp_path / "out.jsonld"
    collection = exported(store, out)
    collection["articles"][0]["segments"][-1]["start"] = 10**9
    out.write_text(json.dumps(collection), encoding="utf-8")
    with Store.open(tmp_path / "fresh.claimdesk") as fresh:
        with pytest.raises(ClaimdeskError, match=r"needs a start within the article's text$"):
            import_annotations(fresh, out, "w3c")
        assert fresh.project_counts() == (0, 0)


def test_jsonl_carries_provenance_into_a_fresh_project_too(store: Store, tmp_path: Path):
    from claimdesk.db.records.article_sources import article_source

    (article,) = import_articles(store, [FIXTURES / "budget.pdf"]).added
    annotate(store, article, "Waiting lists fell")
    export_project(store, "jsonl", tmp_path / "out.jsonl")
    with Store.open(tmp_path / "fresh.claimdesk") as fresh:
        import_annotations(fresh, tmp_path / "out.jsonl", "jsonl")
        kept = article_source(fresh, article.id).provenance
        assert kept == article_source(store, article.id).provenance
