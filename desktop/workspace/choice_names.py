"""Articles named alike in the panes' choosers are told apart by their source file.

A budget imported as its PDF and as its Word file, or one report saved twice, showed
the same "title · outlet · date" twice. Only the names that repeat look their sources up,
so the chooser of a project of thousands stays cheap."""

from __future__ import annotations

from collections import Counter

from claimdesk.db.records.article_sources import article_sources
from claimdesk.db.storage.store_base import StoreBase


def told_apart(store: StoreBase, choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`choices` (article id, name), each repeated name followed by its source file's."""
    counts = Counter(name for _id, name in choices)
    alike = [article_id for article_id, name in choices if counts[name] > 1]
    if not alike:
        return choices
    sources = article_sources(store, alike)
    named = []
    for article_id, name in choices:
        source = sources.get(article_id)
        file_name = source.provenance.file_name if source else ""
        named.append((article_id, f"{name} · {file_name}" if file_name else name))
    return named
