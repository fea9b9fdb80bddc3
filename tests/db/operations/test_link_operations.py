"""Linking, unlinking and relabelling keep claims in step, and each is undone and redone
with the very same link, claim and appearance records."""

from __future__ import annotations

from functools import partial

from claimdesk.db import Store
from claimdesk.db.operations.links import add_link, delete_link, edit_link

from .rows import round_trip


def _members(store: Store) -> list[tuple[str, ...]]:
    return sorted(claim.annotation_ids for claim in store.claims())


def test_a_same_claim_link_makes_a_claim_and_undo_takes_it_away(store: Store, ana, spans):
    link = partial(add_link, store, spans["A"], spans["B"], "same_claim", ana.id)
    applied, _redone = round_trip(store, link)
    [claim] = store.claims()
    assert applied.changes.links == {applied.record_id}
    assert applied.changes.claims == {claim.id}
    assert not applied.changes.annotations, "no highlight changes with a link"


def test_linking_two_claims_merges_them_and_undo_separates_them_again(store: Store, ana, spans):
    add_link(store, spans["A"], spans["B"], "same_claim", ana.id)
    add_link(store, spans["C"], spans["D"], "same_claim", ana.id)
    claims = {claim.id for claim in store.claims()}
    applied, redone = round_trip(
        store, partial(add_link, store, spans["B"], spans["C"], "same_claim", ana.id)
    )
    assert applied.changes.claims == claims
    assert _members(store) == [tuple(spans[x] for x in "ABCD")]
    redone.inverse()  # undo again
    assert _members(store) == sorted([(spans["A"], spans["B"]), (spans["C"], spans["D"])])


def test_a_supporting_link_touches_no_claim(store: Store, ana, spans):
    applied, _redone = round_trip(
        store, partial(add_link, store, spans["A"], spans["E"], "supports", ana.id, "because")
    )
    assert applied.changes.claims == frozenset() and store.claims() == []


def test_deleting_the_link_that_held_a_claim_together_splits_it(store: Store, ana, spans):
    add_link(store, spans["A"], spans["B"], "same_claim", ana.id)
    middle = add_link(store, spans["B"], spans["C"], "same_claim", ana.id)
    add_link(store, spans["C"], spans["D"], "same_claim", ana.id)
    applied, _redone = round_trip(store, partial(delete_link, store, middle.record_id, ana.id))
    assert _members(store) == [(spans["A"], spans["B"]), (spans["C"], spans["D"])]
    assert len(applied.changes.claims) == 2  # the claim, and the copy the other part took


def test_relabelling_a_same_claim_link_separates_its_ends(store: Store, ana, spans):
    link = add_link(store, spans["A"], spans["B"], "same_claim", ana.id)
    [claim] = store.claims()
    applied, _redone = round_trip(
        store, partial(edit_link, store, link.record_id, ana.id, relation="contradicts")
    )
    assert applied.changes.links == {link.record_id}
    assert applied.changes.claims == {claim.id}
    assert store.link(link.record_id).relation == "contradicts"
