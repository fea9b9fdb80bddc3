"""Two Spanish (or French) reports of one story: their figures are compared and paired as
they are for English ones, each read in its own language."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.analysis.suggestions import suggest_links
from claimdesk.db.claims.claim_links import claim_for_annotations
from claimdesk.db.claims.claim_overview import claim_overview

GOVERNMENT = (
    "El gobierno de Venezuela anunció el lunes que liberó a cuatrocientos presos políticos, "
    "según dijo el ministro en una rueda de prensa."
)
FORO_PENAL = (
    "La organización Foro Penal confirmó la excarcelación de 56 presos políticos, pero "
    "también dijo que los datos del gobierno no son verificables."
)


def annotate(store: Store, ana, article_id: str, phrase: str):
    start = store.article_text(article_id).index(phrase)
    tag = store.tag_by_name("Statistic")
    return store.add_annotation(article_id, start, start + len(phrase), tag.id, ana.id)


def test_a_spanish_claim_whose_figures_differ_is_marked_contradicted(store, ana):
    government = store.add_article(GOVERNMENT, date="2026-01-12", outlet="Gobierno")
    foro_penal = store.add_article(FORO_PENAL, date="2026-01-14", outlet="Foro Penal")
    said = annotate(store, ana, government.id, "cuatrocientos presos políticos")
    counted = annotate(store, ana, foro_penal.id, "56 presos políticos")
    claim, _ = claim_for_annotations(store, [said.id, counted.id], ana.id)

    overview = claim_overview(store, claim.id)
    assert [a.figures for a in overview.appearances] == [("400",), ("56",)]
    assert [a.language for a in overview.appearances] == ["es", "es"]
    (reason,) = map(str, overview.contradictions)
    assert reason.startswith("figures differ: cuatrocientos")


def test_spanish_reports_giving_a_figure_for_the_same_thing_are_proposed_as_a_link(store):
    store.add_article(GOVERNMENT, date="2026-01-12")
    store.add_article(FORO_PENAL, date="2026-01-14")
    figures = [s for s in suggest_links(store) if s.kind == "figure"]
    assert [s.reason for s in figures] == ["Both give a figure for “presos”: 400 vs 56"]


def test_a_french_report_reads_its_own_numbers_beside_an_english_one(store, ana):
    english = store.add_article(
        "The government said it had freed about 1,200 prisoners, according to the minister.",
        date="2026-01-12",
    )
    french = store.add_article(
        "Le gouvernement a déclaré avoir libéré environ 1 200 prisonniers selon le ministre.",
        date="2026-01-13",
    )
    first = annotate(store, ana, english.id, "about 1,200 prisoners")
    second = annotate(store, ana, french.id, "environ 1 200 prisonniers")
    claim, _ = claim_for_annotations(store, [first.id, second.id], ana.id)
    overview = claim_overview(store, claim.id)
    assert [a.figures for a in overview.appearances] == [("1200",), ("1200",)]
    assert not overview.has_contradiction
