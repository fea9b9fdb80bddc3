"""Undoable commands on links, keeping claims in step with `same claim` links.

A `same claim` link joins its two ends into one claim (merging claims if both had one);
removing it, or changing its relation, separates them again. `db.claim_links` records
exactly which claim rows it flipped, so undo and redo restore the same records.
"""

from __future__ import annotations

from claimdesk.db.claims import claim_links
from claimdesk.db.claims.claim_links import ClaimChange
from claimdesk.db.records.model import RELATION_LABELS
from claimdesk.desktop.session import Change, ProjectSession

from .commands import StoreCommand

SAME_CLAIM = "same_claim"
LINKS_CHANGED = Change(links=True, claims=True)
"""No highlight changes when links do, so panes keep their text as it is."""


class _LinkCommand(StoreCommand):
    """Adding or deleting a link: the link's tombstone and its claim changes go together."""

    link_id: str | None
    claims: ClaimChange | None

    def _switch(self, *, link_live: bool, claims_applied: bool) -> Change:
        store = self.session.store
        assert self.link_id is not None, "the link was added"
        with store.transaction():
            if self.claims is not None and not claims_applied:
                claim_links.revert(store, self.claims)
            if link_live:
                store.restore_link(self.link_id)
            else:
                store.delete_link(self.link_id)
            if self.claims is not None and claims_applied:
                claim_links.reapply(store, self.claims)
        return LINKS_CHANGED


class AddLink(_LinkCommand):
    def __init__(
        self,
        session: ProjectSession,
        source_id: str,
        target_id: str,
        relation: str,
        note: str = "",
    ):
        super().__init__(session, f"Link as {RELATION_LABELS.get(relation, relation)}")
        self.source_id, self.target_id = source_id, target_id
        self.relation, self.note = relation, note
        self.link_id = None
        self.claims = None

    def apply(self) -> Change:
        store = self.session.store
        with store.transaction():
            link = store.add_link(
                self.source_id,
                self.target_id,
                self.relation,
                self.session.annotator.id,
                note=self.note,
            )
            self.link_id = link.id
            if link.relation == SAME_CLAIM:
                self.claims = claim_links.join_claim(store, link, self.session.annotator.id)
        return LINKS_CHANGED

    def reapply(self) -> Change:
        return self._switch(link_live=True, claims_applied=True)

    def revert(self) -> Change:
        return self._switch(link_live=False, claims_applied=False)


class DeleteLink(_LinkCommand):
    def __init__(self, session: ProjectSession, link_id: str):
        super().__init__(session, "Delete link")
        self.link_id = link_id
        self.claims = None

    def apply(self) -> Change:
        store = self.session.store
        assert self.link_id is not None, "given to the command"
        with store.transaction():
            store.delete_link(self.link_id)
            link = store.link(self.link_id)
            if link.relation == SAME_CLAIM:
                self.claims = claim_links.separate_claim(store, link, self.session.annotator.id)
        return LINKS_CHANGED

    def reapply(self) -> Change:
        return self._switch(link_live=False, claims_applied=True)

    def revert(self) -> Change:
        return self._switch(link_live=True, claims_applied=False)


class EditLink(StoreCommand):
    """Change a link's relation or note; leaving or entering `same claim` moves claims."""

    def __init__(self, session: ProjectSession, link_id: str, **changes: str):
        link = session.store.link(link_id)
        what = "relation" if "relation" in changes else "link note"
        super().__init__(session, f"Change {what}")
        self.link_id = link_id
        self.new = changes
        self.old = {key: getattr(link, key) for key in changes}
        self.claims: ClaimChange | None = None

    def apply(self) -> Change:
        store = self.session.store
        with store.transaction():
            before = store.link(self.link_id)
            after = store.update_link(self.link_id, **self.new)
            if before.relation != after.relation:
                if after.relation == SAME_CLAIM:
                    self.claims = claim_links.join_claim(store, after, self.session.annotator.id)
                elif before.relation == SAME_CLAIM:
                    self.claims = claim_links.separate_claim(
                        store, after, self.session.annotator.id
                    )
        return LINKS_CHANGED

    def reapply(self) -> Change:
        store = self.session.store
        with store.transaction():
            store.update_link(self.link_id, **self.new)
            if self.claims is not None:
                claim_links.reapply(store, self.claims)
        return LINKS_CHANGED

    def revert(self) -> Change:
        store = self.session.store
        with store.transaction():
            if self.claims is not None:
                claim_links.revert(store, self.claims)
            store.update_link(self.link_id, **self.old)
        return LINKS_CHANGED

    def id(self) -> int:
        return 1002

    def mergeWith(self, other) -> bool:
        """Typing a note merges into one undo step; relation changes stay separate."""
        if not isinstance(other, EditLink) or other.link_id != self.link_id:
            return False
        if set(self.new) != {"note"} or set(other.new) != {"note"}:
            return False
        self.new = other.new
        return True
