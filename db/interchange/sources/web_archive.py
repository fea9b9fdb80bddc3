"""Web archives (`.warc`, `.warc.gz` by warcio; `.wacz`, a zip holding WARCs): their pages.

An archive may hold gigabytes of images and scripts around a few pages, so it is read as a
stream, record by record, keeping only each HTML page's place (its number among the
archive's pages), URL and capture time; the chosen pages are read again and go through the
same main-text extraction as a saved web page. Each page is read through a bounded stream.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from claimdesk.db.messages import message
from claimdesk.db.rules.limits import ARTICLE_BYTES
from claimdesk.db.storage.errors import ImportFailure

from .files import checked_source

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wacz")
MAX_PAGE_BYTES = ARTICLE_BYTES
MAX_RECORDS = 2_000_000
MAX_PACKING = 100
"""A WARC inside a WACZ is stored, or deflated a few times smaller: far more is a bomb."""
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class CapturedPage:
    """An HTML page captured in the archive; `number` counts pages from 1 in archive order."""

    number: int
    url: str
    captured: str
    """WARC-Date, as the archive wrote it (ISO 8601, UTC)."""
    html: bytes = b""
    problem: str = ""
    """Why the page cannot be read (over the size limit); its HTML is then empty."""


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def list_pages(path: Path, cancelled: Callable[[], bool] | None = None) -> list[CapturedPage]:
    """Every HTML page in the archive, without its content (memory stays flat)."""
    return list(_pages(path, lambda page: False, cancelled))


def read_pages(
    path: Path, numbers: set[int] | None = None, cancelled: Callable[[], bool] | None = None
) -> Iterator[CapturedPage]:
    """The chosen pages (all when `numbers` is None) with their HTML bytes."""
    wanted: Callable[[int], bool] = lambda number: numbers is None or number in numbers  # noqa: E731
    return (page for page in _pages(path, wanted, cancelled) if wanted(page.number))


def _pages(
    path: Path, wanted: Callable[[int], bool], cancelled: Callable[[], bool] | None
) -> Iterator[CapturedPage]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    checked_source(path, "a web archive")
    number = 0
    with ExitStack() as stack:
        try:
            for stream in _warc_streams(path, stack):
                for count, record in enumerate(ArchiveIterator(stream, arc2warc=True)):
                    if count > MAX_RECORDS:
                        raise ImportFailure(
                            message("holds over {limit:,} records", limit=MAX_RECORDS)
                        )
                    if cancelled is not None and cancelled():
                        return
                    if not _is_html_page(record):
                        continue
                    number += 1
                    url = record.rec_headers.get_header("WARC-Target-URI") or ""
                    date = record.rec_headers.get_header("WARC-Date") or ""
                    if not wanted(number):
                        yield CapturedPage(number, url, date)
                        continue
                    html = record.content_stream().read(MAX_PAGE_BYTES + 1)
                    if len(html) > MAX_PAGE_BYTES:
                        yield CapturedPage(
                            number, url, date, problem=message("over the size limit")
                        )
                    elif getattr(record.raw_stream, "limit", 0) > 0:  # bytes promised, not there
                        yield CapturedPage(
                            number, url, date, problem=message("cut short (truncated)")
                        )
                    else:
                        yield CapturedPage(number, url, date, html)
        except ArchiveLoadFailed:
            raise ImportFailure(
                message("is not a readable web archive (no WARC records found)")
            ) from None
        except (OSError, EOFError, ValueError, zipfile.BadZipFile) as error:
            raise ImportFailure(message("is damaged or truncated ({error})", error=error)) from None


def _warc_streams(path: Path, stack: ExitStack) -> Iterator[IO[bytes]]:
    """The file itself, or each WARC inside a WACZ (streamed out of the zip)."""
    file = stack.enter_context(open(path, "rb"))  # noqa: SIM115 (the stack closes it)
    if not path.name.lower().endswith(".wacz"):
        yield file
        return
    try:
        archive = stack.enter_context(zipfile.ZipFile(file))
    except zipfile.BadZipFile:
        raise ImportFailure(message("is not a readable WACZ (not a zip archive)")) from None
    members = [
        info
        for info in archive.infolist()
        if info.filename.startswith("archive/") and info.filename.endswith((".warc", ".warc.gz"))
    ]
    if not members:
        raise ImportFailure(message("is a zip with no archive/*.warc(.gz) inside: not a WACZ"))
    for info in members:
        if info.file_size > MAX_PACKING * max(info.compress_size, 1):
            raise ImportFailure(
                message(
                    "{filename} would unpack to {file_size:,} bytes from {compress_size:,} "
                    "(a zip bomb?)",
                    filename=info.filename,
                    file_size=info.file_size,
                    compress_size=info.compress_size,
                )
            )
        yield stack.enter_context(archive.open(info))


def _is_html_page(record) -> bool:  # type: ignore[no-untyped-def]  # a warcio ArcWarcRecord
    if record.rec_type not in ("response", "resource"):
        return False
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None or headers.get_statuscode() != "200":
            return False
        media = headers.get_header("Content-Type") or ""
    else:
        media = record.rec_headers.get_header("Content-Type") or ""
    return media.split(";")[0].strip().lower() in _HTML_TYPES
