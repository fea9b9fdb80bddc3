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


def rename_claimant(session: ProjectSession, claimant_id: str, name: str) -> OperationCommand:
    """The listed claimant takes `name`, wherever it is named; undo gives the old name back."""
    renamed = partial(claims.rename_claimant, session.store, claimant_id, name)
    text = translate("claimant_commands", "Rename claimant to {name}").format(name=name.strip())
    return OperationCommand(session, text, renamed)


def remove_claimant(session: ProjectSession, claimant_id: str, name: str) -> OperationCommand:
    """The claimant leaves the list and the appearances naming it; undo puts it back."""
    removed = partial(claims.remove_claimant, session.store, claimant_id)
    text = translate("claimant_commands", "Remove claimant {name}").format(name=name)
    return OperationCommand(session, text, removed)


def name_claim_claimant(
    session: ProjectSession, claim_id: str, name: str, kind: str
) -> OperationCommand:
    """The claim itself names `name` over its appearances (blank: they decide again)."""
    named = partial(claims.name_claim_claimant, session.store, claim_id, name, kind)
    shown = name.strip() or translate("claimant_commands", "from its appearances")
    text = translate("claimant_commands", "Claim's claimant: {name}").format(name=shown)
    return OperationCommand(session, text, named)
