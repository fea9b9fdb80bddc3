"""The records a project holds, as plain frozen dataclasses returned by the store.

Offsets (`start`, `end`) are Unicode code points into `Article.text`, i.e. Python `str`
indices; `end` is exclusive. Times are UTC ISO-8601 strings (see `clock.now`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

RELATIONS: tuple[str, ...] = ("same_claim", "supports", "contradicts", "related")
RELATION_LABELS: dict[str, str] = {
    "same_claim": "same claim",
    "supports": "supports",
    "contradicts": "contradicts",
    "related": "related",
}
DECISIONS: tuple[str, ...] = ("accepted", "rejected")
CONTEXT_CHARS = 32
"""How many characters of text before and after a quote are kept to re-anchor it."""


@dataclass(frozen=True, slots=True)
class Annotator:
    id: str
    name: str
    created: str
    modified: str


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article without its text: what lists and pickers need."""

    id: str
    title: str
    outlet: str
    author: str
    date: str
    url: str
    length: int
    annotation_count: int


@dataclass(frozen=True, slots=True)
class ArticleHeading:
    """How an article is named in pickers: no text and no counts, so cheap for 1,000s."""

    id: str
    title: str
    outlet: str
    date: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    outlet: str
    author: str
    date: str
    url: str
    source: str
    text: str
    sha256: str
    created: str
    modified: str
    language: str = ""
    """The language its figures, dates and claims are read in ("es"; `analysis.language`);
    empty in a project from before languages were stored: told from the text when read."""
    deleted: bool = False

    @property
    def length(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class Tag:
    id: str
    name: str
    color: str
    shortcut: str
    description: str
    position: int
    created: str
    modified: str
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    """One step of the project's rating scale; `value` orders it (higher = truer)."""

    id: str
    name: str
    color: str
    description: str
    position: int
    value: int | None
    created: str
    modified: str
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    article_id: str
    annotator_id: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    tag_id: str
    verdict_id: str | None
    confidence: float | None
    note: str
    evidence: tuple[str, ...]
    created: str
    modified: str
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A directed relation between two annotations (possibly in different articles)."""

    id: str
    source_id: str
    target_id: str
    relation: str
    annotator_id: str
    note: str
    created: str
    modified: str
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim made in several places: the fact-checker's wording and rating of it."""

    id: str
    wording: str
    verdict_id: str | None
    explanation: str
    evidence: tuple[str, ...]
    annotator_id: str
    created: str
    modified: str
    deleted: bool = False
    annotation_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Review:
    """A reviewer's decision on one annotation (the latest one counts)."""

    id: str
    annotation_id: str
    reviewer_id: str
    decision: str
    comment: str
    created: str
    modified: str
    deleted: bool = False
