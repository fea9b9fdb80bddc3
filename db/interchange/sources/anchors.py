"""Where an annotation sits in its source: the page, or the transcript cue's time range.

What the inspector shows and the exports write; an annotation is placed by its start
(a quote running over a page break belongs to the page it starts on)."""

from __future__ import annotations

from typing import Any

from claimdesk.db.records.article_sources import ArticleSource, clock


def anchor_fields(source: ArticleSource | None, start: int) -> dict[str, Any]:
    """{"page": 3 or None, "time_start", "time_end", "speaker"} (None where not known)."""
    segment = source.segment_at(start) if source is not None else None
    timed = segment is not None and segment.begin_ms is not None
    return {
        "page": segment.page if segment is not None else None,
        "time_start": clock(segment.begin_ms or 0) if timed and segment else None,
        "time_end": clock(segment.end_ms or 0) if timed and segment else None,
        "speaker": (segment.speaker or None) if timed and segment else None,
    }
