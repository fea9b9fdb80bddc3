"""`Store`: the one typed API through which the app, the CLI and every format touch a project.

Every mutating call is one committed transaction; reads return frozen dataclasses.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from claimdesk.db.claims.claimants import ClaimantStore
from claimdesk.db.claims.claims import ClaimStore
from claimdesk.db.messages import message
from claimdesk.db.records.annotations import AnnotationStore
from claimdesk.db.records.article_deletion import ArticleDeletionStore
from claimdesk.db.records.articles import ArticleStore
from claimdesk.db.records.default_scheme import scheme_language
from claimdesk.db.records.links import LinkStore
from claimdesk.db.records.model import Annotator
from claimdesk.db.records.reviews import ReviewStore
from claimdesk.db.records.scheme import SchemeStore

from .clock import new_id, now
from .errors import NotFoundError, ProjectWriteError, ValidationError
from .project_file import BUSY_TIMEOUT_MS, open_project_connection

PROJECT_SUFFIX = ".claimdesk"


class Store(
    ArticleStore,
    ArticleDeletionStore,
    SchemeStore,
    AnnotationStore,
    LinkStore,
    ClaimStore,
    ClaimantStore,
    ReviewStore,
):
    """A project file, opened."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool = False) -> None:
        super().__init__(conn, path, readonly=readonly)
        self._texts = {}

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        readonly: bool = False,
        language: str = "en",
    ) -> Store:
        """Open (or create) a project; refuses files that are not projects or are newer.

        A new project's default scheme is in `language` (an existing one keeps its own)."""
        path = Path(path)
        language = scheme_language(language)  # refused before any file is made
        conn = open_project_connection(path, create=create, readonly=readonly)
        store = cls(conn, path, readonly=readonly)
        if not readonly and store.setting("id") is None:
            try:
                store._initialise(path, language)
            except BaseException:
                store.close()
                raise
        return store

    def _initialise(self, path: Path, language: str) -> None:
        with self.transaction():
            stamp = now()
            for key, value in (
                ("id", new_id()),
                ("name", path.stem),
                ("created", stamp),
                ("language", language),
            ):
                self.set_setting(key, value)
            self.install_default_scheme(language)

    def close(self) -> None:
        """Close, leaving what this connection wrote in the project file itself (not only
        in the log) where no other program's reader holds it back."""
        # On failure the changes are safe in the log; the next checkpoint moves them.
        with contextlib.suppress(sqlite3.Error):
            self.checkpoint()
        super().close()

    # The file on disk: copies of it.

    def checkpoint(self) -> bool:
        """Move everything committed from the write-ahead log into the project file, without
        waiting on other connections; True if the file alone now holds every change (so a
        copy of just the `.claimdesk` file is current).

        A reader or writer elsewhere can hold part of the log back: then False, and a
        later call finishes the work.
        """
        if self.readonly or self.conn.in_transaction:
            return False  # a read-only connection may not write the file
        busy, logged, moved = self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy or logged != moved:
            return False
        if logged > 0:
            # Empty the log as well, if no reader is in it right now: never wait for one.
            self.conn.execute("PRAGMA busy_timeout = 0")
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return True

    def save_copy(self, path: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the whole project to `path`, taken at this moment
        (the log included); a file there is replaced whole, never this project itself."""
        from .project_copy import copy_project  # loads the formats' file helpers: not at start

        path = Path(path)
        try:
            copy_project(self.conn, path)
        except (OSError, sqlite3.Error) as error:
            reason = getattr(error, "strerror", None) or str(error)
            message = f"{path}: cannot be written ({reason}); no copy was made"
            raise ProjectWriteError(message) from error
        return path

    # Project settings: a small key/value table (name, ClaimReview publisher, ...).

    def outside_changes(self) -> int:
        """A counter that moves when another connection (a second window, the CLI, a
        merge in the background) commits to this file; our own commits leave it alone."""
        version: int = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._row("SELECT value FROM project WHERE key = ?", (key,))
        return row[0] if row else default

    def settings(self) -> dict[str, str]:
        return dict(self._rows("SELECT key, value FROM project ORDER BY key"))

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO project (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, str(value)),
            )

    # Annotators: everyone whose work is in the file, by name.

    def annotators(self) -> list[Annotator]:
        rows = self._rows("SELECT id, name, created, modified FROM annotators ORDER BY name")
        return [Annotator(*row) for row in rows]

    def annotator(self, annotator_id: str) -> Annotator:
        row = self._row(
            "SELECT id, name, created, modified FROM annotators WHERE id = ?", (annotator_id,)
        )
        if row is None:
            raise NotFoundError(
                message("no annotator with id {annotator_id}", annotator_id=annotator_id)
            )
        return Annotator(*row)

    def annotator_by_name(self, name: str) -> Annotator | None:
        row = self._row(
            "SELECT id, name, created, modified FROM annotators WHERE name = ?",
            (" ".join(name.split()),),
        )
        return Annotator(*row) if row else None

    def ensure_annotator(self, name: str, *, annotator_id: str | None = None) -> Annotator:
        """The annotator with this name, recorded in the project on first use."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError(message("an annotator needs a name"))
        existing = self.annotator_by_name(name)
        if existing is not None:
            return existing
        with self.transaction():
            self._insert("annotators", {"id": annotator_id or new_id(), "name": name})
        annotator = self.annotator_by_name(name)
        assert annotator is not None, "just written"
        return annotator
