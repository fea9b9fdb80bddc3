"""`UserAction`: several commands that the user sees as one action, all or nothing.

Removing a tag in use deletes its annotations and then the tag; accepting a suggestion
tags its passages and then links them. The steps run inside ONE store transaction, so a
step that fails (a rule of the store, a full disk) rolls back the steps before it: the
project is as it was, nothing goes on the undo stack, and the one message says which
action could not be carried out and why (`StoreCommand` reports it). Undo and redo run
the steps, reversed or in order, in one transaction too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import reduce
from operator import or_

from claimdesk.desktop.session import Change, ProjectSession

from .commands import StoreCommand


class UserAction(StoreCommand):
    """One undo step made of the commands `build` adds (each may read what earlier ones did).

    Push it like any command: `session.push(UserAction(session, "Remove tag X", build))`.
    Steps change the project only through the store, which is what a rollback undoes.
    """

    def __init__(self, session: ProjectSession, text: str, build: Callable[[UserAction], None]):
        super().__init__(session, text)
        self.build = build
        self.steps: list[StoreCommand] = []
        self._changes: list[Change] = []

    def add(self, step: StoreCommand) -> None:
        """Carry out `step` now, inside the action's transaction; raises if it fails."""
        self._changes.append(step.apply())
        self.steps.append(step)

    def apply(self) -> Change:
        self.steps, self._changes = [], []
        with self.session.store.transaction():
            self.build(self)
        return _together(self._changes)

    def reapply(self) -> Change:
        with self.session.store.transaction():
            changes = [step.reapply() for step in self.steps]
        return _together(changes)

    def revert(self) -> Change:
        with self.session.store.transaction():
            changes = [step.revert() for step in reversed(self.steps)]
        return _together(changes)


def _together(changes: list[Change]) -> Change:
    return reduce(or_, changes, Change())
