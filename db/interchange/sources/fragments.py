"""An annotation's page or time range as a W3C `FragmentSelector`, written and read back.

A PDF page is `page=N` (RFC 3778, the `application/pdf` fragment); a transcript cue is
`t=start,end` in seconds (W3C Media Fragments, normal play time). Claimdesk writes one
beside the TextQuote and TextPosition selectors; reading, it only checks it against where
the quote was placed (the article's pages and cues are fixed at its import), since the
page cannot move a quote. A fragment of another kind (an SVG region, a CSS selector) is
not Claimdesk's to judge and is passed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import ArticleSource, Segment, article_source, clock
from claimdesk.db.storage.store_base import StoreBase

PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"
MEDIA_FRAGMENT = "http://www.w3.org/TR/media-frags/"
_PAGE = re.compile(r"\Apage=(\d{1,6})\Z")
_TIME = re.compile(r"\At=(?:npt:)?(\d{1,7}(?:\.\d{1,3})?),(\d{1,7}(?:\.\d{1,3})?)\Z")


@dataclass(frozen=True)
class Fragment:
    """A page, or a time range in milliseconds."""

    page: int | None = None
    begin_ms: int | None = None
    end_ms: int | None = None

    def label(self) -> str:
        if self.page is not None:
            return f"page {self.page}"
        return f"{clock(self.begin_ms or 0)}–{clock(self.end_ms or 0)}"

    def matches(self, segment: Segment | None) -> bool:
        """Whether the page or cue the quote sits in is this one."""
        if segment is None:
            return False
        if self.page is not None:
            return segment.page == self.page
        return (segment.begin_ms, segment.end_ms) == (self.begin_ms, self.end_ms)


def fragment_selector(segment: Segment | None) -> dict[str, str] | None:
    """The selector for the page or cue an annotation starts in (None outside any)."""
    if segment is None:
        return None
    if segment.page is not None:
        return {
            "type": "FragmentSelector",
            "conformsTo": PDF_FRAGMENT,
            "value": f"page={segment.page}",
        }
    if segment.begin_ms is not None and segment.end_ms is not None:
        value = f"t={_seconds(segment.begin_ms)},{_seconds(segment.end_ms)}"
        return {"type": "FragmentSelector", "conformsTo": MEDIA_FRAGMENT, "value": value}
    return None


def read_fragment(selector: dict[str, Any]) -> Fragment | str | None:
    """The page or time range, a one-line problem with it, or None when it is another
    kind of fragment (conformsTo names neither standard)."""
    conforms = selector.get("conformsTo")
    value = selector.get("value")
    if conforms not in (PDF_FRAGMENT, MEDIA_FRAGMENT):
        return None
    if not isinstance(value, str):
        return "its FragmentSelector has no text value"
    shown = " ".join(value.split())[:40]
    if conforms == PDF_FRAGMENT:
        page = _PAGE.match(value)
        if page is None or int(page.group(1)) < 1:
            return f"its FragmentSelector “{shown}” is not page=N"
        return Fragment(page=int(page.group(1)))
    times = _TIME.match(value)
    if times is None:
        return f"its FragmentSelector “{shown}” is not t=start,end in seconds"
    begin, end = (round(float(part) * 1000) for part in times.groups())
    if end < begin:
        return f"its FragmentSelector “{shown}” ends before it starts"
    return Fragment(begin_ms=begin, end_ms=end)


def _seconds(milliseconds: int) -> str:
    """5000 → '5', 7250 → '7.25': NPT seconds, as short as exact."""
    whole, millis = divmod(milliseconds, 1000)
    return f"{whole}.{millis:03d}".rstrip("0").rstrip(".") if millis else str(whole)


class FragmentCheck:
    """Compares each imported annotation's fragment with where its quote was placed (the
    articles' sources read once each) and says, in a few lines, which disagreed."""

    SHOWN = 5

    def __init__(self, store: StoreBase):
        self._store = store
        self._sources: dict[str, ArticleSource] = {}
        self._wrong: list[str] = []
        self._unpaged = 0

    def check(self, fragment: Fragment, article_id: str, start: int, where: str) -> None:
        if article_id not in self._sources:
            self._sources[article_id] = article_source(self._store, article_id)
        source = self._sources[article_id]
        if not source.segments:
            self._unpaged += 1
            return
        segment = source.segment_at(start)
        if not fragment.matches(segment):
            placed = segment.label() if segment is not None else message("no page")
            self._wrong.append(
                message(
                    "{where}: its FragmentSelector says {fragment} but the quote is on"
                    " {placed}; the fragment is ignored",
                    where=where,
                    fragment=fragment.label(),
                    placed=placed,
                )
            )

    def remarks(self) -> list[str]:
        lines = self._wrong[: self.SHOWN]
        if len(self._wrong) > self.SHOWN:
            lines.append(
                message(
                    "…and {count} more FragmentSelectors ignored",
                    count=len(self._wrong) - self.SHOWN,
                )
            )
        if self._unpaged:
            lines.append(
                message(
                    "{count} page or time FragmentSelector(s) not checked: their article"
                    " here has no pages or cues",
                    count=self._unpaged,
                )
            )
        return lines
