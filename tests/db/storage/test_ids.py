"""Record ids: unique between people and machines, and in creation order over time."""

from __future__ import annotations

import uuid

from claimdesk.db.storage import clock
from claimdesk.db.storage.clock import new_id


def test_ids_are_rfc_4122_version_7_uuids_and_never_repeat():
    ids = [new_id() for _ in range(2_000)]
    assert len(set(ids)) == len(ids)
    for value in ids[:50]:
        parsed = uuid.UUID(value)
        assert (parsed.version, parsed.variant) == (7, uuid.RFC_4122)
        assert str(parsed) == value


def test_a_record_made_later_gets_an_id_that_sorts_after(monkeypatch):
    milliseconds = iter([1_790_000_000_000, 1_790_000_000_001, 1_800_000_000_000])
    monkeypatch.setattr(clock.time, "time_ns", lambda: next(milliseconds) * 1_000_000)
    first, second, third = new_id(), new_id(), new_id()
    assert first < second < third
    assert uuid.UUID(first).int >> 80 == 1_790_000_000_000  # the clock, in ms, leads
