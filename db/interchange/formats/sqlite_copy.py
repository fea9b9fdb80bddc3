"""A copy of the whole project file, safe to take while the project is open and in use.

SQLite's backup API reads one consistent snapshot through the project's connection, which
may be read-only; the copy is renamed into place once whole (see `project_copy`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.db.storage.project_copy import copy_project

from .common import Ticker

if TYPE_CHECKING:
    from claimdesk.db.interchange.export import ExportData

SUFFIX = ".claimdesk"


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    copy_project(data.store, out)
    ticker.tick(ticker.total)
    return [out]
