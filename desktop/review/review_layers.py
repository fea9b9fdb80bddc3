"""How review mode draws two annotators' layers, and which spans disagree.

A span *agrees* when the other annotator has an overlapping span with the same tag in
the same article. Every other span (only one side has it, or the overlapping spans carry
other tags) is a *difference*: it is drawn as a dashed outline in `DIFFERENCE_COLOR`,
the same in the margin, so disagreements stand out in either layout. Agreeing spans keep
their tag colour: the reviewer's own filled, the colleague's underlined.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from claimdesk.db.records.model import Annotation
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.workspace.article_view import HighlightSpan

DIFFERENCE_COLOR = "#e6007e"
SIDE_BY_SIDE = "side_by_side"
"""Layout: the reviewer's layer in the left pane, the colleague's in the right one."""
ONE_PANE = "one_pane"
"""Layout: both layers in one pane, the reviewer's filled and the colleague's underlined."""


def differences(
    mine: list[Annotation],
    theirs: list[Annotation],
    tag_name: Callable[[str], str],
    my_name: str,
    their_name: str,
) -> dict[str, str]:
    """Annotation id -> why it is a difference, for the spans of one article that differ."""
    found: dict[str, str] = {}
    for side, other, who, other_who in (
        (mine, theirs, my_name, their_name),
        (theirs, mine, their_name, my_name),
    ):
        for annotation in side:
            overlapping = _overlapping(annotation, other)
            if not overlapping:
                found[annotation.id] = translate("review_layers", "Only {who} marked this").format(
                    who=who
                )
            elif all(o.tag_id != annotation.tag_id for o in overlapping):
                tags = ", ".join(dict.fromkeys(tag_name(o.tag_id) for o in overlapping))
                found[annotation.id] = translate(
                    "review_layers", "Tag differs: {who} tagged it {tags}"
                ).format(who=other_who, tags=tags)
    return found


def _overlapping(annotation: Annotation, others: list[Annotation]) -> list[Annotation]:
    """`others` is sorted by start (as the store returns them)."""
    starts = [other.start for other in others]
    before_end = others[: bisect_left(starts, annotation.end)]
    return [other for other in before_end if other.end > annotation.start]


def layer_span(base: HighlightSpan, *, colleague: bool, difference: bool) -> HighlightSpan:
    """The reviewer's span filled, the colleague's underlined, differences outlined."""
    if difference:
        return base._replace(color=DIFFERENCE_COLOR, style="outline")
    return base._replace(style="underline") if colleague else base
