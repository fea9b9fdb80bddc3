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
import heapq
import math
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from claimdesk.db.storage.clock import now
from claimdesk.db.storage.store import Store

from .figures import find_figures
from .text_spans import Passage, Word, quotations, sentences

QUOTATION_WORDS = 4
SENTENCE_WORDS = 6
SENTENCE_JACCARD = 0.7
NOUN_WINDOW = 3
"""How many words after a number may name what it counts ("56 political prisoners")."""
MAX_BUCKET = 400
"""Figures per counted noun (and sentences per indexed word and article) considered, so a
word like "people" cannot explode the pairs."""
CANDIDATE_CAP = 4000
"""Candidates of one kind kept while searching (the best by score): memory stays bounded
on long, repetitive articles, where pairs could otherwise number in the millions."""
MAX_ARTICLE_CHARS = 1_000_000
"""An article is compared on this many characters at most (cut at a line break): reading
a 10 MB article into sentences alone takes longer than anyone waits for suggestions."""
SEARCH_SECONDS = 4.0
"""What the window allows a search (with reading the articles, under 5 s in all)."""
GATHER_SHARE = 0.5
"""The share of a budget spent reading articles into sentences; comparing gets the rest."""
_SHORT = 60
_BUCKET = 256
_STOP_WORDS = """
    a an the of in on at to for by with from and or but nor it its they them their he she
    his her we us our you i me my this that these those who whom which what as than then so
    such more most less fewer out up down off over under about into onto was were is are be
    been being had has have having do does did said says say told according also only still
    just far some any all each every other another own same very too not no per cent percent
    were when where while after before since until during there here how why monday tuesday
    wednesday thursday friday saturday sunday"""
_STOP = frozenset(_STOP_WORDS.split())

Span = tuple[str, int, int]  # article id, start, end


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


class Budget:
    """How long a search may run, and whether it was cancelled; checked as it goes.

    `seconds=None` sets no time limit (the command line); the work limit still holds."""

    def __init__(self, seconds: float | None = None, cancelled: Callable[[], bool] | None = None):
        self.seconds = seconds
        self.cancelled = cancelled
        self.start = time.monotonic()
        self.stopped = ""  # "time" or "cancelled" once the search had to stop

    def gathering_over(self) -> bool:
        """Stop reading more articles (comparing what was read still has time)."""
        return self._over(GATHER_SHARE)

    def over(self) -> bool:
        return self._over(1.0)

    def _over(self, share: float) -> bool:
        if self.stopped:
            return True
        if self.cancelled is not None and self.cancelled():
            self.stopped = "cancelled"
        elif self.seconds is not None and time.monotonic() - self.start >= share * self.seconds:
            self.stopped = "time"
        return bool(self.stopped)


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
        parts = []
        if self.stopped == "cancelled":
            parts.append("Search cancelled; these are the suggestions found before.")
        elif self.stopped == "time":
            parts.append(
                f"Stopped after {self.seconds:g} s (the articles are long);"
                " these are the suggestions found so far."
            )
        if len(self.shortened) == 1:
            parts.append(
                f"“{_short(self.shortened[0])}” is long: only its first"
                f" {MAX_ARTICLE_CHARS:,} characters were compared."
            )
        elif self.shortened:
            parts.append(
                f"{len(self.shortened)} long articles were compared only on their first"
                f" {MAX_ARTICLE_CHARS:,} characters."
            )
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: str
    reason: str
    score: float
    first: Span
    second: Span


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
) -> SuggestionSearch:
    """The best `limit` suggestions, best first, involving at least one of `article_ids`.

    Partners are looked for in the whole project; without `article_ids`, every live
    article is in scope. Pairs already linked (or in one claim) and dismissed keys are left
    out, and a span that an existing live annotation overlaps becomes that annotation.
    The search stays within `budget` and the work limits (see the module doc).
    """
    budget = budget or Budget()
    rows = store._rows("SELECT id, date, title, text FROM articles WHERE deleted = 0")
    texts = {article_id: text for article_id, _, _, text in rows}
    order = {article_id: (date, article_id) for article_id, date, _, _ in rows}
    scope = set(texts) if article_ids is None else set(article_ids) & set(texts)
    if not scope or limit <= 0:
        return SuggestionSearch([])
    wanted = _InScope(scope)
    compared = _compared_texts(texts, scope, budget)
    split = {article_id: sentences(text) for article_id, text in compared.items()}
    candidates = [
        *_quotation_candidates(texts, compared, wanted, budget),
        *_figure_candidates(texts, split, wanted, order, budget),
        *_sentence_candidates(texts, split, wanted, budget),
    ]
    titles = {article_id: title for article_id, _, title, _ in rows}
    return SuggestionSearch(
        _Picker(store, texts, order).pick(candidates, limit),
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
        store.conn.execute(
            "INSERT OR IGNORE INTO dismissed_suggestions (key, annotator_id, created)"
            " VALUES (?, ?, ?)",
            (key, annotator_id, now()),
        )


def undismiss_suggestion(store: Store, key: str) -> None:
    """Undo a dismissal."""
    with store.transaction():
        store.conn.execute("DELETE FROM dismissed_suggestions WHERE key = ?", (key,))


def dismissed_keys(store: Store) -> set[str]:
    return {row[0] for row in store._rows("SELECT key FROM dismissed_suggestions")}


class _InScope:
    def __init__(self, scope: set[str]):
        self.scope = scope

    def __call__(self, first: str, second: str) -> bool:
        """A pair worth proposing: two articles, at least one of them asked about."""
        return first != second and (first in self.scope or second in self.scope)


def _quotation_candidates(
    texts: dict[str, str], compared: dict[str, str], wanted: _InScope, budget: Budget
) -> list[_Candidate]:
    """A quotation of one article found inside (or equal to) a quotation of another."""
    quotes = {article_id: quotations(text) for article_id, text in compared.items()}
    index: dict[tuple[str, ...], list[tuple[str, Passage, int]]] = defaultdict(list)
    for article_id, passages in quotes.items():
        for passage in passages:
            norms = passage.norms
            for position in range(len(norms) - QUOTATION_WORDS + 1):
                index[norms[position : position + QUOTATION_WORDS]].append(
                    (article_id, passage, position)
                )
    found: list[_Candidate] = []
    for article_id, passages in quotes.items():
        for short in passages:
            size = len(short.norms)
            if size < QUOTATION_WORDS:
                continue
            if budget.over():
                return found
            if len(found) > 2 * CANDIDATE_CAP:
                found = heapq.nlargest(CANDIDATE_CAP, found, key=lambda c: c.score)
            for other_id, long, position in index.get(short.norms[:QUOTATION_WORDS], ()):
                if not wanted(article_id, other_id):
                    continue
                if long.norms[position : position + size] != short.norms:
                    continue
                if len(long.norms) == size and (other_id, long.start) < (article_id, short.start):
                    continue  # the same quotation both ways: propose it once
                inside = long.words[position : position + size]
                text = texts[article_id][short.start : short.end]
                found.append(
                    _Candidate(
                        "quotation",
                        f"Both quote “{_short(text)}”",
                        0.6 + 0.4 * min(1.0, size / 12),
                        (article_id, short.start, short.end),
                        (other_id, inside[0].start, inside[-1].end),
                    )
                )
    return found


@dataclass(frozen=True, slots=True)
class _Counted:
    """A number and the noun after it that says what it counts, in one sentence."""

    article_id: str
    value: str
    start: int
    noun: Word
    context: frozenset[str]


def _figure_candidates(
    texts: dict[str, str],
    split: dict[str, list[Passage]],
    wanted: _InScope,
    order: dict[str, tuple[str, str]],
    budget: Budget,
) -> list[_Candidate]:
    """Figures for the same counted noun in two articles, each article's first
    `MAX_BUCKET` per noun (figures within one article are never paired)."""
    by_noun: dict[str, dict[str, list[_Counted]]] = defaultdict(dict)
    for article_id, passages in split.items():
        text = texts[article_id]
        for number, passage in enumerate(passages):
            if number % 256 == 0 and budget.over():
                break
            for counted in _counted(article_id, text, passage):
                bucket = by_noun[_stem(counted.noun.norm)].setdefault(article_id, [])
                if len(bucket) < MAX_BUCKET:
                    bucket.append(counted)
    best: dict[tuple[Span, Span], _Candidate] = {}
    for by_article in by_noun.values():
        articles = list(by_article)
        for index, first_id in enumerate(articles):
            for second_id in articles[index + 1 :]:
                if not wanted(first_id, second_id):
                    continue
                if budget.over():
                    return list(best.values())
                # the reason reads in the order the suggestion shows: earlier article first
                earlier, later = sorted((first_id, second_id), key=order.__getitem__)
                for one in by_article[earlier]:
                    for other in by_article[later]:
                        candidate = _figure_candidate(texts, one, other)
                        pair = (candidate.first, candidate.second)
                        if pair not in best or best[pair].score < candidate.score:
                            best[pair] = candidate
                            if len(best) > 2 * CANDIDATE_CAP:
                                best = dict(_best_items(best, CANDIDATE_CAP))
    return list(best.values())


def _best_items(
    best: dict[tuple[Span, Span], _Candidate], keep: int
) -> list[tuple[tuple[Span, Span], _Candidate]]:
    return heapq.nlargest(keep, best.items(), key=lambda item: item[1].score)


def _counted(article_id: str, text: str, passage: Passage) -> list[_Counted]:
    found = []
    context = frozenset(passage.norms) - _STOP
    for figure in find_figures(text[passage.start : passage.end]):
        if figure.kind != "number" or figure.value.endswith("s") or _year_like(figure.value):
            continue
        start, end = passage.start + figure.start, passage.start + figure.end
        following = [word for word in passage.words if word.start >= end][:NOUN_WINDOW]
        for word in _noun_phrase(following):
            found.append(_Counted(article_id, figure.value, start, word, context))
    return found


def _noun_phrase(following: list[Word]) -> list[Word]:
    """The first run of content words ("political prisoners" in "800 such political
    prisoners were"), skipping function words before it: what the number counts."""
    run: list[Word] = []
    for word in following:
        content = word.norm not in _STOP and not word.norm[0].isdigit()
        if content:
            run.append(word)
        elif run:
            break
    return run


def _figure_candidate(texts: dict[str, str], first: _Counted, second: _Counted) -> _Candidate:
    differ = first.value != second.value
    shared = len(first.context & second.context) / max(1, len(first.context | second.context))
    noun = texts[first.article_id][first.noun.start : first.noun.end]
    return _Candidate(
        "figure",
        f"Both give a figure for “{noun}”: {first.value} vs {second.value}",
        min(1.0, 0.45 + (0.3 if differ else 0.0) + 0.25 * shared),
        (first.article_id, first.start, first.noun.end),
        (second.article_id, second.start, second.noun.end),
    )


def _sentence_candidates(
    texts: dict[str, str], split: dict[str, list[Passage]], wanted: _InScope, budget: Budget
) -> list[_Candidate]:
    """Near-identical sentences, by an exact prefix filter on their rarest words.

    Two word sets with Jaccard similarity ≥ t share a word among each one's
    |x| - ⌈t·|x|⌉ + 1 rarest words, so only those are indexed and compared. The index
    keeps each word's sentences per article, so a long article's sentences are never
    compared with one another (most pairs a word forms are within one article).
    """
    items = [
        (article_id, passage, frozenset(passage.norms))
        for article_id, passages in split.items()
        for passage in passages
        if len(set(passage.norms)) >= SENTENCE_WORDS
    ]
    frequency = Counter(word for _, _, bag in items for word in bag)
    index: dict[str, dict[str, list[int]]] = defaultdict(dict)
    found: list[_Candidate] = []
    for number, (article_id, passage, bag) in enumerate(items):
        if number % 64 == 0 and budget.over():
            break
        ranked = sorted(bag, key=lambda word: (frequency[word], word))
        prefix = ranked[: len(bag) - math.ceil(SENTENCE_JACCARD * len(bag)) + 1]
        seen: set[int] = set()
        for word in prefix:
            for other in _partners(index[word], article_id, wanted):
                if other in seen:
                    continue
                seen.add(other)
                other_id, other_passage, other_bag = items[other]
                similarity = len(bag & other_bag) / len(bag | other_bag)
                if similarity >= SENTENCE_JACCARD:
                    if len(found) > 2 * CANDIDATE_CAP:
                        found = heapq.nlargest(CANDIDATE_CAP, found, key=lambda c: c.score)
                    text = texts[article_id][passage.start : passage.end]
                    found.append(
                        _Candidate(
                            "sentence",
                            f"Nearly the same sentence ({similarity:.0%} of words shared):"
                            f" “{_short(text)}”",
                            0.3 + 0.5 * similarity,
                            (other_id, other_passage.start, other_passage.end),
                            (article_id, passage.start, passage.end),
                        )
                    )
            bucket = index[word].setdefault(article_id, [])
            if len(bucket) < MAX_BUCKET:
                bucket.append(number)
    return found


def _partners(by_article: dict[str, list[int]], article_id: str, wanted: _InScope) -> Iterator[int]:
    """The indexed sentences of other articles that may pair with one of `article_id`."""
    for other_id, numbers in by_article.items():
        if wanted(article_id, other_id):
            yield from numbers


class _Picker:
    """Turns candidates into suggestions: existing annotations, exclusions, best first."""

    def __init__(self, store: Store, texts: dict[str, str], order: dict[str, tuple[str, str]]):
        self.texts = texts
        self.order = order
        self.dismissed = dismissed_keys(store)
        self.spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self.longest: dict[str, int] = defaultdict(int)
        for annotation_id, article_id, start, end in store._rows(
            "SELECT id, article_id, start, end FROM annotations WHERE deleted = 0"
            " ORDER BY article_id, start"
        ):
            self.spans[article_id].append((start, end, annotation_id))
            self.longest[article_id] = max(self.longest[article_id], end - start)
        self.linked = {
            frozenset(row)
            for row in store._rows("SELECT source_id, target_id FROM links WHERE deleted = 0")
        }
        self.claims: dict[str, set[str]] = defaultdict(set)
        for claim_id, annotation_id in store._rows(
            "SELECT m.claim_id, m.annotation_id FROM claim_members m"
            " JOIN claims c ON c.id = m.claim_id WHERE m.deleted = 0 AND c.deleted = 0"
        ):
            self.claims[annotation_id].add(claim_id)

    def pick(self, candidates: list[_Candidate], limit: int) -> list[Suggestion]:
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


def _key(candidate: _Candidate, texts: dict[str, str]) -> str:
    """A hash of the kind and both spans (article, offsets, text), whichever comes first."""
    parts: list[object] = [candidate.kind]
    for article_id, start, end in sorted((candidate.first, candidate.second)):
        parts += [article_id, start, end, texts[article_id][start:end]]
    raw = "\x1f".join(map(str, parts))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _year_like(value: str) -> bool:
    return value.isdigit() and len(value) == 4 and 1800 <= int(value) <= 2100


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[:_SHORT].rsplit(" ", 1)[0] + "…"
