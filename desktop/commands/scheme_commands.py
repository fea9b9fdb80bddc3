"""Undoable edits of the scheme and of article details, over `db.operations`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from claimdesk.db.operations import articles, scheme
from claimdesk.db.operations.scheme import SchemeKind
from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.session import ProjectSession

from .commands import OperationCommand

__all__ = ["SchemeKind"]

ADD = {
    "tag": mark("scheme_commands", "Add tag {name}"),
    "verdict": mark("scheme_commands", "Add verdict {name}"),
}
EDIT = {
    "tag": mark("scheme_commands", "Edit tag {name}"),
    "verdict": mark("scheme_commands", "Edit verdict {name}"),
}
REMOVE = {
    "tag": mark("scheme_commands", "Remove tag {name}"),
    "verdict": mark("scheme_commands", "Remove verdict {name}"),
}
REORDER = {
    "tag": mark("scheme_commands", "Reorder tags"),
    "verdict": mark("scheme_commands", "Reorder verdicts"),
}
"""Each undo text per kind of entry: a language may word a tag and a verdict differently."""


def add_entry(
    session: ProjectSession, kind: SchemeKind, name: str, color: str, **fields: Any
) -> OperationCommand:
    """Add a tag or a verdict (`kind`); undo tombstones it, redo revives the same id."""
    add = partial(scheme.add_entry, session.store, kind, name, color, **fields)
    return OperationCommand(
        session, translated("scheme_commands", ADD[kind]).format(name=name), add
    )


def edit_entry(
    session: ProjectSession, kind: SchemeKind, entry_id: str, **changes: Any
) -> OperationCommand:
    name = getattr(session.store, kind)(entry_id).name
    edit = partial(scheme.edit_entry, session.store, kind, entry_id, **changes)
    return OperationCommand(
        session, translated("scheme_commands", EDIT[kind]).format(name=name), edit
    )


def delete_entry(session: ProjectSession, kind: SchemeKind, entry_id: str) -> OperationCommand:
    """Remove a tag with its annotations, or a verdict from the scale and its annotations."""
    name = getattr(session.store, kind)(entry_id).name
    remove = partial(scheme.remove_entry, session.store, kind, entry_id)
    return OperationCommand(
        session, translated("scheme_commands", REMOVE[kind]).format(name=name), remove
    )


def reorder_entries(
    session: ProjectSession, kind: SchemeKind, entry_ids: list[str]
) -> OperationCommand:
    reorder = partial(scheme.reorder_entries, session.store, kind, entry_ids)
    return OperationCommand(session, translated("scheme_commands", REORDER[kind]), reorder)


def edit_article(session: ProjectSession, article_id: str, **changes: Any) -> OperationCommand:
    edit = partial(articles.edit_article, session.store, article_id, **changes)
    return OperationCommand(session, translate("scheme_commands", "Edit article details"), edit)


class ImportedArticles(OperationCommand):
    """Articles already imported (in the background), made one undoable step."""

    def __init__(self, session: ProjectSession, article_ids: Sequence[str], text: str):
        imported = partial(articles.imported_articles, session.store, article_ids)
        super().__init__(session, text, imported)
