"""How a link's relation is named in the window: `db` keeps its English label for files
and the command line; the window shows it in the interface's language."""

from __future__ import annotations

from claimdesk.desktop.i18n import mark, translated

RELATION_NAMES: dict[str, str] = {
    "same_claim": mark("Relations", "same claim"),
    "supports": mark("Relations", "supports"),
    "contradicts": mark("Relations", "contradicts"),
    "related": mark("Relations", "related"),
}


def relation_name(relation: str) -> str:
    """The relation's name as shown; an unknown key (from a newer file) as it is."""
    known = RELATION_NAMES.get(relation)
    return translated("Relations", known) if known is not None else relation
