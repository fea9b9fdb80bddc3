"""Naming who made a claim in one of its appearances, undoably."""

from __future__ import annotations

from functools import partial

from claimdesk.db.operations import claims
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import ProjectSession

from .commands import OperationCommand


def name_claimant(
    session: ProjectSession, claim_id: str, annotation_id: str, name: str, kind: str
) -> OperationCommand:
    """The appearance names `name` (blank: nobody); undo puts back whom it named before."""
    named = partial(claims.name_claimant, session.store, claim_id, annotation_id, name, kind)
    shown = name.strip() or translate("claimant_commands", "none")
    text = translate("claimant_commands", "Claimant: {name}").format(name=shown)
    return OperationCommand(session, text, named)
