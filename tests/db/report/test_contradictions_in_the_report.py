"""Why a claim looks contradicted is kept as what it is (which figures, where, who marked
what), so the report words it in its own language without rereading English sentences:
an outlet or quote that happens to hold " vs " or a date stays as written."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.claims.claim_overview import claim_overview
from claimdesk.db.report.content import gather

from .seed_project import released_prisoners


def _reasons(store: Store) -> str:
    (claim,) = gather(store).claims
    return "\n".join(claim.contradictions).replace("\u2068", "").replace("\u2069", "")


def test_an_outlet_named_with_vs_and_a_date_is_quoted_as_written_in_a_spanish_report(
    store, seed_paths
):
    released_prisoners(store, seed_paths)
    first = store.articles()[0]
    store.update_article(first.id, outlet="Radio Madrid vs Barça 2026-01-01")
    store.set_setting("language", "es")
    text = _reasons(store)
    assert "(Radio Madrid vs Barça 2026-01-01, " in text
    assert "las cifras no coinciden: 56 (" in text and ") frente a 400 (" in text


def test_a_quote_saying_marked_as_contradicting_stays_the_quote_in_a_french_report(
    store, seed_paths
):
    claim = released_prisoners(store, seed_paths)
    fifty, hundred = (
        next(a.id for a in store.annotations() if words in a.quote)
        for words in ("about 50", "more than 100")
    )
    ana = store.ensure_annotator("Ana")
    store.add_link(fifty, hundred, "contradicts", ana.id)
    store.set_setting("language", "fr")
    text = _reasons(store)
    assert "Ana a marqué «\u00a0Venezuela has so far only released about 50 people\u00a0»" in text
    # The same reason, in English, reads as it always has (the CLI prints it so).
    english = [str(reason) for reason in claim_overview(store, claim).contradictions]
    assert english[-1] == (
        "Ana marked “Venezuela has so far only released about 50 people” as contradicting"
        " “the government said more than 100 such prisoners had…”"
    )
    assert english[0].startswith("figures differ: 56 (AP, ") and " vs 400 (AP, " in english[0]
