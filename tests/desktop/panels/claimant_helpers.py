"""A claim for the claimant tests: "The government claims 400" in Report B, its figure the
claim's one appearance, "The government claims" marked as an Attribution."""

from __future__ import annotations

from claimdesk.desktop.session import Change


def claim_with_attribution(window) -> tuple[str, str]:
    """(claim id, appearance id)."""
    store = window.session.store
    ana = store.ensure_annotator("Ana")
    article = next(a for a in store.articles() if a.title == "Report B")
    start = store.article_text(article.id).index("The government claims 400")

    def mark(begin: int, end: int, tag: str) -> str:
        return store.add_annotation(article.id, begin, end, store.tag_by_name(tag).id, ana.id).id

    figure = mark(start + 22, start + 25, "Statistic")
    mark(start, start + 21, "Attribution")
    claim = store.add_claim(ana.id, [figure], wording="400 freed")
    window.session.announce(Change(everything=True))
    return claim.id, figure
