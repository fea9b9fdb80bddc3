"""Find where a quoted span now sits in a text whose offsets no longer match it.

Exact occurrences of the quote come first, scored by how much of the remembered prefix
and suffix surround them and then by closeness to the old start. Failing that, an
approximate search looks for a window that is nearly the quote: a few of the quote's
rarer n-grams are looked up in the text (each lookup one C-speed scan), the places where
they agree on an alignment become candidates, and only those few windows are compared
with difflib. The cost grows with the text's length, not its length times the quote's
(difflib over the whole text took 20 s for a 2,000-character quote in a 300 kB article).
A position is returned only when it is clearly the best one: an ambiguous quote stays an
orphan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

FUZZY_THRESHOLD = 0.8
"""How similar (difflib ratio) a window must be to the quote to count as it, edited."""
_SLACK = 3
"""How far (characters) each end of a candidate window is moved to find the best fit."""
_GRAM_CHARS = 12
"""Longest n-gram looked up: long enough to be rare in prose, short enough to survive
between edits of an edited quote."""
_GRAMS = 64
"""At most this many n-grams of the quote are looked up, evenly spread over it."""
_MAX_GRAM_HITS = 200
"""An n-gram found more often than this says nothing about where the quote is."""
_CANDIDATES = 8
"""Alignments compared in full, those most n-grams agree on."""
_TUNED_CHARS = 1_000
"""Up to this length the window's ends are moved to the best fit; a longer quote's window
is where its first and last n-grams put it (each comparison of a 10,000-character window
takes a tenth of a second)."""
FUZZY_MAX_CHARS = 20_000
"""A longer quote is looked for exactly only: it is most of an article, and comparing it
approximately with a window of a long article takes seconds each time."""


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    exact: bool
    """True when the text at the new place is the quote itself, not a near match."""


def reanchor(
    text: str, quote: str, prefix: str = "", suffix: str = "", hint: int | None = None
) -> Anchor | None:
    """Where `quote` (remembered with `prefix`/`suffix` around it, near `hint`) is in `text`."""
    if not quote:
        return None
    if quote in text:  # exact occurrences only; an ambiguous one must not turn fuzzy
        return _exact(text, quote, prefix, suffix, hint)
    if len(quote) > FUZZY_MAX_CHARS:
        return None
    return _approximate(text, quote, prefix, suffix, hint)


def _exact(text: str, quote: str, prefix: str, suffix: str, hint: int | None) -> Anchor | None:
    starts = []
    position = text.find(quote)
    while position != -1:
        starts.append(position)
        position = text.find(quote, position + 1)
    scored = sorted(
        ((_context(text, start, start + len(quote), prefix, suffix), start) for start in starts),
        key=lambda item: (-item[0], _distance(item[1], hint)),
    )
    if len(scored) > 1 and not _clearly_better(scored[0], scored[1], hint):
        return None
    start = scored[0][1]
    return Anchor(start, start + len(quote), exact=True)


def _approximate(
    text: str, quote: str, prefix: str, suffix: str, hint: int | None
) -> Anchor | None:
    candidates = []
    for start_guess, end_guess in _alignments(text, quote):
        best = _best_window(text, quote, start_guess, end_guess)
        if best is not None and best[0] >= FUZZY_THRESHOLD:
            ratio, start, end = best
            context = _context(text, start, end, prefix, suffix)
            candidates.append((ratio * 100 + context, start, end))
    if not candidates:
        return None
    candidates.sort(key=lambda item: (-item[0], _distance(item[1], hint)))
    distinct = [c for c in candidates[1:] if abs(c[1] - candidates[0][1]) > len(quote) // 2]
    if distinct and not _clearly_better(candidates[0][:2], distinct[0][:2], hint):
        return None
    _, start, end = candidates[0]
    return Anchor(start, end, exact=text[start:end] == quote)


def _alignments(text: str, quote: str) -> Iterator[tuple[int, int]]:
    """(start, end) guesses of where the quote lies, best supported first.

    Each n-gram of the quote found in the text votes for the quote starting at its place
    in the text less its place in the quote; votes a few characters apart (an inserted
    or deleted word) are one alignment. Its first and last votes give the window's ends.
    """
    size = max(3, min(_GRAM_CHARS, len(quote) // 4))
    step = max(1, (len(quote) - size) // _GRAMS + 1)
    votes: list[tuple[int, int]] = []
    for offset in range(0, len(quote) - size + 1, step):
        votes.extend(
            (place - offset, offset) for place in _places(text, quote[offset : offset + size])
        )
    votes.sort()
    tolerance = max(_SLACK, len(quote) // 10)
    groups: list[list[tuple[int, int]]] = []
    for vote in votes:
        if groups and vote[0] - groups[-1][-1][0] <= tolerance:
            groups[-1].append(vote)
        else:
            groups.append([vote])
    groups.sort(key=lambda group: -len({offset for _, offset in group}))
    for group in groups[:_CANDIDATES]:
        first = min(group, key=lambda vote: vote[1])
        last = max(group, key=lambda vote: vote[1])
        yield first[0], last[0] + len(quote)


def _places(text: str, gram: str) -> list[int]:
    """Where `gram` occurs in `text`; none when it is too common to tell anything."""
    places: list[int] = []
    position = text.find(gram)
    while position != -1:
        if len(places) == _MAX_GRAM_HITS:
            return []
        places.append(position)
        position = text.find(gram, position + 1)
    return places


def _best_window(
    text: str, quote: str, start_guess: int, end_guess: int
) -> tuple[float, int, int] | None:
    """The most quote-like window with ends within _SLACK of the guesses (ratio, start, end).

    The guessed window is compared first: when even moving both ends could not lift it to
    the threshold, no other is. Then the start is moved (end kept), then the end: two
    short rows of comparisons, not their product (each costs milliseconds on a long quote).
    """
    start_guess = min(max(0, start_guess), len(text) - 1)
    end_guess = min(max(start_guess + 1, end_guess), len(text))
    reach = 4 * _SLACK / max(1, 2 * len(quote) - 2 * _SLACK)
    guessed = _ratio(text, quote, start_guess, end_guess)
    if guessed + reach + 0.05 < FUZZY_THRESHOLD:
        return None
    if len(quote) > _TUNED_CHARS:  # moving the ends changes the ratio by a few thousandths
        return guessed, start_guess, end_guess
    starts = range(max(0, start_guess - _SLACK), min(end_guess, start_guess + _SLACK + 1))
    _, start = max((_ratio(text, quote, start, end_guess), start) for start in starts)
    return max(
        (_ratio(text, quote, start, end), start, end)
        for end in _ends(start, len(quote), end_guess)
        if end <= len(text)
    )


def _ratio(text: str, quote: str, start: int, end: int) -> float:
    return SequenceMatcher(None, text[start:end], quote).ratio()


def _ends(start: int, length: int, end_guess: int) -> list[int]:
    """Ends within _SLACK of the quote's length from `start`, and of the guessed end when
    words were inserted or deleted inside the quote."""
    ends = set(range(start + max(1, length - _SLACK), start + length + _SLACK + 1))
    ends.update(range(max(start + 1, end_guess - _SLACK), end_guess + _SLACK + 1))
    return sorted(ends)


def _context(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the remembered prefix and suffix surround text[start:end]."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    shared = 0
    for left, right in zip(reversed(before), reversed(prefix), strict=False):
        if left != right:
            break
        shared += 1
    for left, right in zip(after, suffix, strict=False):
        if left != right:
            break
        shared += 1
    return shared


def _distance(start: int, hint: int | None) -> int:
    return 0 if hint is None or hint < 0 else abs(start - hint)


def _clearly_better(
    best: tuple[float, int], runner_up: tuple[float, int], hint: int | None
) -> bool:
    """More context wins; with equal context, only a much nearer old position decides."""
    if best[0] > runner_up[0]:
        return True
    if hint is None or hint < 0:
        return False
    return 2 * _distance(best[1], hint) < _distance(runner_up[1], hint)
