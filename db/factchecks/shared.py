"""The shared fact-check archive a project uses beside its own: which file (a project
setting, so the window, `match` and `report` agree), and opening it to read or to add to."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimdesk.db.storage.archive_file import ArchiveFile, open_archive
from claimdesk.db.storage.store import Store

SETTING = "shared_fact_check_archive"
"""The project setting: the shared archive's path on this machine; empty when none."""


def shared_archive_path(store: Store) -> Path | None:
    """The shared archive this project uses, if one is set."""
    value = store.setting(SETTING)
    return Path(value) if value else None


def set_shared_archive(store: Store, path: Path | None) -> None:
    """Use the archive at `path` beside the project's own (None: no shared archive).
    The file is verified first, so a project never remembers a file it cannot read."""
    if path is not None:
        with open_archive(path):
            pass
    store.set_setting(SETTING, str(path.resolve()) if path is not None else "")


@contextmanager
def reading_shared(path: Path | None) -> Iterator[ArchiveFile | None]:
    """The shared archive opened read-only (never written), or None when there is none."""
    if path is None:
        yield None
        return
    with open_archive(path) as archive:
        yield archive
