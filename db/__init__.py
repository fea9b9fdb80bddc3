"""Claimdesk's headless core: the project file, formats, import/export, merge, agreement.

Nothing in this package imports Qt; the desktop app and the CLI both stand on it.
"""

from typing import TYPE_CHECKING

from claimdesk.db.storage.errors import (
    ClaimdeskError,
    DuplicateArticleError,
    NewerSchemaError,
    NotAProjectError,
    NotFoundError,
    ProjectLockedError,
    ReadOnlyProjectError,
    ValidationError,
)

if TYPE_CHECKING:
    from claimdesk.db.storage.store import PROJECT_SUFFIX, Store

__all__ = [
    "PROJECT_SUFFIX",
    "ClaimdeskError",
    "DuplicateArticleError",
    "NewerSchemaError",
    "NotAProjectError",
    "NotFoundError",
    "ProjectLockedError",
    "ReadOnlyProjectError",
    "Store",
    "ValidationError",
]


def __getattr__(name: str) -> object:
    """`Store` loads when first asked for: the window paints its first frame without it."""
    if name in ("Store", "PROJECT_SUFFIX"):
        from claimdesk.db.storage import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
