"""Two articles sharing wording: a quotation of one found inside a quotation of the other,
or a nearly identical sentence. Both compare passages word by word, with indexes that keep
a long article from being compared sentence by sentence."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterator

from claimdesk.db.messages import message

from .link_candidates import CANDIDATE_CAP, MAX_BUCKET, Candidate, InScope, short_quote
from .search_budget import Budget
from .text_spans import Passage, quotations

QUOTATION_WORDS = 4
SENTENCE_WORDS = 6
SENTENCE_JACCARD = 0.7


def quotation_candidates(
    texts: dict[str, str], compared: dict[str, str], wanted: InScope, budget: Budget
) -> list[Candidate]:
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
    found: list[Candidate] = []
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
                    Candidate(
                        "quotation",
                        message("Both quote “{quote}”", quote=short_quote(text)),
                        0.6 + 0.4 * min(1.0, size / 12),
                        (article_id, short.start, short.end),
                        (other_id, inside[0].start, inside[-1].end),
                    )
                )
    return found


def sentence_candidates(
    texts: dict[str, str], split: dict[str, list[Passage]], wanted: InScope, budget: Budget
) -> list[Candidate]:
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
    found: list[Candidate] = []
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
                        Candidate(
                            "sentence",
                            message(
                                "Nearly the same sentence ({similarity:.0%} of words shared):"
                                " “{quote}”",
                                similarity=similarity,
                                quote=short_quote(text),
                            ),
                            0.3 + 0.5 * similarity,
                            (other_id, other_passage.start, other_passage.end),
                            (article_id, passage.start, passage.end),
                        )
                    )
            bucket = index[word].setdefault(article_id, [])
            if len(bucket) < MAX_BUCKET:
                bucket.append(number)
    return found


def _partners(by_article: dict[str, list[int]], article_id: str, wanted: InScope) -> Iterator[int]:
    """The indexed sentences of other articles that may pair with one of `article_id`."""
    for other_id, numbers in by_article.items():
        if wanted(article_id, other_id):
            yield from numbers
