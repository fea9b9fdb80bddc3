"""Where an article came from (provenance) and where its pages or cues begin (segments).

Kept in their own table, one row per imported article that has either, because the
article's text never changes: its page and cue starts (code points) are fixed at import,
while the provenance fields stay editable in Article details.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.rules.limits import TITLE_CHARS, URL_CHARS
from claimdesk.db.storage import article_source_rows
from claimdesk.db.storage.store_base import StoreBase

if TYPE_CHECKING:
    from claimdesk.db.storage.store import Store

PROVENANCE_FIELDS = ("file_name", "file_sha256", "original_url", "retrieved", "archive_url")
PROVENANCE_LABELS = {
    "file_name": "Source file",
    "file_sha256": "File SHA-256",
    "original_url": "Original URL",
    "retrieved": "Retrieved or captured",
    "archive_url": "Archive URL",
}
_LIMITS = {"file_name": URL_CHARS, "original_url": URL_CHARS, "archive_url": URL_CHARS}


@dataclass(frozen=True)
class Provenance:
    """What the file and the web said about an article's origin; every field optional."""

    file_name: str = ""
    file_sha256: str = ""
    original_url: str = ""
    retrieved: str = ""
    archive_url: str = ""

    def checked(self, where: str) -> Provenance:
        """Each field held to its length (text from a file, or typed by the user)."""
        values = {
            name: file_values.checked(
                " ".join(getattr(self, name).split()), where, name, _LIMITS.get(name, TITLE_CHARS)
            )
            for name in PROVENANCE_FIELDS
        }
        return Provenance(**values)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Segment:
    """A page of a document or a cue of a transcript, starting at code point `start`."""

    start: int
    page: int | None = None
    begin_ms: int | None = None
    end_ms: int | None = None
    speaker: str = ""

    def label(self) -> str:
        """How the inspector names it: 'page 3' or '00:01:02.000–00:01:05.500 Jane Smith'."""
        if self.page is not None:
            return f"page {self.page}"
        span = f"{clock(self.begin_ms or 0)}–{clock(self.end_ms or 0)}"
        return f"{span} {self.speaker}".strip()

    def to_json(self) -> dict[str, Any]:
        """The fields it has (a page has no times, a cue no page number)."""
        values = {field.name: getattr(self, field.name) for field in fields(self)}
        return {name: value for name, value in values.items() if value not in (None, "")}

    @classmethod
    def from_json(cls, item: Any) -> Segment | None:
        """A stored segment, or None when the file holds something else (never trusted)."""
        if not isinstance(item, dict) or type(item.get("start")) is not int:
            return None
        numbers = {
            name: value
            for name in ("page", "begin_ms", "end_ms")
            if type(value := item.get(name)) is int
        }
        speaker = item.get("speaker")
        return cls(item["start"], **numbers, speaker=speaker if isinstance(speaker, str) else "")


@dataclass(frozen=True)
class ArticleSource:
    """One article's provenance and segments (segments sorted by start)."""

    provenance: Provenance = field(default_factory=Provenance)
    segments: tuple[Segment, ...] = ()

    def segment_at(self, offset: int) -> Segment | None:
        """The page or cue holding code point `offset` (the last one starting at or before it)."""
        index = bisect_right([segment.start for segment in self.segments], offset) - 1
        return self.segments[index] if index >= 0 else None


def clock(milliseconds: int) -> str:
    """00:01:02.500: how transcripts write a time."""
    seconds, millis = divmod(milliseconds, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def save_article_source(store: StoreBase, article_id: str, source: ArticleSource) -> None:
    """Record an imported article's source (part of the caller's import transaction)."""
    provenance = source.provenance.checked(message("the source"))
    segments = json.dumps([segment.to_json() for segment in source.segments])
    with store.transaction():
        article_source_rows.insert_source(
            store, article_id, [getattr(provenance, name) for name in PROVENANCE_FIELDS], segments
        )


def article_source(store: StoreBase, article_id: str) -> ArticleSource:
    """The article's source; an empty one when it was imported without (text, paste)."""
    return article_sources(store, [article_id]).get(article_id, ArticleSource())


def article_sources(store: StoreBase, article_ids: list[str]) -> dict[str, ArticleSource]:
    """Sources by article id, for exports that look up many articles at once."""
    found: dict[str, ArticleSource] = {}
    for article_id, *values, segments in article_source_rows.sources_of(store, article_ids):
        found[article_id] = ArticleSource(Provenance(*values), _segments(segments))
    return found


def _segments(stored: str) -> tuple[Segment, ...]:
    try:
        items = json.loads(stored)
    except ValueError:
        return ()
    segments = (Segment.from_json(item) for item in (items if isinstance(items, list) else ()))
    return tuple(sorted((segment for segment in segments if segment), key=lambda s: s.start))


def update_provenance(store: StoreBase, article_id: str, **changes: str) -> Provenance:
    """Edit provenance fields (Article details); returns what was there before, for undo."""
    unknown = set(changes) - set(PROVENANCE_FIELDS)
    if unknown:
        raise ValueError(
            message("not a provenance field: {names}", names=", ".join(sorted(unknown)))
        )
    before = article_source(store, article_id).provenance
    after = replace(before, **changes).checked(message("the article's source"))
    with store.transaction():
        article_source_rows.put_provenance(
            store, article_id, [getattr(after, name) for name in PROVENANCE_FIELDS]
        )
    return before


def edit_article_details(store: Store, article_id: str, **changes: str) -> None:
    """Metadata (title, outlet…) and provenance fields edited together in one transaction,
    as Article details saves them."""
    provenance = {name: value for name, value in changes.items() if name in PROVENANCE_FIELDS}
    metadata = {name: value for name, value in changes.items() if name not in PROVENANCE_FIELDS}
    with store.transaction():
        if metadata:
            store.update_article(article_id, **metadata)
        if provenance:
            update_provenance(store, article_id, **provenance)


def carry_article_sources(store: StoreBase, other: str) -> None:
    """Merge: the sources of the attached project `other` for articles this project holds
    (matched by text, as merge matches articles) and has no source for; a source already
    here is kept. Each row is held to the same limits as an import's."""
    for article_id, *values, segments in article_source_rows.sources_to_carry(store, other):
        where = message("the source of article {article_id}", article_id=article_id)
        source = ArticleSource(Provenance(*map(str, values)).checked(where), _segments(segments))
        save_article_source(store, article_id, source)


def article_source_problems(store: StoreBase) -> list[str]:
    """For `check`: page and cue starts that are not a list of segments rising inside
    their article's text (a hand-edited or foreign file); reading skips such entries."""
    problems: list[str] = []
    for article_id, stored, length in article_source_rows.segments_with_lengths(store):
        where = message("article_sources {article_id}", article_id=article_id)
        try:
            items = json.loads(stored)
        except (TypeError, ValueError):
            problems.append(message("{where}: segments are not JSON", where=where))
            continue
        segments = [Segment.from_json(item) for item in items] if isinstance(items, list) else []
        starts = [segment.start for segment in segments if segment is not None]
        if not isinstance(items, list) or len(starts) != len(items):
            problems.append(
                message("{where}: segments must be a list of objects with a start", where=where)
            )
        elif starts != sorted(set(starts)) or any(not 0 <= s < max(length, 1) for s in starts):
            problems.append(
                message("{where}: segment starts must rise inside the article's text", where=where)
            )
    return problems
