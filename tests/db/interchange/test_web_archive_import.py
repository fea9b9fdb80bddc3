"""Web archives: their HTML pages listed with URL and capture time, the chosen ones imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.sources.web_archive import list_pages
from claimdesk.db.records.article_sources import article_source

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
PAGES = [
    (1, "https://news.example/2024/budget", "2024-03-12T10:15:00Z"),
    (2, "https://news.example/2024/crime", "2024-03-13T08:00:00Z"),
]


@pytest.mark.parametrize("name", ["capture.warc.gz", "capture.wacz"])
def test_an_archive_lists_its_html_pages_with_url_and_capture_time_and_no_images(name: str):
    pages = list_pages(FIXTURES / name)
    assert [(page.number, page.url, page.captured) for page in pages] == PAGES
    assert all(page.html == b"" for page in pages)


@pytest.mark.parametrize("name", ["capture.warc.gz", "capture.wacz"])
def test_importing_a_chosen_page_keeps_its_main_text_original_url_and_capture_time(
    store: Store, name: str
):
    path = FIXTURES / name
    (outcome,) = import_articles(store, [path], archive_pages={path: {2}}).outcomes
    article = outcome.article
    assert article is not None and outcome.message() == ""
    assert article.title == "Crime figures disputed"
    assert article.url == "https://news.example/2024/crime"
    assert article.text == (
        "Crime figures disputed\nCrime fell, the minister said, but police figures disagree.\n"
        "Reported by the newsroom; figures from the national statistics office, published this"
        " week and checked against last year's release."
    )
    provenance = article_source(store, article.id).provenance
    assert provenance.original_url == "https://news.example/2024/crime"
    assert provenance.retrieved == "2024-03-13T08:00:00Z"
    assert provenance.file_name == name


def test_an_archive_without_a_choice_brings_in_every_page(store: Store):
    report = import_articles(store, [FIXTURES / "capture.warc.gz"])
    assert [article.url for article in report.added] == [url for _, url, _ in PAGES]
