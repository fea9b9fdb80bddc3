"""Blind double annotation: while it is on, each annotator sees only their own work.

Agreement between two fact-checkers means something only when neither saw the other's
annotations. The project remembers since when it has been blind (a project setting,
written in one transaction), so the agreement figures can say whether the annotators
could see each other's work: an annotation made before that time may have been seen.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.db.storage.clock import now
from claimdesk.db.storage.store import Store

SETTING = "blind_annotation_since"
"""The project setting: the UTC time blind annotation was turned on; empty when off."""


def blind_since(store: Store) -> str:
    """When blind annotation was turned on; "" when it is off."""
    return store.setting(SETTING) or ""


def set_blind_annotation(store: Store, on: bool) -> str:
    """Turn blind annotation on (from now, unless it already is) or off; returns the
    time it is on since, "" when off."""
    since = (blind_since(store) or now()) if on else ""
    store.set_setting(SETTING, since)
    return since


@dataclass(frozen=True)
class Visibility:
    """Whether the annotators compared could see each other's annotations."""

    blind_since: str
    seen_before: int
    """Their annotations made before blind annotation began (or all, when it is off)."""

    def sentence(self) -> str:
        if not self.blind_since:
            return (
                "Blind annotation is off in this project: the annotators could see each"
                " other's work, so these figures may be higher than independent work gives."
            )
        when = self.blind_since[:16].replace("T", " ")
        if not self.seen_before:
            return (
                f"Blind annotation has been on since {when} UTC: each annotator saw only"
                " their own annotations."
            )
        were = "was" if self.seen_before == 1 else "were"
        return (
            f"Blind annotation has been on since {when} UTC, but {self.seen_before} of these"
            f" annotations {were} made before: the annotators may have seen them."
        )


def visibility(store: Store, annotator_ids: list[str]) -> Visibility:
    """Could these annotators see each other's annotations while they made them?"""
    since = blind_since(store)
    ids = list(annotator_ids)
    marks = ", ".join("?" * len(ids))
    row = store.conn.execute(
        "SELECT COUNT(*) FROM annotations WHERE deleted = 0"
        f" AND annotator_id IN ({marks}) AND (? = '' OR created < ?)",
        (*ids, since, since),
    ).fetchone()
    return Visibility(since, int(row[0]))
