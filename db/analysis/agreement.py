"""Inter-annotator agreement, with exact definitions (resources/docs/agreement.md repeats them).

Compared: the chosen annotators (at least two; by default everyone with live annotations)
over the live articles that *each* of them has annotated, using their live annotations.

* Span F1, per tag and per pair: `2 · matches / (n_a + n_b)`, undefined (None) when both
  have no span. Exact: same start, end and tag. Overlap: same tag and overlapping ranges,
  matched one-to-one, greatest overlap first, ties by position.
  Micro-averaged F1 sums matches and spans over all tags.
* Tokens are maximal runs of `\\w+` (Python `re`, Unicode) in the article text. For tag T a
  token is positive for annotator X when a live annotation of X with tag T overlaps it.
  Cohen's kappa per pair and Krippendorff's alpha (nominal, all compared annotators) are
  computed on these binary token labels; undefined (None) when expected agreement is 1.

Positive tokens are kept as unions of token-index intervals, so the cost follows the number
of annotations, not of tokens; only the tokenisation itself touches every token.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.records.model import Annotator
from claimdesk.db.storage import annotation_rows
from claimdesk.db.storage.bulk import cyclic_gc_paused
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.store import Store

WORD = re.compile(r"\w+")

Span = tuple[int, int]
Intervals = list[Span]


@dataclass(frozen=True, slots=True)
class PairAgreement:
    """Two annotators on one tag (or, for micro-averages, on all tags together)."""

    annotators: tuple[str, str]
    cohen_kappa: float | None
    f1_exact: float | None
    f1_overlap: float | None
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "annotators": list(self.annotators),
            "cohen_kappa": self.cohen_kappa,
            "f1_exact": self.f1_exact,
            "f1_overlap": self.f1_overlap,
            "counts": dict(self.counts),
        }


@dataclass(frozen=True, slots=True)
class TagAgreement:
    tag: str
    pairs: list[PairAgreement]
    krippendorff_alpha: float | None
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class AgreementResult:
    annotators: list[str]
    articles: int
    tags: list[TagAgreement] = field(default_factory=list)
    micro: list[PairAgreement] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "annotators": list(self.annotators),
            "articles": self.articles,
            "tags": {
                tag.tag: {
                    "pairs": [pair.to_json() for pair in tag.pairs],
                    "krippendorff_alpha": tag.krippendorff_alpha,
                    "counts": dict(tag.counts),
                }
                for tag in self.tags
            },
            "micro": {"pairs": [pair.to_json() for pair in self.micro]},
        }


def compute_agreement(
    store: Store,
    annotator_ids: list[str] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AgreementResult:
    """Agreement between annotators (see the module doc for the definitions)."""
    with cyclic_gc_paused():
        return _compute(store, annotator_ids, progress=progress, cancelled=cancelled)


def _compute(
    store: Store,
    annotator_ids: list[str] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AgreementResult:
    spans = _live_spans(store)
    if annotator_ids is None:
        annotator_ids = sorted({annotator for _, annotator, _ in spans})
    people = sorted((store.annotator(i) for i in dict.fromkeys(annotator_ids)), key=_by_name)
    if len(people) < 2:
        raise ValidationError(message("agreement needs at least two annotators with annotations"))
    ids = [person.id for person in people]
    names = [person.name for person in people]
    articles = sorted(set.intersection(*({a for a, who, _ in spans if who == i} for i in ids)))
    total = len(articles) + 1
    tokens = 0
    # (tag, annotator) -> intervals of positive token indices; (tag, annotator) -> spans.
    positive: dict[tuple[str, str], Intervals] = defaultdict(list)
    by_article: dict[tuple[str, str], dict[str, list[Span]]] = defaultdict(dict)
    for step, article_id in enumerate(articles):
        if cancelled is not None and cancelled():
            return AgreementResult(names, 0, cancelled=True)
        starts, ends = _tokens(store.article_text(article_id))
        for (tag_id, annotator), tag_spans in spans.get_group(article_id, ids).items():
            by_article[(tag_id, annotator)][article_id] = sorted(tag_spans)
            for start, end in tag_spans:
                low, high = bisect_right(ends, start), bisect_left(starts, end)
                if low < high:
                    positive[(tag_id, annotator)].append((tokens + low, tokens + high))
        tokens += len(starts)
        if progress is not None:
            progress(step + 1, total)
    tag_names = _tag_names(store)
    used = sorted({tag for tag, _ in by_article}, key=lambda t: (tag_names[t][0], t))
    unions = {key: _union(intervals) for key, intervals in positive.items()}
    tags = [
        _tag_agreement(tag_names[tag][1], tag, ids, names, tokens, unions, by_article)
        for tag in used
    ]
    micro = [
        _micro(pair_index, names, tags) for pair_index in range(len(ids) * (len(ids) - 1) // 2)
    ]
    if progress is not None:
        progress(total, total)
    return AgreementResult(names, len(articles), tags, micro)


def nominal_alpha(units: Iterable[tuple[Mapping[Hashable, int], int]]) -> float | None:
    """Krippendorff's alpha for nominal data, from each unit's value counts.

    `units` gives, for each distinct kind of unit, how many times each value was given in
    it and how many units look like that. Units with fewer than two values are not
    pairable and are left out; None when the expected disagreement is zero.
    """
    disagreement = 0.0
    totals: dict[Hashable, float] = defaultdict(float)
    for values, multiplicity in units:
        size = sum(values.values())
        if size < 2 or multiplicity == 0:
            continue
        pairs = size * size - sum(count * count for count in values.values())
        disagreement += multiplicity * pairs / (size - 1)
        for value, count in values.items():
            totals[value] += multiplicity * count
    n = sum(totals.values())
    expected = n * n - sum(count * count for count in totals.values())
    if expected == 0:
        return None
    return 1.0 - (n - 1) * disagreement / expected


def cohen_kappa(both: int, only_a: int, only_b: int, neither: int) -> float | None:
    """Cohen's kappa of two binary raters from their 2×2 table; None when undefined."""
    n = both + only_a + only_b + neither
    if n == 0:
        return None
    a, b = (both + only_a) / n, (both + only_b) / n
    expected = a * b + (1 - a) * (1 - b)
    if expected >= 1.0:
        return None
    return ((both + neither) / n - expected) / (1 - expected)


def f1(matches: int, n_a: int, n_b: int) -> float | None:
    return None if n_a + n_b == 0 else 2 * matches / (n_a + n_b)


def exact_matches(a: list[Span], b: list[Span]) -> int:
    """Spans in both lists (as multisets)."""
    counts: dict[Span, int] = defaultdict(int)
    for span in a:
        counts[span] += 1
    matches = 0
    for span in b:
        if counts[span] > 0:
            counts[span] -= 1
            matches += 1
    return matches


def overlap_matches(a: list[Span], b: list[Span]) -> int:
    """One-to-one matches of overlapping spans, greatest overlap first, ties by position."""
    b_sorted = sorted(enumerate(b), key=lambda item: item[1])
    b_starts = [span[0] for _, span in b_sorted]
    longest = max((end - start for start, end in b), default=0)
    candidates = []
    for i, (a_start, a_end) in enumerate(a):
        # Only spans of b starting after a_start - longest and before a_end can overlap.
        low = bisect_left(b_starts, a_start - longest + 1)
        for j, (b_start, b_end) in b_sorted[low : bisect_left(b_starts, a_end)]:
            overlap = (a_end if a_end < b_end else b_end) - (
                a_start if a_start > b_start else b_start
            )
            if overlap > 0:
                candidates.append((-overlap, a_start, a_end, b_start, b_end, i, j))
    candidates.sort()
    used_a, used_b = set(), set()
    for *_, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
    return len(used_a)


class _Spans(dict[str, dict[str, dict[str, list[Span]]]]):
    """article -> annotator -> tag -> [(start, end)]; iterates as (article, annotator, tag)."""

    # Iterating yields triples, not keys: dict's signature does not hold, and nothing here
    # relies on it (the dict is read with dict.items / dict.get, as below).
    def __iter__(self) -> Iterator[tuple[str, str, str]]:  # type: ignore[override]
        for article, people in dict.items(self):
            for annotator, tags in people.items():
                for tag in tags:
                    yield article, annotator, tag

    def get_group(self, article: str, ids: list[str]) -> dict[tuple[str, str], list[Span]]:
        people = dict.get(self, article, {})
        return {
            (tag, annotator): spans
            for annotator in ids
            for tag, spans in people.get(annotator, {}).items()
        }


def _live_spans(store: Store) -> _Spans:
    spans = _Spans()
    for article, annotator, tag, start, end in annotation_rows.spans_of_live_articles(store):
        spans.setdefault(article, {}).setdefault(annotator, {}).setdefault(tag, []).append(
            (start, end)
        )
    return spans


def _by_name(person: Annotator) -> tuple[str, str]:
    return (person.name, person.id)


def _tokens(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for match in WORD.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _tag_names(store: Store) -> dict[str, tuple[int, str]]:
    """tag id -> (position, a unique display name)."""
    names: dict[str, tuple[int, str]] = {}
    seen: set[str] = set()
    for tag_id, name, position, _ in annotation_rows.all_tags(store):
        label = name if name not in seen else f"{name} ({tag_id[:8]})"
        seen.add(label)
        names[tag_id] = (position, label)
    return names


def _union(intervals: Intervals) -> Intervals:
    merged: Intervals = []
    for low, high in sorted(intervals):
        if merged and low <= merged[-1][1]:
            if high > merged[-1][1]:
                merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged


def _length(intervals: Intervals) -> int:
    return sum(high - low for low, high in intervals)


def _intersection(a: Intervals, b: Intervals) -> int:
    i = j = total = 0
    while i < len(a) and j < len(b):
        low, high = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if low < high:
            total += high - low
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def _positive_histogram(unions: list[Intervals], tokens: int) -> list[int]:
    """How many tokens have k positive annotators, for k = 0..len(unions)."""
    events: list[tuple[int, int]] = []
    for intervals in unions:
        for low, high in intervals:
            events.append((low, 1))
            events.append((high, -1))
    events.sort()
    histogram = [0] * (len(unions) + 1)
    level, previous = 0, 0
    for position, change in events:
        histogram[level] += position - previous
        level += change
        previous = position
    histogram[level] += tokens - previous
    return histogram


def _tag_agreement(
    label: str,
    tag: str,
    ids: list[str],
    names: list[str],
    tokens: int,
    unions: dict[tuple[str, str], Intervals],
    by_article: dict[tuple[str, str], dict[str, list[Span]]],
) -> TagAgreement:
    pairs = []
    for (x, a), (y, b) in combinations(enumerate(ids), 2):
        union_a, union_b = unions.get((tag, a), []), unions.get((tag, b), [])
        both = _intersection(union_a, union_b)
        only_a, only_b = _length(union_a) - both, _length(union_b) - both
        spans_a, spans_b = by_article.get((tag, a), {}), by_article.get((tag, b), {})
        n_a = sum(len(spans) for spans in spans_a.values())
        n_b = sum(len(spans) for spans in spans_b.values())
        exact = overlap = 0
        for article in spans_a.keys() & spans_b.keys():
            exact += exact_matches(spans_a[article], spans_b[article])
            overlap += overlap_matches(spans_a[article], spans_b[article])
        counts = {
            "tokens": tokens,
            "tokens_both": both,
            "tokens_only_first": only_a,
            "tokens_only_second": only_b,
            "tokens_neither": tokens - both - only_a - only_b,
            "spans_first": n_a,
            "spans_second": n_b,
            "exact_matches": exact,
            "overlap_matches": overlap,
        }
        pairs.append(
            PairAgreement(
                (names[x], names[y]),
                cohen_kappa(both, only_a, only_b, counts["tokens_neither"]),
                f1(exact, n_a, n_b),
                f1(overlap, n_a, n_b),
                counts,
            )
        )
    m = len(ids)
    histogram = _positive_histogram([unions.get((tag, i), []) for i in ids], tokens)
    alpha = nominal_alpha(({1: k, 0: m - k}, count) for k, count in enumerate(histogram))
    counts = {
        "tokens": tokens,
        "values": tokens * m,
        "positive_values": sum(k * count for k, count in enumerate(histogram)),
    }
    return TagAgreement(label, pairs, alpha, counts)


def _micro(index: int, names: list[str], tags: list[TagAgreement]) -> PairAgreement:
    pairs = list(combinations(names, 2))
    n_a = sum(tag.pairs[index].counts["spans_first"] for tag in tags)
    n_b = sum(tag.pairs[index].counts["spans_second"] for tag in tags)
    exact = sum(tag.pairs[index].counts["exact_matches"] for tag in tags)
    overlap = sum(tag.pairs[index].counts["overlap_matches"] for tag in tags)
    counts = {
        "spans_first": n_a,
        "spans_second": n_b,
        "exact_matches": exact,
        "overlap_matches": overlap,
    }
    return PairAgreement(pairs[index], None, f1(exact, n_a, n_b), f1(overlap, n_a, n_b), counts)
