"""Claimdesk's headless core: the project file, formats, import/export, merge, agreement.

Nothing in this package imports Qt; the desktop app and the CLI both stand on it.
"""

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
