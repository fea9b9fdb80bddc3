"""Which links a gutter between two panes draws: those of the highlights in view, and of
the rest one band per relation and way across (bands out of view all look alike)."""

from __future__ import annotations

from claimdesk.db.records.model import Link
from claimdesk.desktop.workspace.link_bands import Connector, ConnectorIndex


class Pane:
    """A view showing characters `first`..`last` of a text with these highlights."""

    def __init__(self, first: int, last: int, spans: dict[str, tuple[int, int]]):
        self.first, self.last, self.spans = first, last, spans

    def span_extents(self) -> dict[str, tuple[int, int]]:
        return self.spans

    def visible_extent(self) -> tuple[int, int]:
        return self.first, self.last


LEFT = Pane(1_000, 2_000, {"above": (10, 20), "shown": (1_500, 1_510), "below": (5_000, 5_010)})
RIGHT = Pane(1_000, 2_000, {"up": (30, 40), "here": (1_200, 1_220), "down": (9_000, 9_020)})


def connector(link_id: str, left: str, right: str, relation: str = "supports") -> Connector:
    link = Link(link_id, left, right, relation, "ana", "", "2026-01-01", "2026-01-01")
    return Connector(link, left, right)


def test_the_links_of_a_highlight_in_view_are_found_by_that_highlight():
    index = ConnectorIndex(
        [connector("a", "shown", "down"), connector("b", "above", "up")], LEFT, RIGHT
    )
    assert [c.link.id for c in index.touching(["shown"])] == ["a"]
    assert [c.link.id for c in index.touching(["here"])] == []


def test_links_crossing_the_view_from_above_to_below_give_one_band_per_relation_and_way():
    index = ConnectorIndex(
        [
            connector("down-1", "above", "down"),
            connector("down-2", "above", "down"),
            connector("down-contradicts", "above", "down", "contradicts"),
            connector("up", "below", "up"),
            connector("both-above", "above", "up"),
            connector("both-below", "below", "down"),
            connector("in-view", "shown", "down"),
        ],
        LEFT,
        RIGHT,
    )
    crossing = sorted(c.link.id for c in index.crossing(LEFT, RIGHT))
    assert len(crossing) == 3
    assert crossing[0] in ("down-1", "down-2")
    assert crossing[1:] == ["down-contradicts", "up"]


def test_a_link_whose_end_is_not_shown_is_left_out():
    index = ConnectorIndex([connector("gone", "hidden", "down")], LEFT, RIGHT)
    assert len(index) == 0 and index.crossing(LEFT, RIGHT) == []
