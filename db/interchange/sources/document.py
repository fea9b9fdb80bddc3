"""What a source reader returns: the text, and where each page or cue starts in it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from claimdesk.db.records.article_sources import Segment


@dataclass(frozen=True)
class Page:
    """One page's (or cue's) text and what it is; its start is set when pages are joined."""

    text: str
    segment: Segment


@dataclass(frozen=True)
class Document:
    text: str
    title: str = ""
    segments: tuple[Segment, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str = ""
    """The language the document says it is in, where Claimdesk reads it (`language_hints`)."""

    @classmethod
    def from_pages(
        cls,
        pages: Iterable[Page],
        *,
        title: str = "",
        warnings: Iterable[str] = (),
        gap: str = "\n\n",
    ) -> Document:
        """Pages joined by `gap`; each segment starts at its page's first code point."""
        parts: list[str] = []
        segments: list[Segment] = []
        length = 0
        for page in pages:
            if parts:
                parts.append(gap)
                length += len(gap)
            segments.append(replace(page.segment, start=length))
            parts.append(page.text)
            length += len(page.text)
        return cls("".join(parts), title, tuple(segments), tuple(warnings))
