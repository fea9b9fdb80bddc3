"""Specific exceptions raised by the store, so callers can tell the user what went wrong."""


class ClaimdeskError(Exception):
    """Base class: every error the `db` package raises on purpose."""


class NotAProjectError(ClaimdeskError):
    """The file is not a Claimdesk project (not SQLite, truncated, or another application's)."""


class OlderSchemaError(NotAProjectError):
    """Opened read-only, the file is from an older Claimdesk: it must be upgraded first."""


class NewerSchemaError(ClaimdeskError):
    """The file was written by a newer Claimdesk; it is refused and left unchanged."""


class ProjectLockedError(ClaimdeskError):
    """Another process holds the project's write lock for longer than the busy timeout."""


class ReadOnlyProjectError(ClaimdeskError):
    """A change was asked of a project opened read-only, or of a file that cannot be written."""


class NotFoundError(ClaimdeskError):
    """A record asked for by id does not exist (or is deleted, where that matters)."""


class DuplicateArticleError(ClaimdeskError):
    """The article text is already in the project; `existing` is the article that holds it."""

    def __init__(self, message: str, existing_id: str):
        super().__init__(message)
        self.existing_id = existing_id


class ValidationError(ClaimdeskError):
    """A value given to the store breaks one of its rules (offsets, names, relations...)."""


class ImportFailure(ClaimdeskError):
    """One input could not be imported; the message names the file or record and the reason."""


class ProjectWriteError(ClaimdeskError):
    """The disk is full or failed (an I/O error) while writing; the change was rolled back."""
