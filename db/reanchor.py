"""Find where a quoted span now sits in a text whose offsets no longer match it.

Exact occurrences of the quote come first, scored by how much of the remembered prefix
and suffix surround them and then by closeness to the old start; failing that, an
approximate search (difflib) looks for a window that is nearly the quote. A position is
returned only when it is clearly the best one: an ambiguous quote stays an orphan.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

FUZZY_THRESHOLD = 0.8
"""How similar (difflib ratio) a window must be to the quote to count as it, edited."""
_SLACK = 3


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
    matcher = SequenceMatcher(None, text, quote, autojunk=False)
    seeds = {
        i - j for i, j, size in matcher.get_matching_blocks() if size >= max(3, len(quote) // 4)
    }
    candidates = []
    for seed in seeds:
        best = max(
            (
                (SequenceMatcher(None, text[start:end], quote).ratio(), start, end)
                for start in range(max(0, seed - _SLACK), seed + _SLACK + 1)
                for end in range(
                    start + max(1, len(quote) - _SLACK), start + len(quote) + _SLACK + 1
                )
                if end <= len(text)
            ),
            default=None,
        )
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


def _clearly_better(best: tuple, runner_up: tuple, hint: int | None) -> bool:
    """More context wins; with equal context, only a much nearer old position decides."""
    if best[0] > runner_up[0]:
        return True
    if hint is None or hint < 0:
        return False
    return 2 * _distance(best[1], hint) < _distance(runner_up[1], hint)
