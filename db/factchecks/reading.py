"""Reading fact-check archives: schema.org ClaimReview JSON-LD (one review, a list, an
`@graph`, or a `DataFeed` of them, as aggregators publish) and the JSON that Google Fact
Check Tools' `claims:search` answers.

Everything in the file is untrusted: it is read bounded (`bounded_read`), parsed with a
depth limit (`json_input`), and every value goes through `file_values`; what cannot be
read is one line naming the file and the record, and nothing is imported from that file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimdesk.db.interchange.bounded_read import shown_path
from claimdesk.db.interchange.formats.json_input import parse_json, read_dataset_text
from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import NAME_CHARS, QUOTE_CHARS, URL_CHARS
from claimdesk.db.storage.errors import ValidationError

from .records import FactCheck

MAX_CHECKS = 200_000
"""Fact-checks in one file: the largest public feeds hold some tens of thousands."""


def read_fact_checks(path: Path) -> list[FactCheck]:
    """Every fact-check in the file, or ValidationError with one line saying what is wrong."""
    where = shown_path(path)
    document = parse_json(read_dataset_text(path), where)
    if isinstance(document, dict) and isinstance(document.get("claims"), list):
        checks = _google_claims(document["claims"], where)
    else:
        checks = _claim_reviews(_reviews_in(document, where), where)
    if not checks:
        raise ValidationError(
            message("{where}: holds no fact-check (no ClaimReview, no claims)", where=where)
        )
    return checks


def _reviews_in(document: Any, where: str) -> list[Any]:
    """The ClaimReview objects of a JSON-LD document, a list, an @graph or a DataFeed."""
    if isinstance(document, list):
        return [review for item in document for review in _reviews_in(item, where)]
    if not isinstance(document, dict):
        raise ValidationError(
            message("{where}: neither ClaimReview JSON-LD nor claims:search JSON", where=where)
        )
    if "@graph" in document:
        return _reviews_in(_listed(document["@graph"], where, "@graph"), where)
    if _is_type(document, "DataFeed"):
        elements = _listed(document.get("dataFeedElement"), where, "dataFeedElement")
        return [review for element in elements for review in _feed_item(element, where)]
    return [document] if _is_type(document, "ClaimReview") else []


def _feed_item(element: dict[str, Any], where: str) -> list[Any]:
    """A DataFeed element: a DataFeedItem whose `item` holds reviews, or a review itself."""
    if _is_type(element, "DataFeedItem"):
        return _reviews_in(_listed(element.get("item"), where, "item"), where)
    return _reviews_in(element, where)


def _claim_reviews(reviews: list[Any], where: str) -> list[FactCheck]:
    _count(reviews, where)
    checks = []
    for number, review in enumerate(reviews, 1):
        place = message("{where}: ClaimReview {number}", where=where, number=number)
        item = _object(review.get("itemReviewed"), place, "itemReviewed")
        rating = _object(review.get("reviewRating"), place, "reviewRating")
        publisher = _object(review.get("author"), place, "author")
        checks.append(
            _check(
                place,
                claim=review.get("claimReviewed"),
                claimant=_name(item.get("author"), place, "itemReviewed.author"),
                rating=rating.get("alternateName") or rating.get("name"),
                publisher=publisher.get("name"),
                url=review.get("url"),
                date=review.get("datePublished") or item.get("datePublished"),
                language=review.get("inLanguage"),
            )
        )
    return checks


def _google_claims(claims: list[Any], where: str) -> list[FactCheck]:
    checks = []
    for number, claim in enumerate(claims, 1):
        place = message("{where}: claim {number}", where=where, number=number)
        if not isinstance(claim, dict):
            raise ValidationError(message("{place}: must be an object", place=place))
        for review in _listed(claim.get("claimReview"), place, "claimReview"):
            publisher = _object(review.get("publisher"), place, "publisher")
            checks.append(
                _check(
                    place,
                    claim=claim.get("text"),
                    claimant=claim.get("claimant"),
                    rating=review.get("textualRating"),
                    publisher=publisher.get("name") or publisher.get("site"),
                    url=review.get("url"),
                    date=review.get("reviewDate") or claim.get("claimDate"),
                    language=review.get("languageCode"),
                )
            )
        _count(checks, where)
    return checks


def _check(place: str, **values: Any) -> FactCheck:
    claim = file_values.text(values["claim"], place, "claim", QUOTE_CHARS).strip()
    if not claim:
        raise ValidationError(
            message("{place}: has no claim (the claim reviewed is missing or empty)", place=place)
        )
    fields = {"claim": claim}
    limits = {"claimant": NAME_CHARS, "rating": NAME_CHARS, "publisher": NAME_CHARS,
              "url": URL_CHARS, "date": 40, "language": 20}  # fmt: skip
    for field, limit in limits.items():
        fields[field] = " ".join(file_values.text(values[field], place, field, limit).split())
    if fields["url"] and not fields["url"].startswith(("http://", "https://")):
        raise ValidationError(message('{place}: "url" is not a web address', place=place))
    return FactCheck(**fields)


def _is_type(value: Any, kind: str) -> bool:
    if not isinstance(value, dict):
        return False
    declared = value.get("@type")
    return declared == kind or (isinstance(declared, list) and kind in declared)


def _listed(value: Any, where: str, field: str) -> list[Any]:
    """A field that may hold one object or a list of them, as a list of objects."""
    items = value if isinstance(value, list) else [] if value is None else [value]
    if not all(isinstance(item, dict) for item in items):
        raise ValidationError(
            message('{where}: "{field}" must hold objects', where=where, field=field)
        )
    return items


def _object(value: Any, where: str, field: str) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return value[0]  # schema.org allows several; the first is the one shown
    if not isinstance(value, dict):
        raise ValidationError(
            message('{where}: "{field}" must be an object', where=where, field=field)
        )
    return value


def _name(value: Any, where: str, field: str) -> Any:
    return (
        value
        if isinstance(value, str) or value is None
        else _object(value, where, field).get("name")
    )


def _count(items: list[Any], where: str) -> None:
    if len(items) > MAX_CHECKS:
        raise ValidationError(
            message(
                "{where}: holds over {limit:,} fact-checks; split it", where=where, limit=MAX_CHECKS
            )
        )


def fact_checks_from_reviews(reviews: list[dict[str, Any]], where: str) -> list[FactCheck]:
    """The fact-checks that ClaimReview objects (a published report's) say."""
    return _claim_reviews(reviews, where)
