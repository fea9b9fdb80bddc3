"""Candidate links between articles, found offline; a person accepts or dismisses each.

Three kinds of evidence that two reports make the same claim: they quote the same passage,
they give a figure for the same thing ("three Americans" / "four Americans"), or they
share a nearly identical sentence. Nothing is linked here: the fact-checker decides, and a
dismissed suggestion stays away (its key is stored in the project).

The search is bounded, because one pasted 10 MB article would otherwise keep a core busy
for minutes: an article is compared on its first `MAX_ARTICLE_CHARS` characters, and a
`Budget` (time, and a cancel check) stops the search early. Either way the suggestions
found so far come back in a `SuggestionSearch` that says what was left out.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimdesk.db.messages import message
from claimdesk.db.storage import dismissals, suggestion_rows
from claimdesk.db.storage.clock import now
from claimdesk.db.storage.store import Store

from .figure_matching import figure_candidates
from .link_candidates import Candidate, InScope, Span, short_quote
from .repeated_wording import quotation_candidates, sentence_candidates
from .search_budget import Budget
from .text_spans import sentences

MAX_ARTICLE_CHARS = 1_000_000
"""An article is compared on this many characters at most (cut at a line break): reading
a 10 MB article into sentences alone takes longer than anyone waits for suggestions."""
_BUCKET = 256


@dataclass(frozen=True)
class SpanRef:
    article_id: str
    start: int
    end: int
    text: str
    annotation_id: str | None  # an existing live annotation covering it, if any


@dataclass(frozen=True)
class Suggestion:
    key: str  # stable across runs; what dismissing remembers
    kind: str  # "quotation" | "figure" | "sentence"
    relation: str  # the proposed relation
    reason: str
    score: float  # 0..1
    source: SpanRef
    target: SpanRef


@dataclass(frozen=True)
class SuggestionSearch:
    """The suggestions found, and what the search left out when it was bounded."""

    suggestions: list[Suggestion]
    shortened: tuple[str, ...] = ()  # titles of articles compared only in part
    stopped: str = ""  # "time" or "cancelled" when the search stopped early
    seconds: float | None = field(default=None, compare=False)

    @property
    def complete(self) -> bool:
        return not self.shortened and not self.stopped

    def note(self) -> str:
        """One line for the user on what was left out ("" when nothing was)."""
        return " ".join(self.notes())

    def notes(self) -> list[str]:
        """What was left out, one message each."""
        parts: list[str] = []
        if self.stopped == "cancelled":
            parts.append(message("Search cancelled; these are the suggestions found before."))
        elif self.stopped == "time":
            parts.append(
                message(
                    "Stopped after {seconds:g} s (the articles are long); these are the "
                    "suggestions found so far.",
                    seconds=self.seconds,
                )
            )
        if len(self.shortened) == 1:
            parts.append(
                message(
                    "“{title}” is long: only its first {limit:,} characters were compared.",
                    title=short_quote(self.shortened[0]),
                    limit=MAX_ARTICLE_CHARS,
                )
            )
        elif self.shortened:
            parts.append(
                message(
                    "{count} long articles were compared only on their first {limit:,} characters.",
                    count=len(self.shortened),
                    limit=MAX_ARTICLE_CHARS,
                )
            )
        return parts


def suggest_links(
    store: Store, article_ids: Iterable[str] | None = None, *, limit: int = 200
) -> list[Suggestion]:
    """The best `limit` suggestions (see `find_suggestions`), with no time limit."""
    return find_suggestions(store, article_ids, limit=limit).suggestions


def find_suggestions(
    store: Store,
    article_ids: Iterable[str] | None = None,
    *,
    limit: int = 200,
    budget: Budget | None = None,
    only_annotator: str = "",
) -> SuggestionSearch:
    """The best `limit` suggestions, best first, involving at least one of `article_ids`.

    Partners are looked for in the whole project; without `article_ids`, every live
    article is in scope. Pairs already linked (or in one claim) and dismissed keys are left
    out, and a span that an existing live annotation overlaps becomes that annotation.
    The search stays within `budget` and the work limits (see the module doc). With
    `only_annotator` (blind annotation) only that annotator's annotations and dismissals
    count: where a colleague tagged, linked or dismissed must not show through.
    """
    budget = budget or Budget()
    rows = suggestion_rows.live_articles(store)
    texts = {article_id: text for article_id, _, _, text in rows}
    order = {article_id: (date, article_id) for article_id, date, _, _ in rows}
    scope = set(texts) if article_ids is None else set(article_ids) & set(texts)
    if not scope or limit <= 0:
        return SuggestionSearch([])
    wanted = InScope(scope)
    compared = _compared_texts(texts, scope, budget)
    split = {article_id: sentences(text) for article_id, text in compared.items()}
    candidates = [
        *quotation_candidates(texts, compared, wanted, budget),
        *figure_candidates(texts, split, store.article_languages([*split]), wanted, order, budget),
        *sentence_candidates(texts, split, wanted, budget),
    ]
    titles = {article_id: title for article_id, _, title, _ in rows}
    return SuggestionSearch(
        _Picker(store, texts, order, only_annotator).pick(candidates, limit),
        tuple(titles[i] for i in compared if len(compared[i]) < len(texts[i])),
        budget.stopped,
        budget.seconds,
    )


def _compared_texts(texts: dict[str, str], scope: set[str], budget: Budget) -> dict[str, str]:
    """What of each article is compared: the asked-about ones first, then the others from
    the shortest, each up to `MAX_ARTICLE_CHARS` (cut at a line break when there is one),
    as far as the budget reaches. A cut is a prefix, so every offset stays the article's."""
    compared: dict[str, str] = {}
    for article_id in sorted(texts, key=lambda i: (i not in scope, len(texts[i]), i)):
        if compared and budget.gathering_over():
            break
        text = texts[article_id]
        if len(text) > MAX_ARTICLE_CHARS:
            cut = text.rfind("\n", MAX_ARTICLE_CHARS // 2, MAX_ARTICLE_CHARS)
            text = text[: cut if cut > 0 else MAX_ARTICLE_CHARS]
        compared[article_id] = text
    return compared


def dismiss_suggestion(store: Store, key: str, annotator_id: str) -> None:
    """Never propose this suggestion again in this project (nor in files merged from it)."""
    with store.transaction():
        dismissals.dismiss(store, key, annotator_id, now())


def undismiss_suggestion(store: Store, key: str, annotator_id: str) -> None:
    """Undo this annotator's dismissal (a colleague's of the same suggestion stays)."""
    with store.transaction():
        dismissals.undismiss(store, key, annotator_id)


def dismissed_keys(store: Store, annotator_id: str = "") -> set[str]:
    """The suggestions anyone dismissed, or only `annotator_id` (under blind annotation a
    colleague's dismissal must not hide a suggestion from me)."""
    return dismissals.dismissed_keys(store, annotator_id)


class _Picker:
    """Turns candidates into suggestions: existing annotations, exclusions, best first."""

    def __init__(
        self,
        store: Store,
        texts: dict[str, str],
        order: dict[str, tuple[str, str]],
        only_annotator: str = "",
    ):
        self.texts = texts
        self.order = order
        self.dismissed = dismissed_keys(store, only_annotator)  # blind: only mine count
        self.spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self.longest: dict[str, int] = defaultdict(int)
        for annotation_id, article_id, start, end in suggestion_rows.live_spans(
            store, only_annotator
        ):
            self.spans[article_id].append((start, end, annotation_id))
            self.longest[article_id] = max(self.longest[article_id], end - start)
        self.linked = {frozenset(row) for row in suggestion_rows.live_link_ends(store)}
        self.claims: dict[str, set[str]] = defaultdict(set)
        for claim_id, annotation_id in suggestion_rows.live_memberships(store):
            self.claims[annotation_id].add(claim_id)

    def pick(self, candidates: list[Candidate], limit: int) -> list[Suggestion]:
        ranked = sorted(candidates, key=lambda c: (-c.score, c.kind, c.first, c.second))
        chosen: list[Suggestion] = []
        placed: dict[tuple[str, int], list[Suggestion]] = defaultdict(list)
        for candidate in ranked:
            key = _key(candidate, self.texts)
            if key in self.dismissed:
                continue
            first, second = sorted(
                (self.resolve(candidate.first), self.resolve(candidate.second)),
                key=lambda ref: self.order[ref.article_id],
            )
            if self.already_linked(first, second) or _repeats(placed, first, second):
                continue
            chosen.append(
                Suggestion(
                    key,
                    candidate.kind,
                    "same_claim",
                    candidate.reason,
                    round(candidate.score, 3),
                    first,
                    second,
                )
            )
            for bucket in _buckets(first):
                placed[bucket].append(chosen[-1])
            if len(chosen) >= limit:
                break
        return chosen

    def resolve(self, span: Span) -> SpanRef:
        """The span, or the live annotation overlapping it most."""
        article_id, start, end = span
        best: tuple[int, int, str] | None = None
        best_overlap = 0
        annotation_id: str | None
        spans = self.spans.get(article_id, [])
        first = bisect.bisect_left(spans, (start - self.longest[article_id],))
        for a_start, a_end, annotation_id in spans[first:]:
            if a_start >= end:
                break
            overlap = min(end, a_end) - max(start, a_start)
            if overlap > best_overlap:
                best, best_overlap = (a_start, a_end, annotation_id), overlap
        if best is not None:
            start, end, annotation_id = best
        else:
            annotation_id = None
        return SpanRef(article_id, start, end, self.texts[article_id][start:end], annotation_id)

    def already_linked(self, first: SpanRef, second: SpanRef) -> bool:
        if first.annotation_id is None or second.annotation_id is None:
            return False
        if frozenset((first.annotation_id, second.annotation_id)) in self.linked:
            return True
        return bool(self.claims[first.annotation_id] & self.claims[second.annotation_id])


def _repeats(
    placed: dict[tuple[str, int], list[Suggestion]], first: SpanRef, second: SpanRef
) -> bool:
    """Another suggestion already pairs these two places (say a quotation and its sentence)."""
    return any(
        _overlap(first, other.source) and _overlap(second, other.target)
        for bucket in _buckets(first)
        for other in placed.get(bucket, ())
    )


def _buckets(span: SpanRef) -> list[tuple[str, int]]:
    """Stretches of _BUCKET characters the span touches: overlap checks stay local."""
    first, last = span.start // _BUCKET, (span.end - 1) // _BUCKET
    return [(span.article_id, number) for number in range(first, last + 1)]


def _overlap(a: SpanRef, b: SpanRef) -> bool:
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end


def _key(candidate: Candidate, texts: dict[str, str]) -> str:
    """A hash of the kind and both spans (article, offsets, text), whichever comes first."""
    parts: list[object] = [candidate.kind]
    for article_id, start, end in sorted((candidate.first, candidate.second)):
        parts += [article_id, start, end, texts[article_id][start:end]]
    raw = "\x1f".join(map(str, parts))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]
