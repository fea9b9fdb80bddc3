"""Articles, claims, reviews and suggestions as operations, each undone and redone exactly."""

from __future__ import annotations

from functools import partial

from claimdesk.db import Store
from claimdesk.db.analysis.suggestions import dismissed_keys, suggest_links
from claimdesk.db.operations.articles import delete_article, edit_article, imported_articles
from claimdesk.db.operations.claims import delete_claim, edit_claim, name_claimant
from claimdesk.db.operations.links import add_link
from claimdesk.db.operations.reviews import review_annotation
from claimdesk.db.operations.suggestions import accept_suggestion, dismiss

from .rows import round_trip

SHARED = "The minister said that “the river rose by 3.5 metres overnight” in Vellmar."


def test_deleting_an_article_reports_everything_it_carried(store: Store, ana, bea, article, spans):
    link = add_link(store, spans["A"], spans["B"], "same_claim", ana.id)
    [claim] = store.claims()
    review = store.set_review(spans["C"], bea.id, "accepted")
    store.delete_annotation(spans["E"])  # deleted before: it stays deleted after undo
    applied, _redone = round_trip(store, partial(delete_article, store, article.id))
    changes = applied.changes
    assert changes.articles == {article.id} and changes.article_metadata
    assert changes.annotations == {spans[x] for x in "ABCD"}
    assert changes.links == {link.record_id} and changes.claims == {claim.id}
    assert changes.reviews == {review.id}


def test_editing_an_article_and_undoing_an_import(store: Store, article):
    applied, _redone = round_trip(
        store, partial(edit_article, store, article.id, outlet="The Courier")
    )
    assert applied.changes.article_metadata and applied.changes.articles == {article.id}
    other = store.add_article("Another report entirely.", title="Other")
    applied = imported_articles(store, [other.id])
    applied.inverse()
    assert [a.id for a in store.articles()] == [article.id]
    applied.inverse().inverse()
    assert [a.id for a in store.articles()] == [article.id, other.id]


def test_claim_edits_and_removal_report_the_claim(store: Store, ana, spans):
    claim = store.add_claim(ana.id, [spans["A"], spans["B"]])
    verdict = store.verdicts()[1]
    applied, _redone = round_trip(
        store, partial(edit_claim, store, claim.id, verdict_id=verdict.id, wording="Alpha")
    )
    assert applied.changes.claims == {claim.id}
    round_trip(store, partial(delete_claim, store, claim.id))
    assert store.claims() == []


def test_naming_who_made_a_claim_in_one_appearance_is_undone_to_whom_it_named(
    store: Store, ana, spans
):
    claim = store.add_claim(ana.id, [spans["A"], spans["B"]])
    store.ensure_claimant("Foro Penal", "organization")
    applied, _redone = round_trip(
        store, partial(name_claimant, store, claim.id, spans["A"], "Foro Penal")
    )
    assert applied.changes.claims == {claim.id} and applied.changes.annotations == {spans["A"]}
    assert [c.name for c in store.claimants_by_appearance().values()] == ["Foro Penal"]


def test_a_review_decision_and_clearing_it_are_undone_to_no_decision(store: Store, ana, bea, spans):
    applied, _redone = round_trip(
        store, partial(review_annotation, store, spans["A"], bea.id, "rejected", "Too broad")
    )
    review = store.review(spans["A"], bea.id)
    assert applied.changes.reviews == {review.id}
    assert applied.changes.annotations == {spans["A"]}
    round_trip(store, partial(review_annotation, store, spans["A"], bea.id, None))
    assert store.review(spans["A"], bea.id) is None


def test_accepting_a_suggestion_tags_both_passages_and_links_them_as_one_step(store: Store, ana):
    first = store.add_article(f"Morning report. {SHARED}", title="Morning")
    second = store.add_article(f"Evening report. {SHARED} More later.", title="Evening")
    [suggestion] = [s for s in suggest_links(store) if s.kind == "quotation"][:1]
    tag = store.tag_by_name("Quote")
    applied, _redone = round_trip(
        store, partial(accept_suggestion, store, suggestion, tag.id, ana.id)
    )
    assert applied.changes.articles == {first.id, second.id}
    assert len(applied.changes.annotations) == 2 and len(applied.changes.links) == 1
    assert len(store.links()) == 1


def test_undoing_a_second_dismissal_of_a_suggestion_keeps_the_first(store: Store, ana):
    dismiss(store, "some-key", ana.id)
    again = dismiss(store, "some-key", ana.id)
    again.inverse()
    assert dismissed_keys(store) == {"some-key"}


def test_dismissing_a_suggestion_is_undone(store: Store, ana):
    applied = dismiss(store, "some-key", ana.id)
    assert applied.changes.suggestions and dismissed_keys(store) == {"some-key"}
    undone = applied.inverse()
    assert dismissed_keys(store) == set()
    undone.inverse()
    assert dismissed_keys(store) == {"some-key"}
