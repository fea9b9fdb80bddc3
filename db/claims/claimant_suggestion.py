"""Who probably made a claim in one appearance, read from the fact-checker's own marks: an
*Attribution* annotation linked to the appearance, else the nearest one beside it in the
same article ("…, the government said", "according to Foro Penal, …").

Only a suggestion: the inspector offers it, the fact-checker confirms or corrects it.
"""

from __future__ import annotations

import re

from claimdesk.db.records.model import Annotation
from claimdesk.db.storage.store import Store

ATTRIBUTION = "Attribution"
NEARBY = 160
"""At most this many code points between an appearance and an Attribution beside it."""
_SPEECH = (
    r"said|says|say|told|announced|claimed|claims|reported|reports|stated|states|confirmed"
    r"|confirms|insisted|insists|added|noted|warned|estimated|estimates|counted|denied|negated"
    r"|disputed|rejected"
)
_EDGES = re.compile(
    rf"^(?:according\s+to|as\s+(?:reported|stated)\s+by|per)\s+|\s+(?:has\s+|had\s+)?(?:{_SPEECH})$",
    re.IGNORECASE,
)


def suggested_claimant(store: Store, annotation_id: str) -> str | None:
    """A claimant's name for the appearance `annotation_id`, or None when nothing says."""
    tag = store.tag_by_name(ATTRIBUTION)
    if tag is None:
        return None
    appearance = store.annotation(annotation_id)
    linked = [
        link.target_id if link.source_id == annotation_id else link.source_id
        for link in store.links([annotation_id])
    ]
    for other_id in linked:
        other = store.annotation(other_id)
        if other.tag_id == tag.id and not other.deleted:
            return claimant_name(other.quote)
    beside = [
        (gap, other)
        for other in store.annotations(appearance.article_id)
        if other.tag_id == tag.id and (gap := _gap(appearance, other)) <= NEARBY
    ]
    if not beside:
        return None
    return claimant_name(min(beside, key=lambda pair: pair[0])[1].quote)


def claimant_name(quote: str) -> str | None:
    """ "the government said" → "The government"; "according to Foro Penal" → "Foro Penal"."""
    name = " ".join(quote.split()).strip(" ,.;:—–-\"“”'")
    for _ in range(2):
        name = _EDGES.sub("", name).strip(" ,.;:")
    return name[:1].upper() + name[1:] if name else None


def _gap(first: Annotation, second: Annotation) -> int:
    """Code points between two spans (0 when they touch or overlap)."""
    return max(0, second.start - first.end, first.start - second.end)
