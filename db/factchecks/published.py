"""The newsroom's own rated claims join the archive when published: a report's ClaimReviews
are added to the project's archive, and to the shared one the project uses if it can be
written, so a later project finds them as "checked before"."""

from __future__ import annotations

from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.storage.archive_file import archive_writable, open_archive
from claimdesk.db.storage.errors import ClaimdeskError
from claimdesk.db.storage.store import Store

from .matching import add_to_archive
from .reading import fact_checks_from_reviews
from .records import FactCheck
from .shared import shared_archive_path


def archive_published(store: Store, reviews: list[dict[str, Any]]) -> list[str]:
    """Add the published ClaimReviews to the archives; one note per archive (what was
    added, or why not). Publishing never fails for want of an archive."""
    if not reviews:
        return []
    checks = fact_checks_from_reviews(
        reviews, message("{path}: the published report", path=store.path)
    )
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
        notes.append(
            message("not added to the shared archive: {error}", error=" ".join(str(error).split()))
        )
    return notes


def _add_to_project(store: Store, checks: list[FactCheck]) -> int:
    """Into the project's own archive; a project read for publishing (`claimdesk report`
    opens it read-only) is written through a connection of its own."""
    if not store.readonly:
        return add_to_archive(store, checks)
    with Store.open(store.path, create=False) as writable:
        return add_to_archive(writable, checks)
