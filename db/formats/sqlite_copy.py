"""A copy of the whole project file, safe to take while the project is open and in use.

`VACUUM INTO` writes a consistent, compacted snapshot to a temporary file beside the
target, which is then renamed into place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .common import Ticker, atomic_path

if TYPE_CHECKING:
    from ..export import ExportData

SUFFIX = ".claimdesk"


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    with atomic_path(out) as temporary:
        temporary.unlink()  # VACUUM INTO refuses to write over an existing file
        data.store.conn.execute("VACUUM INTO ?", (str(temporary),))
        ticker.tick(ticker.total)
    return [out]
