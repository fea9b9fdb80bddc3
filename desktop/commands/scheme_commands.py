"""Commands that edit the tag scheme, the verdict scale and article metadata."""

from __future__ import annotations

from functools import partial
from typing import Any, Literal

from claimdesk.desktop.session import Change, ProjectSession

from .commands import AddRecord, EditRecord, StoreCallCommand, StoreCommand

SCHEME = Change(scheme=True, everything=True)

SchemeKind = Literal["tag", "verdict"]
"""Tags and verdicts are edited the same way, through the store's `<verb>_<kind>` methods."""


def add_entry(
    session: ProjectSession, kind: SchemeKind, name: str, color: str, **fields: Any
) -> AddRecord:
    """Add a tag or a verdict (`kind`); undo tombstones it, redo revives the same id."""
    store = session.store
    return AddRecord(
        session,
        f"Add {kind} {name}",
        lambda: getattr(store, f"add_{kind}")(name, color, **fields).id,
        getattr(store, f"delete_{kind}"),
        getattr(store, f"restore_{kind}"),
        SCHEME,
    )


def edit_entry(
    session: ProjectSession, kind: SchemeKind, entry_id: str, **changes: Any
) -> EditRecord:
    entry = getattr(session.store, kind)(entry_id)
    old = {key: getattr(entry, key) for key in changes}
    return EditRecord(
        session,
        f"Edit {kind} {entry.name}",
        partial(getattr(session.store, f"update_{kind}"), entry_id),
        old,
        changes,
        SCHEME,
    )


def delete_entry(session: ProjectSession, kind: SchemeKind, entry_id: str) -> StoreCallCommand:
    entry = getattr(session.store, kind)(entry_id)
    return StoreCallCommand(
        session,
        f"Remove {kind} {entry.name}",
        partial(getattr(session.store, f"delete_{kind}"), entry_id),
        partial(getattr(session.store, f"restore_{kind}"), entry_id),
        SCHEME,
    )


def reorder_entries(
    session: ProjectSession, kind: SchemeKind, entry_ids: list[str]
) -> StoreCallCommand:
    reorder = getattr(session.store, f"reorder_{kind}s")
    before = [entry.id for entry in getattr(session.store, f"{kind}s")()]
    return StoreCallCommand(
        session,
        f"Reorder {kind}s",
        partial(reorder, entry_ids),
        partial(reorder, before),
        SCHEME,
    )


def edit_article(session: ProjectSession, article_id: str, **changes: Any) -> EditRecord:
    article = session.store.article(article_id)
    old = {key: getattr(article, key) for key in changes}
    return EditRecord(
        session,
        "Edit article details",
        partial(session.store.update_article, article_id),
        old,
        changes,
        Change(articles=frozenset({article_id}), article_list=True),
    )


class ImportedArticles(StoreCommand):
    """Articles already imported (in the background), made one undoable step."""

    def __init__(self, session: ProjectSession, article_ids: list[str], text: str):
        super().__init__(session, text)
        self.article_ids = article_ids

    def apply(self) -> Change:
        return self._change()

    def reapply(self) -> Change:
        with self.session.store.transaction():
            for article_id in self.article_ids:
                self.session.store.restore_article(article_id)
        return self._change()

    def revert(self) -> Change:
        with self.session.store.transaction():
            for article_id in self.article_ids:
                self.session.store.delete_article(article_id)
        return self._change()

    def _change(self) -> Change:
        return Change(articles=frozenset(self.article_ids), article_list=True)
