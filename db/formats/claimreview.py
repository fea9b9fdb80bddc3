"""schema.org ClaimReview (JSON-LD), one per rated claim: what search engines and fact-check
aggregators read.

The rating's scale is the project's verdict values (best = highest); the publisher is the
project setting `organization`, else the claim's annotator; each review's `url` is the
setting `claimreview_url_base` followed by the claim id.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import Ticker, atomic_file

if TYPE_CHECKING:
    from ..export import ExportData
    from ..model import Article, Claim

SUFFIX = ".json"
CONTEXT = "https://schema.org"


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    articles = {article.id: article for article in data.articles}
    spans = {a.id: (a.article_id, a.start, a.end) for a in data.annotations}
    reviews = [
        claim_review(data, claim, articles, spans) for claim in data.claims if claim.verdict_id
    ]
    unrated = sum(1 for claim in data.claims if not claim.verdict_id)
    if unrated:
        data.left_out.append(f"{unrated} claims have no rating yet; left out of ClaimReview")
    if reviews and not data.settings.get("claimreview_url_base", "").strip():
        data.left_out.append(
            "no `url` (Google requires one): set the project setting claimreview_url_base"
        )
    ticker.tick(ticker.total)
    with atomic_file(out, newline="\n") as handle:
        handle.write(json.dumps(reviews, ensure_ascii=False, indent=1))
        handle.write("\n")
    return [out]


def claim_review(
    data: ExportData,
    claim: Claim,
    articles: dict[str, Article],
    spans: dict[str, tuple[str, int, int]],
) -> dict[str, Any]:
    """One ClaimReview; `articles` and `spans` are lookups by id (article; annotation span)."""
    assert claim.verdict_id is not None, "only claims with a verdict are written"
    verdict = data.verdicts[claim.verdict_id]
    values = [v.value for v in data.verdicts.values() if v.value is not None and not v.deleted]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.name}
    if verdict.value is not None and values:
        rating.update(ratingValue=verdict.value, bestRating=max(values), worstRating=min(values))
    appeared = [articles[i] for i in dict.fromkeys(spans[m][0] for m in claim.annotation_ids)]
    appearances = [_creative_work(article) for article in appeared]
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearances}
    dated = [article for article in appeared if article.date]
    first = min(dated, key=lambda article: article.date) if dated else appeared[0]
    item["firstAppearance"] = _creative_work(first)
    if first.date:
        item["datePublished"] = first.date
    claimant = _publisher(first)
    if claimant is not None:
        item["author"] = claimant
    organization = data.settings.get("organization", "").strip()
    author = (
        {"@type": "Organization", "name": organization}
        if organization
        else {"@type": "Person", "name": data.annotator_names.get(claim.annotator_id, "")}
    )
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": claim.wording or _first_quote(claim, articles, spans),
        "reviewRating": rating,
        "itemReviewed": item,
        "author": author,
        "datePublished": claim.modified[:10],
    }
    if claim.explanation:
        review["reviewBody"] = claim.explanation
    base = data.settings.get("claimreview_url_base", "").strip()
    if base:
        review["url"] = base + claim.id
    return review


def _publisher(article: Article) -> dict[str, Any] | None:
    """Who published the claim (Google's `itemReviewed.author`): the outlet of its first
    appearance, else that article's author."""
    if article.outlet:
        return {"@type": "Organization", "name": article.outlet}
    if article.author:
        return {"@type": "Person", "name": article.author}
    return None


def _creative_work(article: Article) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "NewsArticle", "headline": article.title}
    if article.url:
        work["url"] = article.url
    if article.date:
        work["datePublished"] = article.date
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    return work


def _first_quote(
    claim: Claim, articles: dict[str, Article], spans: dict[str, tuple[str, int, int]]
) -> str:
    article_id, start, end = spans[claim.annotation_ids[0]]
    return articles[article_id].text[start:end]
