"""Undoable commands on links; `db.operations.links` keeps claims in step with them."""

from __future__ import annotations

from functools import partial

from claimdesk.db.operations import links
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession

from .commands import Edit, OperationCommand
from .relation_names import relation_name


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
            translate("AddLink", "Link as {relation}").format(relation=relation_name(relation)),
            partial(links.add_link, session.store, source_id, target_id, relation, who, note),
        )


class DeleteLink(OperationCommand):
    def __init__(self, session: ProjectSession, link_id: str):
        who = session.annotator.id
        super().__init__(
            session,
            translate("DeleteLink", "Delete link"),
            partial(links.delete_link, session.store, link_id, who),
        )


class EditLink(Edit):
    """Change a link's relation or note; typing a note merges into one undo step."""

    def __init__(self, session: ProjectSession, link_id: str, **changes: str):
        if "relation" in changes:
            text = translate("EditLink", "Change relation")
        else:
            text = translate("EditLink", "Change link note")
        edit = partial(links.edit_link, session.store, link_id, session.annotator.id, **changes)
        typing = set(changes) == {"note"}
        super().__init__(session, text, edit, merge_key=("link", link_id) if typing else None)
