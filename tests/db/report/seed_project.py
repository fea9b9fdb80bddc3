"""The trial project of issue 22, built as a fact-checker builds it: the two seed reports
imported, the four figures of the released prisoners marked and made one rated claim."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_article_file

FIGURES = {
    "2026-01-14": (
        "had confirmed 56 prisoners it said were detained for political reasons had been freed",
        "reported a far higher figure of 400 Tuesday afternoon",
    ),
    "2026-01-17": (
        "Venezuela has so far only released about 50 people",
        "the government said more than 100 such prisoners had already been released",
    ),
}
OUTLETS = {"2026-01-14": "AP", "2026-01-17": "Second outlet"}
WORDING = "Venezuela has released hundreds of political prisoners"


def released_prisoners(store: Store, seeds: list[Path]) -> str:
    """The rated claim's id; its four appearances give 56, 400, about 50, more than 100."""
    ana = store.ensure_annotator("Ana")
    for path in seeds:
        import_article_file(store, path)
    statistic = next(tag.id for tag in store.tags() if tag.name == "Statistic")
    mostly_false = next(v.id for v in store.verdicts() if v.name == "Mostly false")
    spans = []
    for article in store.articles():
        store.update_article(
            article.id, outlet=OUTLETS[article.date], url=f"https://news.example/{article.date}"
        )
        text = store.article_text(article.id)
        for phrase in FIGURES[article.date]:
            start = text.index(phrase)
            spans.append(store.add_annotation(article.id, start, start + len(phrase), statistic,
                                              ana.id).id)  # fmt: skip
    return store.add_claim(
        ana.id,
        spans,
        wording=WORDING,
        verdict_id=mostly_false,
        explanation="The government's 400 is unconfirmed; Foro Penal counted 56.",
        evidence=["https://foropenal.example/count"],
    ).id


def second_claim(store: Store, wording: str, *, rated: bool = True) -> str:
    """Another claim on the first article's opening words."""
    ana = store.ensure_annotator("Ana")
    article = store.articles()[0]
    tag = next(tag.id for tag in store.tags() if tag.name == "Checkable claim")
    span = store.add_annotation(article.id, 0, 20, tag, ana.id).id
    true = next(v.id for v in store.verdicts() if v.name == "True") if rated else None
    return store.add_claim(ana.id, [span], wording=wording, verdict_id=true).id
