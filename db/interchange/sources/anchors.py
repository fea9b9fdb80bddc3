"""Where an annotation sits in its source: the page, or the transcript cue's time range.

What the inspector shows and the exports write; an annotation is placed by its start
(a quote running over a page break belongs to the page it starts on)."""

from __future__ import annotations

from typing import Any

from claimdesk.db.records.article_sources import ArticleSource, article_source, clock
from claimdesk.db.storage.store_base import StoreBase


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


def anchor_label(store: StoreBase, article_id: str, start: int) -> str:
    """'page 3', '00:00:05.000–00:00:07.250 John Doe', or '' for an article without pages."""
    segment = article_source(store, article_id).segment_at(start)
    return segment.label() if segment is not None else ""
