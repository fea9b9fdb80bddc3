"""Identifiers and timestamps shared by every record in a project file."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

_lock = threading.Lock()
_last: datetime | None = None


def new_id() -> str:
    """A random UUID: records keep it for life, so they can be matched across merged files."""
    import uuid  # here, not at the top: a start that only reads saves the import (5 ms)

    return str(uuid.uuid4())


def stable_id(kind: str, name: str) -> str:
    """A UUID derived from a name, so default tags and verdicts match across projects."""
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://claimdesk.invalid/{kind}/{name}"))


def now() -> str:
    """UTC ISO-8601 with microseconds, strictly increasing within this process.

    Strictly increasing matters: merges keep the newer of two changes by comparing these
    strings, so two edits made in the same microsecond must still be ordered.
    """
    global _last
    with _lock:
        current = datetime.now(UTC)
        if _last is not None and current <= _last:
            current = _last + timedelta(microseconds=1)
        _last = current
    return format_time(current)


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
