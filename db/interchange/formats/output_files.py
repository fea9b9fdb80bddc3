"""Temporary files and folders beside an export, named so a later run can clean up after
a process that was killed half-way.

A temporary is `.NAME.claimdesk-export-PID-TOKEN.tmp`: NAME is the target's, PID the
writing process's. One whose process is gone is removed by the next export into that
folder. A folder export replaces the old one by swapping the two atomically where the
system can (Linux `renameat2`); elsewhere the old one is renamed aside to
`.NAME.claimdesk-export-PID-TOKEN.old` first, and if the process dies before the new one
is in place, the next export puts the old one back: there is always an export at NAME.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sys
from pathlib import Path

_MARK = ".claimdesk-export-"
_LEFTOVER = re.compile(
    r"\.(?P<name>.+)\.claimdesk-export-(?P<pid>\d+)-[0-9a-f]+\.(?P<kind>tmp|old)"
)


def new_temporary(out: Path, *, directory: bool) -> Path:
    """A fresh hidden name beside `out` (a file, or a folder), created with the user's
    usual permissions (unlike `tempfile`, whose 0600 files would turn a shared dataset
    private)."""
    while True:
        temporary = _name(out, "tmp")
        try:
            if directory:
                temporary.mkdir()
            else:
                temporary.open("xb").close()
        except FileExistsError:
            continue
        return temporary


def _name(out: Path, kind: str) -> Path:
    return out.with_name(f".{out.name}{_MARK}{os.getpid()}-{secrets.token_hex(6)}.{kind}")


def clean_leftovers(folder: Path) -> None:
    """Put back an old folder export a killed run had moved aside, and remove the
    temporaries of runs whose process is gone."""
    try:
        entries = [entry for entry in folder.iterdir() if _MARK in entry.name]
    except OSError:
        return
    for kind in ("old", "tmp"):  # an old export first, while its replacement is still there
        for entry in entries:
            match = _LEFTOVER.fullmatch(entry.name)
            if match is None or match["kind"] != kind or _alive(int(match["pid"])):
                continue
            target = folder / match["name"]
            try:
                if kind == "old" and not target.exists() and not target.is_symlink():
                    os.rename(entry, target)
                else:
                    _remove(entry)
            except OSError:
                continue  # someone else's, say: not this export's business to fail over


def replace_directory(temporary: Path, out: Path) -> None:
    """Put the finished folder `temporary` at `out`; an older export there is replaced."""
    if not out.exists():
        os.rename(temporary, out)
        return
    if _exchange(temporary, out):
        shutil.rmtree(temporary, ignore_errors=True)  # now the old export
        return
    old = _name(out, "old")
    os.rename(out, old)
    os.rename(temporary, out)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step; False where the system or file system cannot."""
    if sys.platform != "linux":
        return False
    import ctypes
    import errno

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange):
        number = ctypes.get_errno()
        if number in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
            return False
        raise OSError(number, os.strerror(number), str(second))
    return True


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another export of this process may be writing it right now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _remove(entry: Path) -> None:
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        entry.unlink(missing_ok=True)
