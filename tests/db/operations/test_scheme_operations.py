"""Scheme edits as operations: adding, editing, reordering, and removing an entry with what
uses it, all or nothing."""

from __future__ import annotations

from functools import partial

import pytest

from claimdesk.db import Store
from claimdesk.db.operations.scheme import add_entry, edit_entry, remove_entry, reorder_entries
from claimdesk.db.storage.errors import ProjectWriteError, ValidationError

from .rows import project_rows, round_trip


def test_adding_a_tag_is_undone_and_redone_with_the_same_id(store: Store):
    applied, _redone = round_trip(store, partial(add_entry, store, "tag", "Rumour", "#123456"))
    assert applied.changes.scheme
    assert store.tag_by_name("Rumour").id == applied.record_id


def test_renaming_and_reordering_verdicts_are_undone_exactly(store: Store):
    verdicts = [verdict.id for verdict in store.verdicts()]
    round_trip(store, partial(edit_entry, store, "verdict", verdicts[0], name="Spot on"))
    round_trip(store, partial(reorder_entries, store, "verdict", verdicts[::-1]))
    assert [verdict.id for verdict in store.verdicts()] == verdicts[::-1]


def test_a_taken_name_is_refused_and_nothing_changes(store: Store):
    before = project_rows(store)
    with pytest.raises(ValidationError, match="already exists"):
        add_entry(store, "tag", "quote", "#123456")
    assert project_rows(store) == before


def test_removing_a_tag_in_use_takes_its_annotations_and_their_links(store: Store, ana, spans):
    from claimdesk.db.operations.links import add_link

    link = add_link(store, spans["A"], spans["B"], "supports", ana.id)
    tag = store.tag_by_name("Checkable claim")
    applied, _redone = round_trip(store, partial(remove_entry, store, "tag", tag.id))
    assert applied.changes.annotations == set(spans.values())
    assert applied.changes.links == {link.record_id} and applied.changes.scheme
    assert store.annotations() == [] and store.tag_by_name("Checkable claim") is None


def test_removing_a_verdict_clears_it_from_the_annotations_that_carried_it(
    store: Store, ana, spans
):
    verdict = store.verdicts()[0]
    for letter in "AB":
        store.update_annotation(spans[letter], verdict_id=verdict.id)
    applied, _redone = round_trip(store, partial(remove_entry, store, "verdict", verdict.id))
    assert applied.changes.annotations == {spans["A"], spans["B"]}
    assert {a.verdict_id for a in store.annotations()} == {None}


def test_a_removal_that_fails_half_way_leaves_everything(store: Store, ana, spans, monkeypatch):
    tag = store.tag_by_name("Checkable claim")
    before = project_rows(store)

    def full_disk(tag_id):
        raise ProjectWriteError("the disk is full")

    monkeypatch.setattr(store, "delete_tag", full_disk)
    with pytest.raises(ProjectWriteError):
        remove_entry(store, "tag", tag.id)
    assert project_rows(store) == before
