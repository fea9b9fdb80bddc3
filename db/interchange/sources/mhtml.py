"""A page saved "as a single file" (MHTML, `.mhtml`/`.mht`): its HTML part as an article.

MHTML is a MIME message (RFC 2557), so the standard library's email parser reads it; the
file is read bounded first, and a decoded part is never larger than its encoded bytes.
Chromium writes the page's URL in `Snapshot-Content-Location` and the save time in
`Date`; older writers (Internet Explorer, Word) name the URL only in the HTML part's
`Content-Location`. The first `text/html` part is the page (Chromium's main frame comes
first; frames and images follow) and goes through the same main-text extraction as a
saved web page. Nothing in the file is fetched or rendered.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
from dataclasses import replace
from datetime import UTC
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path

from claimdesk.db import messages
from claimdesk.db.records.article_sources import Provenance
from claimdesk.db.rules.limits import ARTICLE_BYTES, MB
from claimdesk.db.storage.errors import ClaimdeskError, ImportFailure

from ..article_files import ArticleDraft, decode_article_bytes, parse_html
from ..bounded_read import read_bounded, shown_path

MHTML_SUFFIXES = (".mhtml", ".mht")
MAX_MHTML_BYTES = 50 * MB
"""The whole file, images and styles included."""
MAX_PARTS = 10_000


def is_mhtml(path: Path) -> bool:
    return path.suffix.lower() in MHTML_SUFFIXES


def read_mhtml_file(path: Path) -> ArticleDraft:
    """The page's main text, metadata and provenance; `ImportFailure` with one line."""
    shown = shown_path(path)
    data = read_bounded(path, MAX_MHTML_BYTES, messages.message("a saved page (MHTML)"))
    try:
        message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
        part = _html_part(message)
        html, warnings = _html_text(part)
        draft = parse_html(html)
    except ClaimdeskError as error:
        raise ImportFailure(messages.message("{file}: {error}", file=shown, error=error)) from None
    url = _web_url(message.get("Snapshot-Content-Location")) or _web_url(
        part.get("Content-Location")
    )
    provenance = Provenance(
        file_name=shown_path(path.name),
        file_sha256=hashlib.sha256(data).hexdigest(),
        original_url=url,
        retrieved=_capture_time(message.get("Date")),
    )
    return replace(
        draft,
        url=url or draft.url,
        source=shown,
        provenance=provenance,
        warnings=tuple(
            messages.message("{file}: {warning}", file=shown, warning=warning)
            for warning in warnings
        ),
    )


def _html_part(message: Message) -> Message:
    if not message.is_multipart():
        if message.get_content_type() in ("text/html", "application/xhtml+xml"):
            return message
        raise ImportFailure(
            messages.message("is not a saved web page (MHTML): no multipart/related message")
        )
    for index, part in enumerate(message.walk()):
        if index > MAX_PARTS:
            raise ImportFailure(messages.message("has over {limit:,} parts", limit=MAX_PARTS))
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            return part
    raise ImportFailure(messages.message("holds no HTML page (no text/html part)"))


def _html_text(part: Message) -> tuple[str, list[str]]:
    """The part's HTML as text: its declared charset, else as a saved page is decoded."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ImportFailure(messages.message("its HTML part is empty"))
    if len(payload) > ARTICLE_BYTES:
        raise ImportFailure(messages.message("its HTML part is over the size limit of one article"))
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset), []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: detect instead, as for a saved page
    return decode_article_bytes(payload)


def _web_url(value: str | None) -> str:
    """An http(s) URL as written (Chromium's `cid:` and `file:` locations are not one)."""
    url = " ".join(str(value or "").split())
    return url if url.lower().startswith(("http://", "https://")) else ""


def _capture_time(value: str | None) -> str:
    """The `Date` header (RFC 5322) as ISO 8601 UTC, as a WARC-Date is; '' if unreadable."""
    if not value:
        return ""
    try:
        moment = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return ""
    if moment.tzinfo is None:  # "-0000": UTC, the writer's zone unknown (RFC 5322 3.3)
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
