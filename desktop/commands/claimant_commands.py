"""Naming who made a claim in one of its appearances, undoably (`Store.name_claimant`)."""

from __future__ import annotations

from claimdesk.desktop.session import Change, ProjectSession

from .commands import StoreCommand


class NameClaimant(StoreCommand):
    """The appearance names `name` (blank: nobody); undo puts back whom it named before."""

    def __init__(
        self, session: ProjectSession, claim_id: str, annotation_id: str, name: str, kind: str
    ):
        super().__init__(session, f"Claimant: {name.strip() or 'none'}")
        self.claim_id, self.annotation_id, self.name, self.kind = (
            claim_id, annotation_id, name, kind
        )  # fmt: skip
        self.before: str | None = None
        self.after: str | None = None

    def apply(self) -> Change:
        store = self.session.store
        self.before, self.after = store.name_claimant(
            self.claim_id, self.annotation_id, self.name, self.kind
        )
        return self._change()

    def reapply(self) -> Change:
        self.session.store.set_appearance_claimant(self.claim_id, self.annotation_id, self.after)
        return self._change()

    def revert(self) -> Change:
        self.session.store.set_appearance_claimant(self.claim_id, self.annotation_id, self.before)
        return self._change()

    def _change(self) -> Change:
        return Change(annotations=frozenset({self.annotation_id}), claims=True)
