"""Opening a project only to read it: never written, also when an older Claimdesk wrote it.

`claimdesk check` promises to be read-only, and `info` on a colleague's file must not
change their file; so a file from an earlier release is read through an upgraded private
copy (`merge_source`, the same path merge takes), and messages still name the file given.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .merge_source import merge_source
from .project_file import open_project_connection
from .store import Store


@contextmanager
def open_to_read(path: str | os.PathLike[str]) -> Iterator[Store]:
    """The project at `path`, read-only, at the current schema; the file is not written."""
    with merge_source(Path(path)) as current:
        store = Store(open_project_connection(current, create=False, readonly=True),
                      Path(path), readonly=True)  # fmt: skip
        try:
            yield store
        finally:
            store.close()
