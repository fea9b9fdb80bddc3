"""Subtitles and transcripts (SubRip `.srt`, WebVTT `.vtt`): each cue's text and time range.

Cues become lines of the article, one blank line apart, each a segment carrying its
start and end (milliseconds) and, from a WebVTT voice tag `<v Jane Smith>`, its speaker.
Markup inside a cue (`<b>`, `<i>`, timestamps, classes) is dropped, never rendered.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import Segment
from claimdesk.db.rules.limits import MB
from claimdesk.db.storage.errors import ImportFailure

from .document import Document, Page
from .language_hints import vtt_language

MAX_TRANSCRIPT_BYTES = 10 * MB
MAX_CUES = 100_000
_TIMING = re.compile(
    r"^\s*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]*)>")
_TAG = re.compile(r"<[^>]*>")


def read_srt(text: str) -> Document:
    return _read(text, "SubRip")


def read_vtt(text: str) -> Document:
    if not text.lstrip("\ufeff").startswith("WEBVTT"):
        raise ImportFailure(message("is not a WebVTT file (it does not start with WEBVTT)"))
    return replace(_read(text, "WebVTT"), language=vtt_language(text))


def _read(text: str, kind: str) -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pages: list[Page] = []
    index = 0
    while index < len(lines):
        timing = _TIMING.match(lines[index])
        index += 1
        if timing is None:
            continue  # a cue number or identifier, a NOTE or STYLE block, a header
        body = []
        while index < len(lines) and lines[index].strip():
            body.append(lines[index])
            index += 1
        begin, end = (_milliseconds(value, index) for value in timing.groups())
        if end < begin:
            raise ImportFailure(message("line {index}: the cue ends before it starts", index=index))
        speaker, cue = _cue_text(body)
        if cue:
            pages.append(Page(cue, Segment(0, begin_ms=begin, end_ms=end, speaker=speaker)))
        if len(pages) > MAX_CUES:
            raise ImportFailure(message("has over {limit:,} cues", limit=MAX_CUES))
    if not pages:
        raise ImportFailure(message("has no {kind} cues with text", kind=kind))
    return Document.from_pages(pages, gap="\n")


def _milliseconds(value: str, line: int) -> int:
    *hours, minutes, seconds = value.replace(",", ".").split(":")
    whole, _, fraction = seconds.partition(".")
    if int(minutes) > 59 or int(whole) > 59:
        raise ImportFailure(
            message("line {line}: {value} is not a valid time", line=line, value=value)
        )
    total = (int(hours[0]) if hours else 0) * 3600 + int(minutes) * 60 + int(whole)
    return total * 1000 + int(fraction.ljust(3, "0")[:3])


def _cue_text(body: list[str]) -> tuple[str, str]:
    """(speaker, text): the first voice tag names the speaker, who leads the line as a
    transcript writes it ("Jane Smith: …"); tags and entities removed."""
    joined = " ".join(line.strip() for line in body)
    voice = _VOICE.search(joined)
    speaker = " ".join(html.unescape(voice.group(1)).split()) if voice else ""
    text = " ".join(html.unescape(_TAG.sub("", joined)).split())
    return speaker, f"{speaker}: {text}" if speaker and text else text
