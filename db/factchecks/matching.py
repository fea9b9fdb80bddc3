"""Checked before? Earlier fact-checks that match a claim, each with the reason shown.

Candidates come from the archive's full-text index (BM25 over the claim's content words,
any of them, case and accents folded); they are then ranked again by what a fact-checker
would look at: the same figures and the same names count beside the shared words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimdesk.db.messages import message
from claimdesk.db.search.folding import TOKEN, fold
from claimdesk.db.storage.fact_check_store import (
    add_fact_checks,
    archive_frequencies,
    best_fact_checks,
    fact_check_count,
)
from claimdesk.db.storage.store_base import StoreBase

from .records import FactCheck

CANDIDATES = 20
MAX_WORDS = 32
QUERY_WORDS = 6
COMMON_SHARE = 0.005
"""Candidates are looked for by a claim's rarest words (at most QUERY_WORDS), leaving out
words held by more than this share of the archive (unless no other word is held): such
words add almost nothing to BM25 and would make it score most of the archive."""
FIGURE_WEIGHT = 0.5
NAME_WEIGHT = 0.3
_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "that",
        "this",
        "with",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "from",
        "its",
        "not",
        "but",
        "his",
        "her",
        "they",
        "their",
        "been",
        "said",
        "says",
        "will",
        "would",
        "about",
        "into",
        "than",
        "more",
        "less",
        "who",
        "which",
        "what",
        "when",
        "also",
        "one",
        "there",
        "can",
        "all",
        "our",
        "out",
        "very",
        "just",
        "only",
        "over",
        "after",
        "before",
        "such",
        "some",
        "other",
        "los",
        "las",
        "del",
        "que",
        "por",
        "para",
        "con",
        "una",
        "uno",
        "unos",
        "unas",
        "como",
        "más",
        "pero",
        "sus",
        "fue",
        "son",
        "han",
        "ha",
        "este",
        "esta",
        "estos",
        "estas",
        "ese",
        "esa",
        "dijo",
        "según",
        "sobre",
        "entre",
        "desde",
        "hasta",
        "también",
        "ya",
        "muy",
    ]
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w’'-]{2,}")


@dataclass(frozen=True)
class Match:
    """An earlier fact-check for a claim, how well it matches (higher is better) and why."""

    fact_check: FactCheck
    score: float
    reasons: tuple[str, ...]
    archive: str = ""
    """The shared archive file it comes from; "" for the project's own archive."""
    shared: int = 0
    """How many different things it shares with the claim: content words, figures and
    names, each counted once (the figure "24" and the word "24" are one)."""

    @property
    def close(self) -> bool:
        """Close enough to show unasked (beside a claim): it shares two things or more. On
        the labelled pairs this keeps 89 of the 100 right matches found and drops the
        one-word coincidences a large archive always holds."""
        return self.shared >= 2


def content_words(text: str) -> list[str]:
    """The folded words of `text` that say what it is about, in order, once each."""
    words = [w for w in TOKEN.findall(fold(text)) if w.isdigit() or len(w) > 2]
    kept = [w for w in dict.fromkeys(words) if w not in _STOPWORDS]
    return kept[:MAX_WORDS]


def figures(text: str) -> set[str]:
    """The numbers in `text`, thousands separators dropped ("2,000" and "2.000" → "2000")."""
    found = set()
    for figure in _FIGURE.findall(text):
        parts = re.split(r"[.,]", figure)
        grouped = all(len(part) == 3 for part in parts[1:])
        found.add("".join(parts) if grouped else figure.replace(",", "."))
    return found


def names(text: str) -> set[str]:
    """Capitalised words (people, places, bodies), folded, leaving common words out."""
    return {fold(n) for n in _NAME.findall(text)} - _STOPWORDS


def add_to_archive(store: StoreBase, checks: list[FactCheck]) -> int:
    """Add fact-checks to the project's archive (each once); returns how many were new."""
    return add_fact_checks(
        store, checks, lambda check: set(content_words(f"{check.claim} {check.claimant}"))
    )


def match_claim(store: StoreBase, text: str, limit: int = 5) -> list[Match]:
    """The earlier fact-checks that best match `text`, best first (none if nothing shared)."""
    words = content_words(text)
    if not words:
        return []
    held = archive_frequencies(store, words)
    rarest = sorted((word for word in words if held[word]), key=lambda word: held[word])
    if not rarest:
        return []
    common = max(50, COMMON_SHARE * fact_check_count(store))
    distinctive = [word for word in rarest if held[word] <= common] or rarest[:2]
    expression = " OR ".join(f'"{word}"' for word in distinctive[:QUERY_WORDS])
    found = best_fact_checks(store, expression, CANDIDATES)
    if not found:
        return []
    best = max(-score for _, score in found) or 1.0
    wanted, wanted_figures, wanted_names = set(words), figures(text), names(text)
    matches = []
    for check, score in found:
        shared = [w for w in content_words(f"{check.claim} {check.claimant}") if w in wanted]
        same_figures = sorted(wanted_figures & figures(check.claim))
        same_names = sorted(wanted_names & names(f"{check.claim} {check.claimant}"))
        total = -score / best + FIGURE_WEIGHT * min(len(same_figures), 2)
        total += NAME_WEIGHT * min(len(same_names), 2)
        reasons = [message("shared words: {words}", words=", ".join(shared[:8]))] if shared else []
        reasons += [message("same figure: {figure}", figure=figure) for figure in same_figures]
        reasons += [message("same name: {name}", name=name) for name in same_names]
        in_common = len({*shared, *same_figures, *same_names})
        matches.append(Match(check, round(total, 3), tuple(reasons), "", in_common))
    matches.sort(key=lambda match: -match.score)
    return matches[:limit]


def match_everywhere(
    store: StoreBase, shared: StoreBase | None, text: str, limit: int = 5
) -> list[Match]:
    """`match_claim` in the project's archive and in a shared one beside it, best first;
    a fact-check both hold (same address and claim) is shown once, as the project's."""
    found = match_claim(store, text, limit)
    if shared is not None:
        found += [replace(m, archive=shared.path.name) for m in match_claim(shared, text, limit)]
    seen: set[tuple[str, str]] = set()
    kept = []
    for match in sorted(found, key=lambda match: (-match.score, match.archive)):
        key = (match.fact_check.url, match.fact_check.claim)
        if key not in seen:
            seen.add(key)
            kept.append(match)
    return kept[:limit]
