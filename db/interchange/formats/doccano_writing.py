"""doccano's sequence-labelling import shape, one article per line, for annotating on there.

A line is `{"text", "label": [[start, end, tag], ...], "meta": {...}}`, the shape of
doccano's own import examples (its docs and the backend's `data_import` examples). The
offsets count UTF-16 units by default: doccano's browser counts them (doccano #2290: in a
sequence-labelling project without "Count grapheme clusters as one character", after
"👨🏻‍🚒 " the word "firetrucks" is 22–32 in doccano and 19–29 in Python), so spans after
an emoji land where they belong; `offsets="codepoints"` writes Python's count instead.
Everything else (annotators, verdicts, notes, links, claims) has no place in doccano's
file and is listed as left out; the file comes back through the `jsonl` reader.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.db.analysis.offset_units import UTF16, OffsetUnits
from claimdesk.db.messages import message

from .common import Ticker, atomic_file

if TYPE_CHECKING:
    from claimdesk.db.interchange.export import ExportData

SUFFIX = ".jsonl"
DEFAULT_OFFSETS = UTF16


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with atomic_file(out, newline="\n") as handle:
        for article in data.articles:
            spans = data.by_article.get(article.id, ())
            units = OffsetUnits(article.text) if data.offsets == UTF16 else None
            label = [
                [
                    units.to_utf16(a.start) if units else a.start,
                    units.to_utf16(a.end) if units else a.end,
                    data.tag_name(a),
                ]
                for a in spans
            ]
            meta = {"claimdesk_id": article.id, "title": article.title, "url": article.url}
            handle.write(dumps({"text": article.text, "label": label, "meta": meta}))
            handle.write("\n")
            ticker.tick(1 + len(spans))
    data.left_out.extend(_left_out(data))
    return [out]


def _left_out(data: ExportData) -> list[str]:
    """One line per kind of record doccano's file has no place for."""
    lines: list[str] = []
    if data.annotations:
        lines.append(
            message(
                "left out: annotators, verdicts, notes and evidence (a doccano line holds"
                " spans and their tags only; export jsonl for the full records)"
            )
        )
    if data.links or data.claims:
        lines.append(
            message("left out: links and claims (no place in doccano's sequence labelling)")
        )
    return lines
