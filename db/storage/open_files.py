"""Which project files this process has a live SQLite connection to.

On POSIX, closing any descriptor of a file drops every advisory lock the process holds on
it, SQLite's included; the next program to close the file then believes it is the last
one and deletes the write-ahead log the open connection still writes to. So the bytes of
a project file (and of its -wal and -shm) may be read outside SQLite only while no
connection to it is open here: this registry says when, by file identity (device, inode),
so a second name or a symlink for the same file counts too.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

FileKey = tuple[int, int]

_lock = threading.RLock()
_open: Counter[FileKey] = Counter()


def file_key(path: str | os.PathLike[str]) -> FileKey | None:
    """The file's identity, or None when there is no such file."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


_COMPANIONS = ("-wal", "-shm", "-journal")


def is_open_project(path: str | os.PathLike[str]) -> bool:
    """True while a connection to this file (or to the project whose -wal, -shm or -journal
    it is) is open in this process: then it must not be opened, read or closed outside
    SQLite, so an importer must refuse it as an article."""
    name = os.fspath(path)
    for suffix in _COMPANIONS:
        if name.endswith(suffix) and is_open_project(name.removesuffix(suffix)):
            return True
    key = file_key(path)
    with _lock:
        return key is not None and _open[key] > 0


@contextmanager
def no_connection_joins() -> Iterator[None]:
    """Hold off other threads' opening and closing while the caller decides whether the
    file's bytes may be read, reads them, and registers its own connection."""
    with _lock:
        yield


def register(path: str | os.PathLike[str]) -> FileKey:
    """Count one more open connection to `path`; pass the key back to `unregister`."""
    key = file_key(path)
    if key is None:
        raise FileNotFoundError(path)
    with _lock:
        _open[key] += 1
    return key


def unregister(key: FileKey) -> None:
    with _lock:
        _open[key] -= 1
        if _open[key] <= 0:
            del _open[key]
