"""Blind double annotation is a project setting with a start time, so agreement can say
whether the annotators could see each other's work."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.records.blind_annotation import (
    blind_since,
    set_blind_annotation,
    visibility,
)


def _annotate(store: Store, who: str) -> None:
    annotator = store.ensure_annotator(who)
    article = store.articles()[0] if store.articles() else store.add_article("Figures: 56.")
    store.add_annotation(article.id, 9, 11, store.tags()[0].id, annotator.id)


def test_off_by_default_and_the_annotators_could_see_each_other(store):
    _annotate(store, "Ana")
    _annotate(store, "Bo")
    assert blind_since(store) == ""
    ids = [a.id for a in store.annotators()]
    seen = visibility(store, ids)
    assert seen.seen_before == 2 and "could see each other's work" in seen.sentence()


def test_turned_on_before_annotating_everyone_saw_only_their_own(store, project_path):
    since = set_blind_annotation(store, True)
    assert since and blind_since(store) == since
    assert set_blind_annotation(store, True) == since  # on stays on since the first time
    _annotate(store, "Ana")
    _annotate(store, "Bo")
    with Store.open(project_path) as other:  # in the file, not only in this connection
        assert blind_since(other) == since
    seen = visibility(store, [a.id for a in store.annotators()])
    assert seen.seen_before == 0
    assert "each annotator saw only their own annotations" in seen.sentence()


def test_annotations_made_before_blindness_began_are_counted_as_maybe_seen(store):
    _annotate(store, "Ana")
    set_blind_annotation(store, True)
    _annotate(store, "Bo")
    seen = visibility(store, [a.id for a in store.annotators()])
    assert seen.seen_before == 1
    assert "1 of these annotations was made before" in seen.sentence()
    set_blind_annotation(store, False)
    assert blind_since(store) == ""


def test_switching_blind_annotation_off_keeps_since_when_the_annotators_could_see_each_other(
    store, project_path
):
    started = set_blind_annotation(store, True)
    _annotate(store, "Ana")
    _annotate(store, "Bo")
    set_blind_annotation(store, False)
    assert blind_since(store) == ""  # off: everyone's work shows again
    with Store.open(project_path) as other:  # the record is in the file
        seen = visibility(other, [a.id for a in other.annotators()])
    assert seen.blind_since == started and seen.blind_until > started
    assert seen.seen_before == 0
    assert f"was on from {started[:16].replace('T', ' ')}" in seen.sentence()
    assert "since then the annotators could see each other's work" in seen.sentence()
    assert "made in that time, unchanged since" in seen.sentence()


def test_an_annotation_changed_after_blind_annotation_ended_counts_as_maybe_seen(store):
    set_blind_annotation(store, True)
    _annotate(store, "Ana")
    _annotate(store, "Bo")
    set_blind_annotation(store, False)
    bos = store.annotations(annotator_ids=[store.annotator_by_name("Bo").id])[0]
    store.update_annotation(bos.id, note="after seeing Ana's")
    seen = visibility(store, [a.id for a in store.annotators()])
    assert seen.seen_before == 1
    assert "1 of these annotations was made or changed outside that time" in seen.sentence()
    set_blind_annotation(store, True)  # on again: a new blind time, from now
    assert visibility(store, [a.id for a in store.annotators()]).seen_before == 2
