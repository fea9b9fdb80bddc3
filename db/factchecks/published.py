"""The newsroom's own rated claims join the archive when published: a report's ClaimReviews
are added to the project's archive, and to the shared one the project uses if it can be
written, so a later project finds them as "checked before".

Each such record keeps its origin, the claim it was published from, in its id
(`published_from`): that claim is never offered its own fact-check as checked before
(`not_its_own`), while every other claim still is, whatever the wording."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import Any

from claimdesk.db.messages import message, said
from claimdesk.db.storage.archive_file import archive_writable, open_archive
from claimdesk.db.storage.clock import new_id
from claimdesk.db.storage.errors import ClaimdeskError
from claimdesk.db.storage.store import Store

from .matching import Match, add_to_archive
from .reading import fact_checks_from_reviews
from .records import FactCheck
from .shared import shared_archive_path

_ORIGIN = "published:"


def archive_published(store: Store, reviews: Sequence[tuple[str, dict[str, Any]]]) -> list[str]:
    """Add the published ClaimReviews (claim id, its review) to the archives, each keeping
    the claim it came from; one note per archive (what was added, or why not). Publishing
    never fails for want of an archive."""
    if not reviews:
        return []
    checks = fact_checks_from_reviews(
        [review for _, review in reviews],
        message("{path}: the published report", path=store.path),
    )
    checks = [
        replace(check, id=f"{_ORIGIN}{claim_id}:{new_id()}")
        for (claim_id, _), check in zip(reviews, checks, strict=True)
    ]
    notes: list[str] = []
    try:
        added = _add_to_project(store, checks)
        notes.append(
            message(
                "{added} of {total} rated claims added to the project's archive",
                added=added,
                total=len(checks),
            )
        )
    except ClaimdeskError as error:
        notes.append(message("not added to the project's fact-check archive: {error}", error=error))
    shared = shared_archive_path(store)
    if shared is None:
        return notes
    if not archive_writable(shared):
        notes.append(
            message(
                "not added to the shared archive {shared} (it cannot be written here)",
                shared=shared,
            )
        )
        return notes
    try:
        with open_archive(shared, write=True) as archive:
            added = add_to_archive(archive, checks)
        notes.append(
            message(
                "{added} of {total} rated claims added to the shared archive {archive}",
                added=added,
                total=len(checks),
                archive=shared.name,
            )
        )
    except ClaimdeskError as error:
        notes.append(message("not added to the shared archive: {error}", error=said(error)))
    return notes


def _add_to_project(store: Store, checks: list[FactCheck]) -> int:
    """Into the project's own archive; a project read for publishing (`claimdesk report`
    opens it read-only) is written through a connection of its own."""
    if not store.readonly:
        return add_to_archive(store, checks)
    with Store.open(store.path, create=False) as writable:
        return add_to_archive(writable, checks)


def published_from(check: FactCheck) -> str:
    """The id of the claim this fact-check was published from here; "" for one imported."""
    if not check.id.startswith(_ORIGIN):
        return ""
    return check.id.removeprefix(_ORIGIN).rpartition(":")[0]


def claims_of(store: Store, annotation_id: str) -> frozenset[str]:
    """The claims an annotation appears in: the checks published from them are its own."""
    return frozenset(claim.id for claim in store.claims_of_annotation(annotation_id))


def not_its_own(matches: list[Match], claim_id: str | Collection[str]) -> list[Match]:
    """`matches` for the claim `claim_id` less the fact-check published from it; given the
    claims an annotation appears in, less the checks published from any of them."""
    own = {claim_id} if isinstance(claim_id, str) else set(claim_id)
    own.discard("")  # an imported check's origin
    return [match for match in matches if published_from(match.fact_check) not in own]
