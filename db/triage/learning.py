"""Triage learns per project: each sentence a fact-checker accepts or dismisses remembers the
kinds of claim it showed, and each kind's weight is scaled by how its sentences were judged.

The rule is simple and deterministic, so it can be said in one line: a kind's weight is
multiplied by (accepted + 1) / (dismissed + 1), counting the decided sentences that showed
it, kept between ×0.2 and ×3. Five dismissed predictions and none accepted make a
prediction count a sixth of what it did; a kind nobody judged keeps its weight.

The decisions are stored with the dismissals (`dismissed_suggestions`), their key the
sentence's key followed by the verdict and the kinds (`triage:A:1f…:-pq`), so they travel
with the project and merge as dismissals do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .triage import Candidate

CODES = {
    "quantity or statistic": "q",
    "comparison": "c",
    "cause": "k",
    "prediction": "p",
    "rule or law": "r",
    "attributed to a named source": "a",
}
KINDS = {code: kind for kind, code in CODES.items()}
LOWEST, HIGHEST = 0.2, 3.0
ACCEPTED, DISMISSED = "+", "-"


def decision_key(candidate: Candidate, accepted: bool) -> str:
    """What remembers a decision: the sentence's key, the verdict and the kinds it showed."""
    codes = "".join(sorted({CODES[r.kind] for r in candidate.reasons if r.kind in CODES}))
    return f"{candidate.key}:{ACCEPTED if accepted else DISMISSED}{codes}"


def split_key(key: str) -> tuple[str, str, str]:
    """(sentence key, verdict, kind codes); a dismissal from before learning has neither."""
    sentence, _, decision = key.rpartition(":")
    if sentence and decision[:1] in (ACCEPTED, DISMISSED):
        return sentence, decision[0], decision[1:]
    return key, "", ""


@dataclass(frozen=True)
class Learnt:
    """What a project's decisions taught the ranking: each judged kind's multiplier."""

    decisions: int = 0
    factors: dict[str, float] = field(default_factory=dict)

    def factor(self, kind: str) -> float:
        return self.factors.get(kind, 1.0)

    def explain(self) -> str:
        """The multipliers, strongest change first ("prediction ×0.25, cause ×2")."""
        changed = sorted(self.factors.items(), key=lambda item: (-abs(item[1] - 1), item[0]))
        return ", ".join(f"{kind} ×{factor:.2g}" for kind, factor in changed if factor != 1)


def learn(keys: Iterable[str]) -> Learnt:
    """The multipliers the triage decisions among `keys` give (other keys are ignored)."""
    accepted: Counter[str] = Counter()
    dismissed: Counter[str] = Counter()
    decisions = 0
    for key in keys:
        if not key.startswith("triage:"):
            continue
        _sentence, verdict, codes = split_key(key)
        if not verdict:
            continue
        decisions += 1
        counter = accepted if verdict == ACCEPTED else dismissed
        counter.update(KINDS[code] for code in set(codes) if code in KINDS)
    factors = {
        kind: min(HIGHEST, max(LOWEST, (accepted[kind] + 1) / (dismissed[kind] + 1)))
        for kind in accepted.keys() | dismissed.keys()
    }
    return Learnt(decisions, factors)
