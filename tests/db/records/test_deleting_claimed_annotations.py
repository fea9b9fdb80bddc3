"""Deleting a highlight that is an appearance of a claim: the appearance goes with it (and
the claim, once it has none left), undo brings them back, and a merge does the same."""

from __future__ import annotations

import shutil
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.claims.claim_links import claim_for_annotations
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.rules.check import check_project

TEXT = "Alpha said one. Bravo said two. Charlie said three."


def _annotate(store: Store, person_id: str, word: str, annotation_id: str) -> str:
    article = store.articles()[0] if store.articles() else store.add_article(TEXT, title="T")
    start = TEXT.index(word)
    tag = store.tags()[0].id
    return store.add_annotation(
        article.id, start, start + len(word), tag, person_id, annotation_id=annotation_id
    ).id


def test_deleting_a_claimed_highlight_keeps_the_project_sound(store, ana):
    first = _annotate(store, ana.id, "Alpha", "a")
    second = _annotate(store, ana.id, "Bravo", "b")
    claim, _ = claim_for_annotations(store, [first, second], ana.id)
    removal = store.delete_annotation(first)
    assert check_project(store) == []
    assert store.claim(claim.id).annotation_ids == (second,)
    assert not store.claim(claim.id).deleted
    store.restore_annotation(removal)
    assert set(store.claim(claim.id).annotation_ids) == {first, second}
    assert check_project(store) == []


def test_deleting_a_claims_last_appearance_deletes_the_claim_and_undo_revives_it(store, ana):
    only = _annotate(store, ana.id, "Charlie", "c")
    claim, _ = claim_for_annotations(store, [only], ana.id)
    removal = store.delete_annotation(only)
    assert store.claim(claim.id).deleted
    assert store.claims() == []
    assert check_project(store) == []
    store.restore_annotation(removal)
    assert [c.id for c in store.claims()] == [claim.id]
    assert store.claim(claim.id).annotation_ids == (only,)


def test_merging_a_colleagues_deletion_of_a_claimed_highlight_keeps_the_project_sound(
    store, ana, tmp_path: Path
):
    first = _annotate(store, ana.id, "Alpha", "a")
    second = _annotate(store, ana.id, "Bravo", "b")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    bens = tmp_path / "ben.claimdesk"
    shutil.copyfile(store.path, bens)
    claim, _ = claim_for_annotations(store, [first, second], ana.id)  # after Ben's copy
    with Store.open(bens) as ben:
        ben.delete_annotation(first)
    merge_project(store, bens)
    assert check_project(store) == []
    assert store.claim(claim.id).annotation_ids == (second,)
    assert not merge_project(store, bens).changed  # and merging again changes nothing


def test_merging_away_a_claims_last_appearance_deletes_the_claim(store, ana, tmp_path: Path):
    only = _annotate(store, ana.id, "Charlie", "c")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    bens = tmp_path / "ben.claimdesk"
    shutil.copyfile(store.path, bens)
    claim, _ = claim_for_annotations(store, [only], ana.id)
    with Store.open(bens) as ben:
        ben.delete_annotation(only)
    merge_project(store, bens)
    assert check_project(store) == []
    assert store.claim(claim.id).deleted
