"""Tagging, deleting and editing an annotation: undone and redone exactly, reporting what
they touched (a deleted annotation's links and claims among it)."""

from __future__ import annotations

from functools import partial

from claimdesk.db import Store
from claimdesk.db.operations.annotations import (
    create_annotation,
    delete_annotation,
    edit_annotation,
)
from claimdesk.db.operations.links import add_link

from .conftest import TEXT
from .rows import round_trip


def test_tagging_a_span_reports_the_annotation_and_redo_revives_its_id(store: Store, ana, article):
    tag = store.tag_by_name("Quote")
    start = TEXT.index("Bravo")
    applied, _redone = round_trip(
        store, partial(create_annotation, store, article.id, start, start + 5, tag.id, ana.id)
    )
    assert applied.changes.annotations == {applied.record_id}
    assert applied.changes.articles == {article.id} and applied.changes.article_list
    assert [a.id for a in store.annotations()] == [applied.record_id]


def test_deleting_a_linked_annotation_in_a_claim_reports_its_links_and_claims(
    store: Store, ana, spans
):
    same = add_link(store, spans["A"], spans["B"], "same_claim", ana.id)
    supports = add_link(store, spans["A"], spans["C"], "supports", ana.id)
    [claim] = store.claims()
    applied, _redone = round_trip(store, partial(delete_annotation, store, spans["A"]))
    assert applied.changes.annotations == {spans["A"]}
    assert applied.changes.links == {same.record_id, supports.record_id}
    assert applied.changes.claims == {claim.id}
    assert store.claim(claim.id).annotation_ids == (spans["B"],)


def test_deleting_the_last_appearance_of_a_claim_takes_the_claim_and_undo_brings_it_back(
    store: Store, ana, spans
):
    claim = store.add_claim(ana.id, [spans["D"]], wording="Delta said four")
    applied, redone = round_trip(store, partial(delete_annotation, store, spans["D"]))
    assert applied.changes.claims == {claim.id}
    assert store.claims() == []
    redone.inverse()  # undo again
    assert [c.id for c in store.claims()] == [claim.id]


def test_editing_an_annotation_reports_only_it_and_undo_puts_the_old_values_back(
    store: Store, ana, spans
):
    verdict = store.verdicts()[0]
    edit = partial(edit_annotation, store, spans["C"], note="Checked", verdict_id=verdict.id)
    applied, _redone = round_trip(store, edit)
    assert applied.changes.annotations == {spans["C"]}
    assert not applied.changes.links and not applied.changes.article_list
    assert store.annotation(spans["C"]).note == "Checked"
