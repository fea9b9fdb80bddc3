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
