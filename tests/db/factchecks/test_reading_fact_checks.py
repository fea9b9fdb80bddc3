"""Importing earlier fact-checks: ClaimReview JSON-LD as pages and feeds publish it, Google
Fact Check Tools' claims:search JSON; anything else is refused in one line, nothing kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimdesk.db import ClaimdeskError
from claimdesk.db.factchecks.matching import add_to_archive
from claimdesk.db.factchecks.reading import read_fact_checks
from claimdesk.db.storage.fact_check_store import fact_check_count

REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://factcheck.example/venezuela-400",
    "claimReviewed": "Venezuela released 400 political prisoners in one day",
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "Government of Venezuela"},
        "datePublished": "2026-01-13",
    },
    "author": {"@type": "Organization", "name": "Cotejo", "url": "https://cotejo.example"},
    "datePublished": "2026-01-15",
    "reviewRating": {"@type": "Rating", "ratingValue": 2, "alternateName": "Misleading"},
    "inLanguage": "en",
}
GOOGLE = {
    "claims": [
        {
            "text": "Walls work 100 percent",
            "claimant": "Donald Trump",
            "claimDate": "2019-02-15T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "PolitiFact", "site": "politifact.com"},
                    "url": "https://politifact.example/walls",
                    "title": "Do walls work 100 percent?",
                    "reviewDate": "2019-02-16T00:00:00Z",
                    "textualRating": "False",
                    "languageCode": "en",
                },
                {
                    "publisher": {"site": "factcheck.example"},
                    "url": "https://factcheck.example/walls",
                    "textualRating": "Exaggerated",
                },
            ],
        }
    ],
    "nextPageToken": "CAo",
}


def written(tmp_path: Path, document: object, name: str = "checks.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_pages_claim_review_keeps_claim_claimant_rating_publisher_url_date_language(tmp_path):
    [check] = read_fact_checks(written(tmp_path, REVIEW))
    assert (check.claim, check.claimant, check.rating, check.publisher) == (
        "Venezuela released 400 political prisoners in one day",
        "Government of Venezuela",
        "Misleading",
        "Cotejo",
    )
    assert (check.url, check.date, check.language) == (REVIEW["url"], "2026-01-15", "en")


@pytest.mark.parametrize(
    "document",
    [
        [REVIEW, {**REVIEW, "url": "https://factcheck.example/2"}],
        {
            "@context": "https://schema.org",
            "@graph": [REVIEW, {**REVIEW, "url": "https://x.example/2"}],
        },
        {
            "@type": "DataFeed",
            "dataFeedElement": [
                {"@type": "DataFeedItem", "item": [REVIEW]},
                {"@type": "DataFeedItem", "item": {**REVIEW, "url": "https://x.example/2"}},
            ],
        },
    ],
    ids=["list", "graph", "data feed"],
)
def test_lists_graphs_and_data_feeds_of_reviews_are_read(tmp_path, document):
    assert len(read_fact_checks(written(tmp_path, document))) == 2


def test_google_fact_check_tools_json_gives_one_check_per_review(tmp_path):
    first, second = read_fact_checks(written(tmp_path, GOOGLE))
    assert (first.claim, first.claimant, first.rating, first.publisher) == (
        "Walls work 100 percent", "Donald Trump", "False", "PolitiFact"
    )  # fmt: skip
    assert (first.date, first.language) == ("2019-02-16T00:00:00Z", "en")
    assert (second.publisher, second.date) == ("factcheck.example", "2019-02-15T00:00:00Z")


def test_importing_twice_adds_each_check_once(store, tmp_path):
    checks = read_fact_checks(written(tmp_path, GOOGLE))
    assert add_to_archive(store, checks) == 2
    assert add_to_archive(store, checks) == 0
    assert fact_check_count(store) == 2


@pytest.mark.parametrize(
    "content, problem",
    [
        ("[1, 2", "not valid JSON"),
        ("[" * 100 + "]" * 100, "nested deeper than"),
        ('"a string"', "neither ClaimReview JSON-LD nor claims:search JSON"),
        ('{"@type": "Article"}', "holds no fact-check"),
        (json.dumps({**REVIEW, "claimReviewed": ""}), "ClaimReview 1: has no claim"),
        (json.dumps({**REVIEW, "claimReviewed": {"x": 1}}), '"claim" must be text, not'),
        (json.dumps({**REVIEW, "url": "javascript:alert(1)"}), '"url" is not a web address'),
        (json.dumps({**REVIEW, "claimReviewed": "a\u0000b"}), "contains a NUL"),
        (json.dumps({**REVIEW, "author": "Cotejo"}), '"author" must be an object'),
        (
            json.dumps({"claims": [{"text": "x", "claimReview": "no"}]}),
            'claim 1: "claimReview" must hold objects',
        ),
        (json.dumps({"claims": ["x"]}), "claim 1: must be an object"),
        (
            json.dumps({"@type": "DataFeed", "dataFeedElement": [1]}),
            '"dataFeedElement" must hold objects',
        ),
        (json.dumps({**REVIEW, "claimReviewed": "x" * 200_000}), "over the limit"),
    ],
    ids=[
        "not json",
        "deep",
        "string",
        "no review",
        "empty claim",
        "claim object",
        "url scheme",
        "nul",
        "author text",
        "google review text",
        "google claim text",
        "feed numbers",
        "huge",
    ],
)
def test_a_hostile_archive_is_refused_in_one_line_naming_file_and_record(
    store, tmp_path, content, problem
):
    path = tmp_path / "hostile.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ClaimdeskError) as raised:
        add_to_archive(store, read_fact_checks(path))
    message = str(raised.value)
    assert problem in message and "hostile.json" in message and "\n" not in message
    assert fact_check_count(store) == 0


def test_a_fifo_or_a_folder_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "feed.json"
    os.mkfifo(fifo)
    with pytest.raises(ClaimdeskError, match=r"feed\.json"):
        read_fact_checks(fifo)
    with pytest.raises(ClaimdeskError):
        read_fact_checks(tmp_path)
