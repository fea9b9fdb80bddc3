"""The language a document says it is in, where it says so: an HTML page's `<html lang>`
or `content-language`, a Word or OpenDocument file's default language, a PDF's /Lang, a
WebVTT file's `Language:` header. Each answer is a language Claimdesk reads
(`analysis.language.language_named`) or "" (none named, or one it does not read), and the
article is then told its language from its words, as before.

A hint is read from what the reader already has (the head of the page, a part of the zip)
and never fails an import: a missing or odd hint is no hint.
"""

from __future__ import annotations

from contextlib import suppress
from html.parser import HTMLParser
from typing import Any

from claimdesk.db.analysis.language import language_named
from claimdesk.db.storage.errors import ImportFailure

from .zipped_xml import zipped_xml

HEAD_CHARACTERS = 65_536
"""Where a page names its language: the `<html>` tag and `<head>`."""
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def html_language(html: str) -> str:
    """`<html lang>` (or `xml:lang`), else `<meta http-equiv="content-language">`."""
    head = _HeadLanguage()
    with suppress(_Done):
        head.feed(html[:HEAD_CHARACTERS])
    return language_named(head.lang) or language_named(head.content_language)


class _Done(Exception):
    """The head is read: the body says nothing of the page's language."""


class _HeadLanguage(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.content_language = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {key.lower(): value or "" for key, value in attrs}
        if tag == "html":
            self.lang = named.get("lang") or named.get("xml:lang", "")
        elif tag == "meta" and named.get("http-equiv", "").lower() == "content-language":
            self.content_language = named.get("content", "")
        elif tag == "body":
            raise _Done


def vtt_language(text: str) -> str:
    """A `Language: es` line of the header (before the first blank line)."""
    for line in text[:HEAD_CHARACTERS].replace("\r\n", "\n").replace("\r", "\n").split("\n")[1:]:
        if not line.strip():
            break
        name, _, value = line.partition(":")
        if name.strip().lower() == "language":
            return language_named(value)
    return ""


def docx_language(data: bytes) -> str:
    """The document defaults' language (`w:docDefaults`' `w:lang w:val`, in styles.xml)."""
    styles = _part(data, "word/styles.xml")
    found = None if styles is None else styles.find(f"{_W}docDefaults/{_W}rPrDefault//{_W}lang")
    return "" if found is None else language_named(found.get(f"{_W}val", ""))


def odt_language(data: bytes) -> str:
    """The default paragraph style's `fo:language` (styles.xml), else meta.xml's
    `dc:language`."""
    styles = _part(data, "styles.xml")
    if styles is not None:
        for default in styles.iter(f"{_STYLE}default-style"):
            properties = default.find(f"{_STYLE}text-properties")
            if default.get(f"{_STYLE}family") != "paragraph" or properties is None:
                continue
            if language := language_named(properties.get(f"{_FO}language", "")):
                return language
    meta = _part(data, "meta.xml")
    found = None if meta is None else meta.find(f".//{_DC}language")
    return "" if found is None else language_named(found.text or "")


def pdf_language(document: Any) -> str:
    """The catalog's /Lang of an open pypdfium2 `PdfDocument`."""
    import ctypes

    import pypdfium2.raw as raw

    size = raw.FPDFCatalog_GetLanguage(document.raw, None, 0)
    if not 2 < size <= 256:  # UTF-16LE with its terminator: a tag is short
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFCatalog_GetLanguage(document.raw, buffer, size)
    return language_named("".join(map(chr, buffer[:-1])))


def _part(data: bytes, part: str) -> Any:
    try:
        return zipped_xml(data, part, "document")
    except ImportFailure:
        return None
