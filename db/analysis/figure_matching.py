"""Figures for the same thing in two articles ("three Americans" / "four Americans"):
evidence that two reports make the same claim, paired by the noun each number counts."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from claimdesk.db.messages import message

from .figure_ranges import figures_agree
from .figures import Figure, find_figures
from .language import FUNCTION_WORDS
from .link_candidates import CANDIDATE_CAP, MAX_BUCKET, Candidate, InScope, Span
from .search_budget import Budget
from .text_spans import Passage, Word

NOUN_WINDOW = 3
"""How many words after a number may name what it counts ("56 political prisoners")."""
_STOP_WORDS = """
    a an the of in on at to for by with from and or but nor it its they them their he she
    his her we us our you i me my this that these those who whom which what as than then so
    such more most less fewer out up down off over under about into onto was were is are be
    been being had has have having do does did said says say told according also only still
    just far some any all each every other another own same very too not no per cent percent
    were when where while after before since until during there here how why monday tuesday
    wednesday thursday friday saturday sunday"""
_STOP = frozenset(_STOP_WORDS.split()) | FUNCTION_WORDS


@dataclass(frozen=True, slots=True)
class _Counted:
    """A number and the noun after it that says what it counts, in one sentence."""

    article_id: str
    figure: Figure
    start: int
    noun: Word
    context: frozenset[str]


def figure_candidates(
    texts: dict[str, str],
    split: dict[str, list[Passage]],
    languages: Mapping[str, str],
    wanted: InScope,
    order: dict[str, tuple[str, str]],
    budget: Budget,
) -> list[Candidate]:
    """Figures for the same counted noun in two articles, each article's first
    `MAX_BUCKET` per noun (figures within one article are never paired); each article's
    figures read in its language (`store.article_languages`)."""
    by_noun: dict[str, dict[str, list[_Counted]]] = defaultdict(dict)
    for article_id, passages in split.items():
        text = texts[article_id]
        language = languages.get(article_id, "en")
        for number, passage in enumerate(passages):
            if number % 256 == 0 and budget.over():
                break
            for counted in _counted(article_id, text, passage, language):
                bucket = by_noun[_stem(counted.noun.norm)].setdefault(article_id, [])
                if len(bucket) < MAX_BUCKET:
                    bucket.append(counted)
    best: dict[tuple[Span, Span], Candidate] = {}
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
    best: dict[tuple[Span, Span], Candidate], keep: int
) -> list[tuple[tuple[Span, Span], Candidate]]:
    return heapq.nlargest(keep, best.items(), key=lambda item: item[1].score)


def _counted(article_id: str, text: str, passage: Passage, language: str) -> list[_Counted]:
    found = []
    context = frozenset(passage.norms) - _STOP
    for figure in find_figures(text[passage.start : passage.end], language):
        if figure.kind != "number" or figure.value.endswith("s") or _year_like(figure.value):
            continue
        start, end = passage.start + figure.start, passage.start + figure.end
        following = [word for word in passage.words if word.start >= end][:NOUN_WINDOW]
        for word in _noun_phrase(following):
            found.append(_Counted(article_id, figure, start, word, context))
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


def _figure_candidate(texts: dict[str, str], first: _Counted, second: _Counted) -> Candidate:
    differ = not figures_agree(first.figure, second.figure)
    shared = len(first.context & second.context) / max(1, len(first.context | second.context))
    noun = texts[first.article_id][first.noun.start : first.noun.end]
    return Candidate(
        "figure",
        message(
            "Both give a figure for “{noun}”: {first} vs {second}",
            noun=noun,
            first=first.figure.value,
            second=second.figure.value,
        ),
        min(1.0, 0.45 + (0.3 if differ else 0.0) + 0.25 * shared),
        (first.article_id, first.start, first.noun.end),
        (second.article_id, second.start, second.noun.end),
    )


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _year_like(value: str) -> bool:
    return value.isdigit() and len(value) == 4 and 1800 <= int(value) <= 2100
