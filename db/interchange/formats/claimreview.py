"""schema.org ClaimReview (JSON-LD), one per rated claim: what search engines and fact-check
aggregators read.

The rating scale is the project's verdicts that carry a `value` (higher = truer), ranked:
`ratingValue` 1 is the least true of them (`worstRating`), the truest is `bestRating`. A
verdict without a value (Unverifiable, Misleading, a user's Satire) is off that scale and
is written with its name only (`name`, `alternateName`): rating it would rank it beside
False. The publisher is the project setting `organization`, else the claim's annotator;
each review's `url` is the setting `claimreview_url_base` followed by the claim id, and
without one the export is refused (Google requires `url`) unless the setting
`claimreview_allow_missing_url` is given for the export.

`itemReviewed.author` is the claimant: who made the claim (`claims.claimants`), the one the
claim itself names, else the one its appearances name most often (the earliest on a tie).
Never the outlet: a government figure reported by AP is the government's claim. A claim
naming no claimant, whose appearances name none either, has no author.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimdesk.db.claims.claimants import claim_claimant
from claimdesk.db.messages import message, message_n
from claimdesk.db.storage.errors import ValidationError

from .common import Ticker, atomic_file

if TYPE_CHECKING:
    from claimdesk.db.claims.claimants import Claimant
    from claimdesk.db.interchange.export import ExportData
    from claimdesk.db.records.model import Article, Claim

SUFFIX = ".json"
CONTEXT = "https://schema.org"
ALLOW_MISSING_URL = "claimreview_allow_missing_url"
"""An export setting: write reviews without `url` instead of refusing."""


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    reviews = claim_reviews(data)
    ticker.tick(ticker.total)
    with atomic_file(out, newline="\n") as handle:
        handle.write(json.dumps(reviews, ensure_ascii=False, indent=1))
        handle.write("\n")
    return [out]


def claim_reviews(data: ExportData) -> list[dict[str, Any]]:
    """One ClaimReview per rated claim, in the export's claim order: what `write` writes,
    and what a published report embeds (`db/report`), so the two cannot drift apart."""
    articles = {article.id: article for article in data.articles}
    spans = {a.id: (a.article_id, a.start, a.end) for a in data.annotations}
    evidence = {a.id: a.evidence for a in data.annotations}
    rated = [claim for claim in data.claims if claim.verdict_id]
    if rated and not data.settings.get("claimreview_url_base", "").strip():
        if not data.settings.get(ALLOW_MISSING_URL):
            raise ValidationError(
                message(
                    "ClaimReview needs a url for each review (Google requires one): give a "
                    "review URL base (--url-base), or allow none (--allow-missing-url)"
                )
            )
        data.left_out.append(
            message("no `url` (Google requires one): set the project setting claimreview_url_base")
        )
    scale = rating_scale(data)
    named = data.store.claimants_by_appearance()
    chosen = data.store.claimants_by_claim()
    reviews = [
        claim_review(
            data,
            claim,
            articles,
            spans,
            evidence,
            scale,
            _claimant(claim, named, chosen, articles, spans),
        )
        for claim in rated
    ]
    unrated = len(data.claims) - len(rated)
    if unrated:
        data.left_out.append(
            message_n(
                "%n claim has no rating yet; left out of ClaimReview",
                "%n claims have no rating yet; left out of ClaimReview",
                unrated,
            )
        )
    return reviews


def rating_scale(data: ExportData) -> dict[int, int]:
    """Each verdict value on the true/false scale → its rank (1 = least true)."""
    values = sorted(
        {v.value for v in data.verdicts.values() if v.value is not None and not v.deleted}
    )
    return {value: rank for rank, value in enumerate(values, start=1)}


def claim_review(
    data: ExportData,
    claim: Claim,
    articles: dict[str, Article],
    spans: dict[str, tuple[str, int, int]],
    evidence: dict[str, tuple[str, ...]],
    scale: dict[int, int],
    claimant: Claimant | None = None,
) -> dict[str, Any]:
    """One ClaimReview; `articles`, `spans` and `evidence` are lookups by id (article;
    annotation span and evidence); `scale` ranks verdict values (see `rating_scale`)."""
    assert claim.verdict_id is not None, "only claims with a verdict are written"
    verdict = data.verdicts[claim.verdict_id]
    rating: dict[str, Any] = {"@type": "Rating", "name": verdict.name}
    if verdict.value is not None and verdict.value in scale:
        rating.update(ratingValue=scale[verdict.value], bestRating=len(scale), worstRating=1)
    rating["alternateName"] = verdict.name
    appeared = [articles[i] for i in dict.fromkeys(spans[m][0] for m in claim.annotation_ids)]
    item: dict[str, Any] = {
        "@type": "Claim",
        "appearance": [_creative_work(data, article) for article in appeared],
    }
    dated = [article for article in appeared if article.date]
    first = min(dated, key=lambda article: article.date) if dated else appeared[0]
    item["firstAppearance"] = _creative_work(data, first)
    if first.date:
        item["datePublished"] = first.date
    if claimant is not None:
        item["author"] = {"@type": claimant.schema_type, "name": claimant.name}
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
    cited = dict.fromkeys(
        [*claim.evidence, *(url for m in claim.annotation_ids for url in evidence.get(m, ()))]
    )
    if cited:
        review["citation"] = [{"@type": "CreativeWork", "url": url} for url in cited]
    base = data.settings.get("claimreview_url_base", "").strip()
    if base:
        review["url"] = base + claim.id
    return review


def _claimant(
    claim: Claim,
    named: dict[tuple[str, str], Claimant],
    chosen: dict[str, Claimant],
    articles: dict[str, Article],
    spans: dict[str, tuple[str, int, int]],
) -> Claimant | None:
    """The claim's claimant (`claimants.claim_claimant`; undated appearances last)."""
    dated = sorted(claim.annotation_ids, key=lambda m: articles[spans[m][0]].date or "~")
    return claim_claimant(claim.id, dated, named, chosen)


def _creative_work(data: ExportData, article: Article) -> dict[str, Any]:
    """Where the claim appeared: the original URL the article's provenance records (a web
    archive's page, one typed in Article details) before the article's own, and the
    archived copy as schema.org `archivedAt`."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    source = data.sources.get(article.id)
    provenance = source.provenance if source is not None else None
    url = (provenance.original_url if provenance else "") or article.url
    if url:
        work["url"] = url
    if provenance is not None and provenance.archive_url:
        work["archivedAt"] = provenance.archive_url
    work["headline"] = article.title
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
