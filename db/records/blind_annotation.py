"""Blind double annotation: while it is on, each annotator sees only their own work.

Agreement between two fact-checkers means something only when neither saw the other's
annotations. The project remembers since when it has been blind (a project setting,
written in one transaction), and, once it is switched off, the blind time it had: from
then on the annotators could see each other's work, so an annotation made before the
blind time began, or made or changed after it ended, may have been seen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claimdesk.db.records.model import ArticleSummary
from claimdesk.db.storage.clock import now
from claimdesk.db.storage.own_counts import own_counts, own_total, seen_count
from claimdesk.db.storage.store import Store

SETTING = "blind_annotation_since"
"""The project setting: the UTC time blind annotation was turned on; empty when off."""
ENDED = "blind_annotation_ended"
"""The last blind time once it was switched off, "START/END" (UTC); kept when it is on
again, though only the current blind time then counts."""


def blind_since(store: Store) -> str:
    """When blind annotation was turned on; "" when it is off."""
    return store.setting(SETTING) or ""


def shown_annotator(store: Store, me: str) -> str:
    """Whose annotations the views show: `me` while blind annotation is on, else "" (all)."""
    return me if blind_since(store) else ""


def annotation_counts(store: Store, article_ids: list[str], only: str = "") -> dict[str, int]:
    """Live annotations per article: everyone's, or `only` this annotator's."""
    if not only:
        return store.annotation_counts(article_ids)
    return own_counts(store, only, article_ids)


def articles(store: Store, only: str = "") -> list[ArticleSummary]:
    """The article list's rows, counting everyone's annotations or `only` this annotator's."""
    found = store.articles()
    if not only:
        return found
    counts = own_counts(store, only, [article.id for article in found])
    return [replace(article, annotation_count=counts[article.id]) for article in found]


def project_counts(store: Store, only: str = "") -> tuple[int, int]:
    """(live articles, live annotations: everyone's, or `only` this annotator's)."""
    articles, annotations = store.project_counts()
    return articles, own_total(store, only) if only else annotations


def last_blind_time(store: Store) -> tuple[str, str]:
    """(start, end) of the blind time that was switched off last; ("", "") if none was."""
    start, _, end = (store.setting(ENDED) or "").partition("/")
    return (start, end) if start and end else ("", "")


def set_blind_annotation(store: Store, on: bool) -> str:
    """Turn blind annotation on (from now, unless it already is) or off, keeping the blind
    time it ended; returns the time it is on since, "" when off."""
    with store.transaction():
        since = blind_since(store)
        if on:
            since = since or now()
        elif since:
            store.set_setting(ENDED, f"{since}/{now()}")
            since = ""
        store.set_setting(SETTING, since)
    return since


@dataclass(frozen=True)
class Visibility:
    """Whether the annotators compared could see each other's annotations."""

    blind_since: str
    seen_before: int
    """Their annotations that may have been seen: made before blind annotation began,
    or made or changed after it ended (all of them when it was never on)."""
    blind_until: str = ""
    """When the last blind time ended, while blind annotation is off ("" when it is on)."""

    def sentence(self) -> str:
        if not self.blind_since:
            return (
                "Blind annotation is off in this project: the annotators could see each"
                " other's work, so these figures may be higher than independent work gives."
            )
        when = _minute(self.blind_since)
        if self.blind_until:
            ended = (
                f"Blind annotation was on from {when} to {_minute(self.blind_until)} UTC;"
                " since then the annotators could see each other's work."
            )
            if not self.seen_before:
                return f"{ended} Each of these annotations was made in that time, unchanged since."
            return (
                f"{ended} {self.seen_before} of these annotations"
                f" {'was' if self.seen_before == 1 else 'were'} made or changed outside"
                " that time: the annotators may have seen them."
            )
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


def _minute(stamp: str) -> str:
    return stamp[:16].replace("T", " ")


def visibility(store: Store, annotator_ids: list[str]) -> Visibility:
    """Could these annotators see each other's annotations while they made them?"""
    since, until = blind_since(store), ""
    if not since:
        since, until = last_blind_time(store)
    # Off and never on: all may have been seen; on: those made before; ended: those made
    # before, or made or changed after (an edit after the end may follow the other's).
    return Visibility(since, seen_count(store, list(annotator_ids), since, until), until)
