"""Which links a gutter draws: those with an end in view, and one for each way across.

A screen shows a few dozen highlights, but two panes may share 100,000 links: laying out
and painting a band for each took 12 s per frame. A band with neither end in view either
runs past the gutter (both ends above it, or both below) or crosses it from corner to
corner, where every such band has the same shape (an end out of view is drawn just past
the edge). So a gutter draws the bands of the highlights in view, those it must stress
(the selected link, the current annotation's), and one crossing band per relation and way.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Protocol

from claimdesk.db.records.model import Link
from claimdesk.db.storage.bulk import cyclic_gc_paused


@dataclass(frozen=True)
class Connector:
    """A link as one handle draws it: which end sits in the left pane, which in the right."""

    link: Link
    left_id: str
    right_id: str


class SpanPlaces(Protocol):
    """What the index needs of an article view."""

    def span_extents(self) -> dict[str, tuple[int, int]]: ...

    def visible_extent(self) -> tuple[int, int]: ...


class ConnectorIndex:
    """The connectors between two panes, found by the highlights in view in a few lookups."""

    def __init__(self, connectors: Iterable[Connector], left: SpanPlaces, right: SpanPlaces):
        with cyclic_gc_paused():  # 100,000 links' tuples would set off collection passes
            self._index(connectors, left, right)

    def _index(self, connectors: Iterable[Connector], left: SpanPlaces, right: SpanPlaces) -> None:
        self.by_link: dict[str, Connector] = {}
        self._by_end: dict[str, list[Connector]] = {}
        placed: dict[str, list[tuple[tuple[int, int], tuple[int, int], Connector]]] = {}
        left_extents, right_extents = left.span_extents(), right.span_extents()
        for connector in connectors:
            left_extent = left_extents.get(connector.left_id)
            right_extent = right_extents.get(connector.right_id)
            if left_extent is None or right_extent is None:
                continue
            self.by_link[connector.link.id] = connector
            self._by_end.setdefault(connector.left_id, []).append(connector)
            self._by_end.setdefault(connector.right_id, []).append(connector)
            placed.setdefault(connector.link.relation, []).append(
                (left_extent, right_extent, connector)
            )
        self._down = [_Crossing.downwards(rows) for rows in placed.values()]
        self._up = [_Crossing.upwards(rows) for rows in placed.values()]

    def __len__(self) -> int:
        return len(self.by_link)

    def touching(self, annotation_ids: Iterable[str]) -> list[Connector]:
        """Connectors with an end at any of these annotations, each once."""
        found: dict[str, Connector] = {}
        for annotation_id in annotation_ids:
            for connector in self._by_end.get(annotation_id, ()):
                found[connector.link.id] = connector
        return list(found.values())

    def crossing(self, left: SpanPlaces, right: SpanPlaces) -> list[Connector]:
        """One connector per relation and way among those from above the view on one side
        to below it on the other."""
        left_first, left_last = left.visible_extent()
        right_first, right_last = right.visible_extent()
        found = [way.below_right(left_first, right_last) for way in self._down]
        found += [way.above_right(left_last, right_first) for way in self._up]
        return [connector for connector in found if connector is not None]


class _Crossing:
    """Connectors of one relation sorted by their left end, with the running extreme of
    their right end: "is any left end above the view while its right end is below?" is
    one bisection (and the other way round)."""

    def __init__(self, keys: list[int], extremes: list[tuple[int, int]], rows: list):
        self._keys = keys
        self._extremes = extremes
        self._rows = rows

    @classmethod
    def downwards(cls, rows: list) -> _Crossing:
        """Sorted by the left end's last character; the largest right start so far."""
        rows = sorted(rows, key=lambda row: row[0][1])
        starts = [(row[1][0], index) for index, row in enumerate(rows)]
        return cls([row[0][1] for row in rows], list(accumulate(starts, max)), rows)

    @classmethod
    def upwards(cls, rows: list) -> _Crossing:
        """Sorted by the left end's first character; the smallest right end from there on."""
        rows = sorted(rows, key=lambda row: row[0][0])
        ends = [(row[1][1], index) for index, row in enumerate(rows)]
        suffix = list(accumulate(reversed(ends), min))[::-1]
        return cls([row[0][0] for row in rows], suffix, rows)

    def below_right(self, left_first: int, right_last: int) -> Connector | None:
        """A connector whose left end is above the left view and right end below the right."""
        count = bisect_left(self._keys, left_first)
        if count and self._extremes[count - 1][0] > right_last:
            return self._rows[self._extremes[count - 1][1]][2]
        return None

    def above_right(self, left_last: int, right_first: int) -> Connector | None:
        """A connector whose left end is below the left view and right end above the right."""
        first = bisect_right(self._keys, left_last)
        if first < len(self._keys) and self._extremes[first][0] < right_first:
            return self._rows[self._extremes[first][1]][2]
        return None
