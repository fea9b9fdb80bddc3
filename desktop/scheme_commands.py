"""Commands that edit the tag scheme, the verdict scale and article metadata."""

from __future__ import annotations

from functools import partial
from typing import Any

from .commands import AddRecord, EditRecord, StoreCallCommand, StoreCommand
from .session import Change, ProjectSession

SCHEME = Change(scheme=True, everything=True)


def add_tag(session: ProjectSession, name: str, color: str, **fields: Any) -> AddRecord:
    store = session.store
    return AddRecord(
        session,
        f"Add tag {name}",
        lambda: store.add_tag(name, color, **fields).id,
        store.delete_tag,
        store.restore_tag,
        SCHEME,
    )


def edit_tag(session: ProjectSession, tag_id: str, **changes: Any) -> EditRecord:
    tag = session.store.tag(tag_id)
    old = {key: getattr(tag, key) for key in changes}
    return EditRecord(
        session,
        f"Edit tag {tag.name}",
        partial(session.store.update_tag, tag_id),
        old,
        changes,
        SCHEME,
    )


def delete_tag(session: ProjectSession, tag_id: str) -> StoreCallCommand:
    tag = session.store.tag(tag_id)
    return StoreCallCommand(
        session,
        f"Remove tag {tag.name}",
        partial(session.store.delete_tag, tag_id),
        partial(session.store.restore_tag, tag_id),
        SCHEME,
    )


def reorder_tags(session: ProjectSession, tag_ids: list[str]) -> StoreCallCommand:
    before = [tag.id for tag in session.store.tags()]
    return StoreCallCommand(
        session,
        "Reorder tags",
        partial(session.store.reorder_tags, tag_ids),
        partial(session.store.reorder_tags, before),
        SCHEME,
    )


def reorder_verdicts(session: ProjectSession, verdict_ids: list[str]) -> StoreCallCommand:
    before = [verdict.id for verdict in session.store.verdicts()]
    return StoreCallCommand(
        session,
        "Reorder verdicts",
        partial(session.store.reorder_verdicts, verdict_ids),
        partial(session.store.reorder_verdicts, before),
        SCHEME,
    )


def add_verdict(session: ProjectSession, name: str, color: str, **fields: Any) -> AddRecord:
    store = session.store
    return AddRecord(
        session,
        f"Add verdict {name}",
        lambda: store.add_verdict(name, color, **fields).id,
        store.delete_verdict,
        store.restore_verdict,
        SCHEME,
    )


def edit_verdict(session: ProjectSession, verdict_id: str, **changes: Any) -> EditRecord:
    verdict = session.store.verdict(verdict_id)
    old = {key: getattr(verdict, key) for key in changes}
    return EditRecord(
        session,
        f"Edit verdict {verdict.name}",
        partial(session.store.update_verdict, verdict_id),
        old,
        changes,
        SCHEME,
    )


def delete_verdict(session: ProjectSession, verdict_id: str) -> StoreCallCommand:
    verdict = session.store.verdict(verdict_id)
    return StoreCallCommand(
        session,
        f"Remove verdict {verdict.name}",
        partial(session.store.delete_verdict, verdict_id),
        partial(session.store.restore_verdict, verdict_id),
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
