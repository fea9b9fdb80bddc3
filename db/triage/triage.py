"""Ranking an article's sentences by how worth checking they are, each with its reasons.

Deterministic and offline: patterns of the claim kinds fact-checkers use (`cues`), no
model. A sentence scores the weights of the kinds it shows, less what counts against
(a question, an opinion, a fragment); ties keep text order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from claimdesk.db.analysis.language import detect_language

from .cues import (
    ATTRIBUTION_WEIGHT,
    CALL_WEIGHT,
    NAMED,
    OPINION_WEIGHT,
    QUESTION,
    QUESTION_WEIGHT,
    cues_for,
    lowered,
    quantity,
)
from .sentences import sentences

MIN_WORDS = 5
FRAGMENT_PENALTY = 1.5


@dataclass(frozen=True)
class Reason:
    """One kind of claim the sentence shows, with the words that show it."""

    kind: str
    evidence: str

    def text(self) -> str:
        return f"{self.kind} ({self.evidence})"


@dataclass(frozen=True)
class Candidate:
    """A sentence of an article (code points) and how worth checking it looks."""

    article_id: str
    start: int
    end: int
    sentence: str
    score: float
    reasons: tuple[Reason, ...]

    @property
    def key(self) -> str:
        """Stable across runs while the sentence stands: what dismissing remembers."""
        digest = hashlib.sha1(self.sentence.encode("utf-8")).hexdigest()[:16]
        return f"triage:{self.article_id}:{digest}"

    def why(self) -> str:
        return "; ".join(reason.text() for reason in self.reasons)


def assess(
    sentence: str, factors: Mapping[str, float] | None = None, language: str | None = None
) -> tuple[float, tuple[Reason, ...]]:
    """How worth checking one sentence looks, and why (reasons against count too), read in
    `language` (None: the one its words are in); each kind's weight scaled by `factors`
    (what a project's decisions taught, `learning`)."""
    cues = cues_for(language or detect_language(sentence))
    scale = factors or {}
    reasons: list[Reason] = []
    score = 0.0
    lower = lowered(sentence)
    figure, weight = quantity(lower, cues)
    if figure:
        reasons.append(Reason("quantity or statistic", figure))
        score += weight * scale.get("quantity or statistic", 1.0)
    pledged = cues.promise.search(lower) is not None
    for cue in cues.kinds:
        found = cue.pattern.search(lower)
        if found and not (pledged and cue.kind == "prediction"):
            reasons.append(Reason(cue.kind, sentence[found.start() : found.end()]))
            score += cue.weight * scale.get(cue.kind, 1.0)
    verb = cues.reporting.search(lower)
    name = _source(sentence, verb.start(), cues.not_a_source) if verb else ""
    if verb and name:
        said = sentence[verb.start() : verb.end()]
        reasons.append(Reason("attributed to a named source", f"{name} … {said}"))
        score += ATTRIBUTION_WEIGHT * scale.get("attributed to a named source", 1.0)
    if QUESTION.search(lower):
        score -= QUESTION_WEIGHT
    if cues.opinion.search(lower):
        score -= OPINION_WEIGHT
    if cues.call_to_action.search(lower):
        score -= CALL_WEIGHT
    if len(sentence.split()) < MIN_WORDS:
        score -= FRAGMENT_PENALTY
    return score, tuple(reasons)


def _source(sentence: str, said_at: int, not_names: frozenset[str]) -> str:
    """The capitalised name nearest the reporting verb (not a weekday, month or "I")."""
    names = [
        found for found in NAMED.finditer(sentence) if found.group().casefold() not in not_names
    ]
    if not names:
        return ""
    return min(names, key=lambda found: abs(found.start() - said_at)).group()


def rank_sentences(
    article_id: str,
    text: str,
    factors: Mapping[str, float] | None = None,
    language: str | None = None,
) -> list[Candidate]:
    """Every sentence of `text`, most worth checking first (text order breaks ties), read in
    the article's `language` (None: the one its words are in)."""
    language = language or detect_language(text)
    found = []
    for start, end in sentences(text):
        sentence = text[start:end]
        score, reasons = assess(sentence, factors, language)
        found.append(Candidate(article_id, start, end, sentence, round(score, 3), reasons))
    return sorted(found, key=lambda candidate: (-candidate.score, candidate.start))
