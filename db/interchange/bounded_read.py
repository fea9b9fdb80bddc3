"""The one way to read a file the user chose: bounded, never blocking, never a project.

A FIFO or a device named as an article or dataset would hang the reader or fill memory
(`/dev/zero`), and `st_size` is only a promise (a file may grow while read, or be a
device of size 0). So the kind of file is checked before it is opened, the descriptor is
opened without blocking and checked again (the name may have been swapped meanwhile),
and at most `limit` + 1 bytes are read, whatever the size said.

A project open in this process is refused before any descriptor of it is opened: on
POSIX, closing one would drop SQLite's locks on it (see `open_files`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from claimdesk.db.messages import message
from claimdesk.db.rules.limits import MB, describe_bytes
from claimdesk.db.storage import open_files
from claimdesk.db.storage.errors import ImportFailure

_CHUNK = 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The file's bytes, or `ImportFailure` with one line naming the file and the reason.

    `what` names the file's role in messages ("one article")."""
    data = _read(path, limit, what)
    if len(data) > limit:
        raise ImportFailure(
            message(
                "{file}: is over the {limit} limit for {what}",
                file=shown_path(path),
                limit=describe_bytes(limit),
                what=what,
            )
        )
    return data


def read_start(path: Path, count: int, what: str) -> bytes:
    """The file's first `count` bytes (to tell its format), with the same refusals."""
    return _read(path, count - 1, what, size_limited=False)


def _read(path: Path, limit: int, what: str, *, size_limited: bool = True) -> bytes:
    """At most `limit` + 1 bytes of a regular file that is no project open here."""
    with open_files.no_connection_joins():
        if open_files.is_open_project(path):
            raise ImportFailure(
                message(
                    "{file}: is a Claimdesk project open here, not {what}",
                    file=shown_path(path),
                    what=what,
                )
            )
        try:
            _refuse(path, os.stat(path), limit if size_limited else None, what)
            descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _NO_TERMINAL)
        except FileNotFoundError:
            raise ImportFailure(message("{file}: no such file", file=shown_path(path))) from None
        except OSError as error:
            raise ImportFailure(
                message(
                    "{file}: cannot be read ({reason})",
                    file=shown_path(path),
                    reason=error.strerror or error,
                )
            ) from None
        try:
            _refuse(path, os.fstat(descriptor), limit if size_limited else None, what)
            return _read_at_most(descriptor, limit + 1)
        except OSError as error:
            raise ImportFailure(
                message(
                    "{file}: cannot be read ({reason})",
                    file=shown_path(path),
                    reason=error.strerror or error,
                )
            ) from None
        finally:
            os.close(descriptor)


def shown_path(path: Path | str) -> str:
    """The path as text that can be stored and shown: a name that is not valid UTF-8
    (kept by Python as lone surrogates, which neither SQLite nor a terminal takes) shows
    its bad bytes as U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def decode_utf8(data: bytes, where: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); one line naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailure(
            message(
                "{where}: not UTF-8 text (invalid byte 0x{byte:02x} at byte {start})",
                where=where,
                byte=data[error.start],
                start=error.start,
            )
        ) from None


_NO_TERMINAL = getattr(os, "O_NOCTTY", 0)


def _refuse(path: Path, status: os.stat_result, limit: int | None, what: str) -> None:
    """Refuse a folder, a pipe or device, or a file whose size is already over `limit`."""
    mode = status.st_mode
    if stat.S_ISDIR(mode):
        raise ImportFailure(
            message("{file}: is a folder, not {what}", file=shown_path(path), what=what)
        )
    if not stat.S_ISREG(mode):
        kind = "a named pipe" if stat.S_ISFIFO(mode) else "a device or socket"
        raise ImportFailure(
            message(
                "{file}: is {kind}, not a regular file; refused as {what}",
                file=shown_path(path),
                kind=kind,
                what=what,
            )
        )
    if limit is not None and status.st_size > limit:
        raise ImportFailure(
            message(
                "{file}: {size:.1f} MB is over the {limit} limit for {what}",
                file=shown_path(path),
                size=status.st_size / MB,
                limit=describe_bytes(limit),
                what=what,
            )
        )


def _read_at_most(descriptor: int, count: int) -> bytes:
    chunks, total = [], 0
    while total < count:
        chunk = os.read(descriptor, min(_CHUNK, count - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
