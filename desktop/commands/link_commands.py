"""Undoable commands on links; `db.operations.links` keeps claims in step with them."""

from __future__ import annotations

from functools import partial

from claimdesk.db.operations import links
from claimdesk.db.records.model import RELATION_LABELS
from claimdesk.desktop.session import ProjectSession

from .commands import Edit, OperationCommand


class AddLink(OperationCommand):
    def __init__(
        self,
        session: ProjectSession,
        source_id: str,
        target_id: str,
        relation: str,
        note: str = "",
    ):
        who = session.annotator.id
        super().__init__(
            session,
            f"Link as {RELATION_LABELS.get(relation, relation)}",
            partial(links.add_link, session.store, source_id, target_id, relation, who, note),
        )


class DeleteLink(OperationCommand):
    def __init__(self, session: ProjectSession, link_id: str):
        who = session.annotator.id
        super().__init__(
            session, "Delete link", partial(links.delete_link, session.store, link_id, who)
        )


class EditLink(Edit):
    """Change a link's relation or note; typing a note merges into one undo step."""

    def __init__(self, session: ProjectSession, link_id: str, **changes: str):
        what = "relation" if "relation" in changes else "link note"
        edit = partial(links.edit_link, session.store, link_id, session.annotator.id, **changes)
        typing = set(changes) == {"note"}
        super().__init__(
            session, f"Change {what}", edit, merge_key=("link", link_id) if typing else None
        )
