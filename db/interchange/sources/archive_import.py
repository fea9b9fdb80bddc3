"""A web archive's chosen pages as article drafts, each with its URL and capture time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import Provenance
from claimdesk.db.storage.errors import ClaimdeskError, ImportFailure

from ..article_files import ArticleDraft, decode_article_bytes, parse_html
from ..bounded_read import shown_path
from .files import file_sha256
from .web_archive import CapturedPage, read_pages


def archive_drafts(
    path: Path, chosen: set[int] | None, cancelled: Callable[[], bool] | None = None
) -> Iterator[tuple[str, ArticleDraft | ImportFailure]]:
    """(where, draft or the one-line reason it cannot be) for each chosen page, streamed.

    A failure of the archive itself (damaged, not an archive) raises ImportFailure."""
    shown = shown_path(path)
    try:
        digest = file_sha256(path)
        for page in read_pages(path, chosen, cancelled):
            place = message(
                "{file}, page {number} ({url})", file=shown, number=page.number, url=page.url
            )
            yield place, _draft(page, place, shown, path, digest)
    except ImportFailure as error:
        raise ImportFailure(message("{file}: {error}", file=shown, error=error)) from None
    except OSError as error:
        raise ImportFailure(
            message("{file}: cannot be read ({reason})", file=shown, reason=error.strerror or error)
        ) from None


def _draft(
    page: CapturedPage, place: str, shown: str, path: Path, digest: str
) -> ArticleDraft | ImportFailure:
    if page.problem:
        return ImportFailure(message("{place}: {problem}", place=place, problem=page.problem))
    try:
        text, warnings = decode_article_bytes(page.html)
        draft = parse_html(text)
    except ClaimdeskError as error:
        return ImportFailure(message("{place}: {error}", place=place, error=error))
    provenance = Provenance(
        file_name=shown_path(path.name),
        file_sha256=digest,
        original_url=page.url,
        retrieved=page.captured,
    )
    return replace(
        draft,
        url=page.url or draft.url,
        source=f"{shown} ({page.url})",
        provenance=provenance,
        warnings=tuple(
            message("{place}: {warning}", place=place, warning=warning) for warning in warnings
        ),
    )
