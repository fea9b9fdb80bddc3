"""An article's provenance as the IRI a W3C target's `source` names, and back.

Where the article came from the web, its original URL; where it came from a file with no
URL, that file's SHA-256 as an RFC 6920 named-information IRI (`ni:///sha-256;…`, base64url
without padding); otherwise the article itself (`urn:uuid:<id>`). Its capture time and
archived copy ride beside it as the model's TimeState (`sourceDate`, `cached`). Reading
back, an IRI names the project's article with that provenance (or that URL); where several
share it (two captures of one page), the one with the quote at the annotation's place.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import TYPE_CHECKING, Any

from claimdesk.db.records.article_sources import ArticleSource
from claimdesk.db.records.model import Article
from claimdesk.db.storage import import_rows, source_rows

if TYPE_CHECKING:
    from claimdesk.db.storage.store import Store

from ..formats.common import w3c_time

URN = "urn:uuid:"
NI_SHA256 = "ni:///sha-256;"
_WEB_URL = re.compile(r"\Ahttps?://[^\s\"<>\\^`{|}]+\Z")
_SHA256 = re.compile(r"\A[0-9a-f]{64}\Z")


def source_iri(article: Article, source: ArticleSource | None) -> str:
    """What a target's `source` names for this article (see the module's docstring)."""
    provenance = source.provenance if source is not None else None
    if provenance is not None and _WEB_URL.match(provenance.original_url):
        return provenance.original_url
    if provenance is not None and _SHA256.match(provenance.file_sha256):
        digest = base64.urlsafe_b64encode(bytes.fromhex(provenance.file_sha256))
        return NI_SHA256 + digest.decode("ascii").rstrip("=")
    return URN + article.id


def time_state(source: ArticleSource | None) -> dict[str, Any]:
    """`{"state": TimeState}` with the capture time and archived copy, where known."""
    if source is None:
        return {}
    state: dict[str, str] = {}
    try:
        if source.provenance.retrieved:
            state["sourceDate"] = w3c_time(source.provenance.retrieved)
    except (ValueError, OverflowError):
        pass  # typed by hand and not a date: left out
    if _WEB_URL.match(source.provenance.archive_url):
        state["cached"] = source.provenance.archive_url
    return {"state": {"type": "TimeState", **state}} if state else {}


def source_article(store: Store, iri: str, quote: str | None, start: int, end: int) -> str | None:
    """The id of the project's article a `source` IRI names, or None when none does (or
    several do and none holds the quote at `start`)."""
    if iri.startswith(NI_SHA256):
        found = source_rows.articles_from(store, "file_sha256", _hex(iri[len(NI_SHA256) :]))
    else:
        found = source_rows.articles_from(store, "original_url", iri)
        if not found:
            by_url = import_rows.article_with_url(store, iri)
            found = [by_url] if by_url else []
    if len(found) == 1:
        return found[0]
    for article_id in found:
        if quote and store.article_text(article_id)[start:end] == quote:
            return article_id
    return None


def _hex(named: str) -> str:
    try:
        return base64.urlsafe_b64decode(named + "=" * (-len(named) % 4)).hex()
    except (binascii.Error, ValueError):
        return ""
