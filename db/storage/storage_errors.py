"""What SQLite raises when a project file cannot be read as it stands (a text that is not
UTF-8, a damaged page), named here so that the command line, which runs no SQL and
imports no sqlite3, can still answer it with one line."""

from __future__ import annotations

import sqlite3

STORAGE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
