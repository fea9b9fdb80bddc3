"""An article's provenance and page or cue starts as a dataset file carries them (W3C's
`articles` entries, `w3c.source_iri`; JSONL's `provenance`), read back when the import
adds the article. Nothing of it is trusted: each field is checked like typed text, and
the starts must rise within the article's text."""

from __future__ import annotations

from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import (
    PROVENANCE_FIELDS,
    ArticleSource,
    Provenance,
    Segment,
)
from claimdesk.db.rules import file_values as values
from claimdesk.db.rules.limits import NAME_CHARS, URL_CHARS
from claimdesk.db.storage.errors import ValidationError

MAX_SEGMENTS = 100_000
"""More page or cue starts than any real document has (a 5,000-page PDF, a long hearing)."""


def carried_source(fields: dict[str, Any], text: str | None, where: str) -> ArticleSource | None:
    """The `provenance` and `segments` of an article entry, or None when it has neither;
    `ValidationError` naming the place when one is malformed."""
    provenance, segments = fields.get("provenance"), fields.get("segments")
    if provenance is None and segments is None:
        return None
    if provenance is not None and not isinstance(provenance, dict):
        raise ValidationError(message('{where}: "provenance" must be an object', where=where))
    found = {
        name: values.text((provenance or {}).get(name), where, name, URL_CHARS)
        for name in PROVENANCE_FIELDS
    }
    return ArticleSource(
        Provenance(**found).checked(where), _segments(segments, len(text or ""), where)
    )


def _segments(items: Any, length: int, where: str) -> tuple[Segment, ...]:
    if items is None:
        return ()
    if not isinstance(items, list) or len(items) > MAX_SEGMENTS:
        raise ValidationError(
            message(
                '{where}: "segments" must be a list of at most {limit:,}',
                where=where,
                limit=MAX_SEGMENTS,
            )
        )
    segments: list[Segment] = []
    for index, item in enumerate(items):
        segment = Segment.from_json(item)
        if segment is None or not 0 <= segment.start <= length:
            raise ValidationError(
                message(
                    "{where}: segment {number} needs a start within the article's text",
                    where=where,
                    number=index + 1,
                )
            )
        if segments and segment.start < segments[-1].start:
            raise ValidationError(
                message(
                    "{where}: segment {number} starts before the one before",
                    where=where,
                    number=index + 1,
                )
            )
        values.checked(segment.speaker, where, "speaker", NAME_CHARS)
        segments.append(segment)
    return tuple(segments)
