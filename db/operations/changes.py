"""`Changes` (what an operation changed) and `Applied` (that, and the exact way back).

An operation runs in one transaction and returns an `Applied`. Calling its `inverse`
undoes the work (in one transaction too) and returns another `Applied`, whose `inverse` is
the redo, and so on: undo and redo alternate by calling `inverse`, and since a removal is
a tombstone, what comes back keeps its id, so later steps that name it stay valid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimdesk.db.storage.store import Store

Ids = frozenset[str]


@dataclass(frozen=True)
class Changes:
    """What one operation changed, computed by the operation, so views refresh only that.

    The id sets name the records written (tombstoned, revived or edited): `articles` also
    holds the articles whose annotations changed, and `annotations` the annotations whose
    review changed. The flags say what has no ids of its own.
    """

    articles: Ids = field(default_factory=frozenset)
    annotations: Ids = field(default_factory=frozenset)
    links: Ids = field(default_factory=frozenset)
    claims: Ids = field(default_factory=frozenset)
    reviews: Ids = field(default_factory=frozenset)
    article_list: bool = False
    """The article list's rows change: an annotation count, or an article's details."""
    article_metadata: bool = False
    """Articles were added, removed or re-described (not just their annotation counts)."""
    scheme: bool = False
    suggestions: bool = False
    """Suggestions were dismissed or brought back (no record a view lists changed)."""
    everything: bool = False
    """Another program changed the file, or a merge or import did: reload it all."""

    def __or__(self, other: Changes) -> Changes:
        """Both changes at once: what an action of several steps reports."""
        return Changes(
            **{
                item.name: getattr(self, item.name) | getattr(other, item.name)
                for item in fields(self)
            }
        )

    @classmethod
    def all(cls) -> Changes:
        return cls(
            everything=True, article_list=True, article_metadata=True, scheme=True, suggestions=True
        )

    @classmethod
    def union(cls, changes: Sequence[Changes]) -> Changes:
        return reduce(or_, changes, cls())


@dataclass(frozen=True)
class Applied:
    """An operation's result: what it changed, and the call that undoes exactly that.

    `inverse()` returns the `Applied` of the undo, whose own `inverse` redoes; `record_id`
    is the id of the record the operation created, if it created one.
    """

    changes: Changes
    inverse: Callable[[], Applied]
    record_id: str = ""


def later(store: Store, method: str, *args: Any, **kwargs: Any) -> Callable[[], object]:
    """A call of the store's `method`, looked up when it is made, not now: undo runs the
    store as it is then (a test that makes a write fail wraps the method meanwhile)."""
    return lambda: getattr(store, method)(*args, **kwargs)


def reversible(
    store: Store,
    changes: Changes,
    undo: Callable[[], object],
    redo: Callable[[], object],
    record_id: str = "",
) -> Applied:
    """The `Applied` of work just done (by what `redo` does again): its inverse runs `undo`
    in one transaction and returns the `Applied` whose inverse runs `redo`, and so on. Both
    ways touch the same records, so both report `changes`."""

    def inverse() -> Applied:
        with store.transaction():
            undo()
        return reversible(store, changes, redo, undo, record_id)

    return Applied(changes, inverse, record_id)


def combined(store: Store, steps: Sequence[Applied]) -> Applied:
    """Several applied steps as one: the inverse undoes them last first, in one
    transaction (all or nothing), and its inverse redoes them in order."""
    steps = list(steps)

    def inverse() -> Applied:
        with store.transaction():
            undone = [step.inverse() for step in reversed(steps)]
        return combined(store, undone)

    record_id = steps[-1].record_id if steps else ""
    return Applied(Changes.union([step.changes for step in steps]), inverse, record_id)
