"""An annotation as the export formats read it: a plain named tuple, not the store's record.

An export reads every live annotation (100,000 in the benchmark); building the store's
frozen `Annotation` for each cost more than SQLite took to read the rows, and the
formats never read the stored context (`prefix`/`suffix`: W3C takes it from the text) or
`deleted` (only live ones are exported). The tuple is the row itself, made in C.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple

from claimdesk.db.storage.store_base import load_list


class ExportedAnnotation(NamedTuple):
    """The columns of `storage.export_rows.EXPORTED_ANNOTATION_COLUMNS`."""

    id: str
    article_id: str
    annotator_id: str
    start: int
    end: int
    quote: str
    tag_id: str
    verdict_id: str | None
    confidence: float | None
    note: str
    evidence_json: str
    created: str
    modified: str

    @property
    def evidence(self) -> tuple[str, ...]:
        """The evidence URLs (stored as a JSON list; parsed when a format writes them)."""
        return load_list(self.evidence_json)


def exported_annotations(rows: Iterable[tuple[object, ...]]) -> list[ExportedAnnotation]:
    """Rows of `EXPORTED_ANNOTATION_COLUMNS` as records, by article, then in text order,
    then oldest first."""
    found: list[ExportedAnnotation] = list(map(ExportedAnnotation._make, rows))
    found.sort(key=_TEXT_ORDER)  # rows come by (article, start): only ties move
    return found


_TEXT_ORDER = itemgetter(1, 3, 4, 11)
"""(article, start, end, created): each article's spans in text order, oldest first."""
