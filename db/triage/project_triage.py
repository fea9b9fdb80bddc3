"""Triage over a project: each article's sentences worth checking, best first, leaving out
what is already annotated and what someone dismissed (kept in the project, so a dismissed
sentence stays away in every session and in files merged from this one), ranked with what
the project's accepted and dismissed sentences taught (`learning`)."""

from __future__ import annotations

from claimdesk.db.analysis.suggestions import dismissed_keys
from claimdesk.db.storage.store import Store

from .learning import DISMISSED, Learnt, learn, split_key
from .triage import Candidate, rank_sentences


def project_learning(store: Store) -> Learnt:
    """What this project's triage decisions taught the ranking."""
    return learn(dismissed_keys(store))


def triage_article(
    store: Store,
    article_id: str,
    dismissed: set[str] | None = None,
    learnt: Learnt | None = None,
) -> list[Candidate]:
    """The sentences of one live article that show a kind of checkable claim, best first."""
    keys = dismissed_keys(store) if dismissed is None else dismissed
    learnt = learn(keys) if learnt is None else learnt
    return _triaged(store, article_id, _away(keys), learnt, store.article_language(article_id))


def triage_project(store: Store, article_ids: list[str] | None = None) -> list[Candidate]:
    """`triage_article` for the given articles (all live ones by default), article by
    article in the project's order."""
    dismissed = dismissed_keys(store)
    learnt = learn(dismissed)
    away = _away(dismissed)
    wanted = article_ids if article_ids is not None else [a.id for a in store.articles()]
    languages = store.article_languages(wanted)
    return [
        c
        for article_id in wanted
        for c in _triaged(store, article_id, away, learnt, languages.get(article_id, "en"))
    ]


def _away(keys: set[str]) -> set[str]:
    """The sentences dismissed (not the ones accepted): never offered again."""
    return {sentence for sentence, verdict, _ in map(split_key, keys) if verdict in ("", DISMISSED)}


def _triaged(
    store: Store, article_id: str, away: set[str], learnt: Learnt, language: str
) -> list[Candidate]:
    text = store.article_text(article_id)
    taken = [(a.start, a.end) for a in store.annotations(article_id)]
    return [
        candidate
        for candidate in rank_sentences(article_id, text, learnt.factors, language)
        if candidate.reasons
        and candidate.score > 0
        and candidate.key not in away
        and not any(start < candidate.end and candidate.start < end for start, end in taken)
    ]
