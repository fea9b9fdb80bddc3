"""Claims follow same_claim links: linking joins or merges them, unlinking splits them, and
every change can be undone and redone exactly."""

from __future__ import annotations

import pytest

from claimdesk.db import Store
from claimdesk.db.claims.claim_links import (
    claim_for_annotations,
    join_claim,
    reapply,
    revert,
    separate_claim,
)

TEXT = "Alpha said one. Bravo said two. Charlie said three. Delta said four. Echo said five."


@pytest.fixture
def spans(store: Store, ana):
    """Five annotations, A..E, in one article."""
    article = store.add_article(TEXT, title="Five sayings")
    tag = store.tag_by_name("Checkable claim")
    found = {}
    for word in ("Alpha", "Bravo", "Charlie", "Delta", "Echo"):
        start = TEXT.index(word)
        found[word[0]] = store.add_annotation(article.id, start, start + len(word), tag.id, ana.id)
    return {letter: annotation.id for letter, annotation in found.items()}


def link(store: Store, ana, first: str, second: str):
    made = store.add_link(first, second, "same_claim", ana.id)
    return made, join_claim(store, made, ana.id)


def unlink(store: Store, ana, made):
    store.delete_link(made.id)
    return separate_claim(store, store.link(made.id), ana.id)


def live_groups(store: Store) -> set[frozenset[str]]:
    return {frozenset(claim.annotation_ids) for claim in store.claims()}


def snapshot(store: Store) -> tuple:
    """Every claim and membership row with its tombstone, ignoring modification stamps."""
    claims = sorted(
        (c.id, c.wording, c.verdict_id, c.explanation, c.evidence, c.deleted, c.annotation_ids)
        for c in store.claims(include_deleted=True)
    )
    members = sorted(
        store.conn.execute("SELECT id, claim_id, annotation_id, deleted FROM claim_members")
    )
    return claims, members


def test_linking_two_loose_annotations_makes_a_claim_worded_like_the_first(store, ana, spans):
    _, change = link(store, ana, spans["A"], spans["B"])
    (claim,) = store.claims()
    assert set(claim.annotation_ids) == {spans["A"], spans["B"]}
    assert claim.wording == "Alpha"
    assert change.claim_ids == (claim.id,)
    assert ("claims", claim.id, False) in change.flips


def test_linking_a_then_b_then_c_yields_one_claim_of_three(store, ana, spans):
    link(store, ana, spans["A"], spans["B"])
    link(store, ana, spans["B"], spans["C"])
    assert live_groups(store) == {frozenset({spans["A"], spans["B"], spans["C"]})}


def test_linking_two_claims_merges_them_into_the_older_one(store, ana, spans):
    link(store, ana, spans["A"], spans["B"])
    older = store.claims()[0]
    link(store, ana, spans["C"], spans["D"])
    newer = next(c for c in store.claims() if c.id != older.id)
    store.update_claim(newer.id, explanation="Checked against the UN report", evidence=["u"])
    _, change = link(store, ana, spans["B"], spans["C"])
    (survivor,) = store.claims()
    assert survivor.id == older.id
    assert set(survivor.annotation_ids) == {spans[x] for x in "ABCD"}
    assert survivor.explanation == "Checked against the UN report"  # kept: ours was empty
    assert survivor.evidence == ("u",)
    assert store.claim(newer.id).deleted
    assert set(change.claim_ids) == {older.id, newer.id}


def test_a_link_inside_one_claim_or_of_another_relation_changes_nothing(store, ana, spans):
    link(store, ana, spans["A"], spans["B"])
    link(store, ana, spans["B"], spans["C"])
    _, change = link(store, ana, spans["A"], spans["C"])
    assert change.flips == () and change.edits == ()
    supports = store.add_link(spans["D"], spans["E"], "supports", ana.id)
    assert join_claim(store, supports, ana.id).flips == ()


def test_deleting_the_middle_link_splits_the_claim(store, ana, spans):
    link(store, ana, spans["A"], spans["B"])
    middle, _ = link(store, ana, spans["B"], spans["C"])
    link(store, ana, spans["C"], spans["D"])
    original = store.claims()[0]
    store.update_claim(original.id, wording="W", explanation="E", evidence=["url"])
    unlink(store, ana, middle)
    groups = {frozenset(c.annotation_ids): c for c in store.claims()}
    assert set(groups) == {frozenset({spans["A"], spans["B"]}), frozenset({spans["C"], spans["D"]})}
    kept, copy = (
        groups[frozenset({spans["A"], spans["B"]})],
        groups[frozenset({spans["C"], spans["D"]})],
    )
    assert kept.id == original.id  # a tie: the part with the first appearance keeps it
    assert (copy.wording, copy.explanation, copy.evidence) == ("W", "E", ("url",))


def test_the_larger_part_keeps_the_claim_and_a_lone_member_leaves_it(store, ana, spans):
    first, _ = link(store, ana, spans["A"], spans["B"])
    link(store, ana, spans["B"], spans["C"])
    claim = store.claims()[0]
    change = unlink(store, ana, first)
    (left,) = store.claims()
    assert left.id == claim.id and set(left.annotation_ids) == {spans["B"], spans["C"]}
    assert change.flips[-1][0] == "claim_members" and change.flips[-1][2] is True


def test_a_link_still_held_by_another_path_splits_nothing(store, ana, spans):
    link(store, ana, spans["A"], spans["B"])
    link(store, ana, spans["B"], spans["C"])
    shortcut, _ = link(store, ana, spans["A"], spans["C"])
    assert unlink(store, ana, shortcut).flips == ()
    assert len(store.claims()) == 1


@pytest.mark.parametrize("operation", ["join", "merge", "split"])
def test_revert_then_reapply_restores_every_row_exactly(store, ana, spans, operation):
    link(store, ana, spans["A"], spans["B"])
    if operation != "join":
        link(store, ana, spans["C"], spans["D"])
        store.update_claim(store.claims()[1].id, explanation="from the second claim")
    if operation == "split":
        middle, _ = link(store, ana, spans["B"], spans["C"])
    before_groups, before = live_groups(store), snapshot(store)
    if operation == "split":
        change = unlink(store, ana, middle)
    else:
        _, change = link(store, ana, spans["B"] if operation == "merge" else spans["E"], spans["C"])
    after = snapshot(store)
    revert(store, change)
    reverted = snapshot(store)
    assert live_groups(store) == before_groups
    assert set(before[0]) <= set(reverted[0]) and set(before[1]) <= set(reverted[1])
    assert all(row[5] for row in set(reverted[0]) - set(before[0]))  # new claims: tombstoned
    assert all(row[3] for row in set(reverted[1]) - set(before[1]))
    reapply(store, change)
    assert snapshot(store) == after
    revert(store, change)
    assert snapshot(store) == reverted


def test_making_a_claim_from_one_annotation_is_undoable(store, ana, spans):
    claim, change = claim_for_annotations(store, [spans["C"]], ana.id)
    assert claim.annotation_ids == (spans["C"],) and claim.wording == "Charlie"
    revert(store, change)
    assert store.claims() == []
    reapply(store, change)
    assert [c.id for c in store.claims()] == [claim.id]


def test_a_long_quote_is_trimmed_to_a_short_wording(store, ana):
    text = "The minister said " + "very " * 60 + "much."
    article = store.add_article(text)
    annotation = store.add_annotation(article.id, 0, len(text), store.tags()[0].id, ana.id)
    claim, _ = claim_for_annotations(store, [annotation.id], ana.id)
    assert len(claim.wording) <= 121 and claim.wording.endswith("…")
    named, _ = claim_for_annotations(store, [annotation.id], ana.id, wording=" Mine ")
    assert named.wording == "Mine"


def test_a_claims_appearances_are_listed_in_text_order_however_they_were_linked(store, ana, spans):
    link(store, ana, spans["D"], spans["B"])
    link(store, ana, spans["E"], spans["A"])
    made, _ = link(store, ana, spans["B"], spans["E"])
    (claim,) = store.claims()
    assert claim.annotation_ids == tuple(spans[letter] for letter in "ABDE")
    assert store.claim(claim.id).annotation_ids == claim.annotation_ids
    unlink(store, ana, made)
    assert sorted(c.annotation_ids for c in store.claims()) == sorted(
        [(spans["B"], spans["D"]), (spans["A"], spans["E"])]
    )
