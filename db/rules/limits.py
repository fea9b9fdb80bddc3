"""Every limit on what a file may bring into a project, in one place.

A file is untrusted: without these, one dataset could hold a 100 MB article (the window
froze for 80 s at 4.2 GB), a million links on one annotation (the window never painted)
or JSON nested until the parser's recursion failed. Each limit sits far above what real
fact-checking work produces and low enough that the window stays responsive at it.
Importers, `store.add_link` and merge check these; resources/docs/reliability.md
states them.
"""

from __future__ import annotations

MB = 1024 * 1024

ARTICLE_BYTES = 10 * MB
"""One article's text, as UTF-8 (a file, or a text inside a dataset file): a news report
is rarely over 100 kB, and 10 MB keeps the article pane responsive."""

DATASET_BYTES = 256 * MB
"""One dataset file read by `import-annotations` (JSONL, W3C, Label Studio): room for
hundreds of thousands of annotations with their articles' texts, while parsing it stays
within a few GB of memory."""

EVIDENCE_FILE_BYTES = 25 * MB
"""One file attached as evidence (a PDF, a screenshot, an archive), kept inside the project:
a scanned report is rarely over 10 MB; larger files belong in an archive linked by URL."""

EVIDENCE_PROJECT_WARNING_BYTES = 500 * MB
"""Evidence files in one project past which attaching warns that the file grows large
(to copy, mail and merge); attaching still works."""

RECORDS_PER_FILE = 1_000_000
"""Articles, annotations, links and claims together in one dataset file."""

LINKS_PER_ANNOTATION = 1_000
"""Live links touching one annotation: the review panel and link bands draw each one."""

JSON_DEPTH = 64
"""How deeply arrays and objects may nest in a dataset file; every format needs under 10.
Deeper JSON is refused before parsing (the parser recurses and would fail unpredictably)."""

ID_CHARS = 200
"""A record id (a UUID is 36 characters; other tools' ids are short too)."""

NAME_CHARS = 200
"""A tag, verdict, relation or annotator name."""

TITLE_CHARS = 2_000
"""An article's title, outlet, author or date."""

URL_CHARS = 8_192
"""An article's url, or one piece of evidence (a link or a short citation)."""

EVIDENCE_ITEMS = 100
"""Pieces of evidence on one annotation or claim."""

NOTE_CHARS = 100_000
"""A note, review comment, claim wording or explanation."""

QUOTE_CHARS = 100_000
"""A span's quoted text, or the context remembered before or after it (re-anchoring
compares the quote with the text; a longer one is a whole article, not a span)."""


def describe_bytes(limit: int) -> str:
    """A byte limit as messages name it: '10 MB'."""
    return f"{limit // MB} MB" if limit >= MB else f"{limit} bytes"
