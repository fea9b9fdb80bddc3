"""Reading one article file into a draft: decoding, line endings, the `date` line, HTML.

Everything here is pure (bytes in, `ArticleDraft` out) so every import path — files on
disk, files dropped on the window, pasted text — goes through the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import Provenance, Segment
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import ARTICLE_BYTES, TITLE_CHARS, URL_CHARS
from claimdesk.db.storage.errors import ClaimdeskError, ImportFailure

from .bounded_read import SQLITE_MAGIC, read_bounded, shown_path
from .sources.language_hints import html_language

MAX_FILE_BYTES = ARTICLE_BYTES
"""Larger files are refused (see `limits.ARTICLE_BYTES`)."""

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
DATASET_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".jsonld")
"""Annotation datasets (what `export` writes): never an article's text."""

DATE_LINE = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*(?:\r\n|\r|\n)?")
MARKDOWN_HEADING = re.compile(r"\A#{1,6}[ \t]+(.+?)[ \t#]*$")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


@dataclass(frozen=True)
class ArticleDraft:
    """An article ready to be stored, plus anything the user should be told about it."""

    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    source: str = ""
    warnings: tuple[str, ...] = field(default=())
    provenance: Provenance = field(default_factory=Provenance)
    segments: tuple[Segment, ...] = ()
    """Where each page or transcript cue starts (documents read by `sources`)."""
    language: str = ""
    """The language the file says it is in, where Claimdesk reads it; else told from its words."""


def read_article_file(path: Path) -> ArticleDraft:
    """Read a text, Markdown or saved-web-page file; `ImportFailure` says why it cannot be.

    Messages name the file as it can be shown: a name that is not valid UTF-8 (kept by
    Python as lone surrogates, which neither SQLite nor a terminal takes) shows the bad
    bytes as U+FFFD."""
    shown = shown_path(path)
    if path.suffix.lower() in DATASET_SUFFIXES:
        raise ImportFailure(
            message(
                "{file}: is a dataset file ({suffix}), not an article; bring its "
                "annotations in with `claimdesk import-annotations` (File > Import "
                "annotations)",
                file=shown,
                suffix=path.suffix.lower(),
            )
        )
    data = read_bounded(path, MAX_FILE_BYTES, message("one article"))
    if data.startswith(SQLITE_MAGIC):
        raise ImportFailure(
            message(
                "{file}: is an SQLite file (a Claimdesk project?), not an article; "
                "open it, or merge it into this project",
                file=shown,
            )
        )
    try:
        text, warnings = decode_article_bytes(data)
        if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
            draft = parse_html(text)
        else:
            draft = parse_article_text(text)
        _check_metadata(draft)
    except ClaimdeskError as error:
        raise ImportFailure(message("{file}: {error}", file=shown, error=error)) from error
    return replace(
        draft,
        source=shown,
        warnings=tuple(
            message("{file}: {warning}", file=shown, warning=warning)
            for warning in (*warnings, *draft.warnings)
        ),
    )


def _check_metadata(draft: ArticleDraft) -> None:
    """A saved web page's metadata is the page author's: held to the same limits."""
    for name in ("title", "outlet", "author", "date"):
        file_values.checked(getattr(draft, name), message("the page"), name, TITLE_CHARS)
    file_values.checked(draft.url, message("the page"), "url", URL_CHARS)


def decode_article_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode UTF-8 (BOM or not), UTF-16 with a BOM, else a detected legacy encoding."""
    if not data.strip():
        raise ImportFailure(message("the file is empty"))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as error:
                raise ImportFailure(
                    message(
                        "starts like {encoding} but is not valid at byte {start}",
                        encoding=encoding.upper(),
                        start=error.start,
                    )
                ) from error
    if b"\x00" in data[:8192]:
        raise ImportFailure(message("looks like a binary file, not text"))
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as utf8_error:
        return _decode_legacy(data, utf8_error)


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, list[str]]:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or not _mostly_printable(str(match)):
        raise ImportFailure(
            message(
                "cannot be decoded: not UTF-8 (invalid byte at {start}) and no other encoding fits",
                start=utf8_error.start,
            )
        )
    return str(match), [
        message("not UTF-8; read as {encoding} (detected), check the text", encoding=match.encoding)
    ]


def _mostly_printable(text: str) -> bool:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return controls <= max(1, len(text) // 1000)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_article_text(text: str) -> ArticleDraft:
    """Plain text or Markdown: a leading `date YYYY-MM-DD` line is metadata, not body."""
    text = normalise_newlines(text).removeprefix("\ufeff")
    date = ""
    match = DATE_LINE.match(text)
    if match:
        date = match.group(1)
        text = text[match.end() :].lstrip("\n")
    if not text.strip():
        raise ImportFailure(message("the file has no text"))
    if "\x00" in text:
        raise ImportFailure(message("contains NUL characters: a binary file, not text"))
    title = ""
    first_line = text.lstrip().split("\n", 1)[0]
    heading = MARKDOWN_HEADING.match(first_line)
    if heading:
        title = heading.group(1)
    return ArticleDraft(text, title=title, date=date)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def parse_html(html: str) -> ArticleDraft:
    """Main text and metadata of a saved web page, by trafilatura; the HTML is never rendered."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    body = normalise_newlines(getattr(document, "text", None) or "") if document else ""
    if not body.strip():
        raise ImportFailure(message("no article text found in the web page"))
    assert document is not None and not isinstance(document, dict)  # as_dict=False: a Document
    return ArticleDraft(
        body,
        title=document.title or "",
        outlet=document.sitename or "",
        author=document.author or "",
        date=document.date or "",
        url=document.url or "",
        language=html_language(html),
    )
