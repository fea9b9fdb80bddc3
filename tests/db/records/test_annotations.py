"""Annotating: spans in code points, edits, deletion as tombstones, and undoable restores."""

import pytest

from claimdesk.db import Store, ValidationError

TEXT = "Rodríguez said 😀 e\u0301 «مرحبا» 56 were freed."


@pytest.fixture
def article(store: Store):
    return store.add_article(TEXT, title="Report")


def test_an_annotation_keeps_the_exact_code_point_span(store, ana, article):
    start = TEXT.index("😀")
    tag = store.tags()[0]
    annotation = store.add_annotation(article.id, start, start + 1, tag.id, ana.id)
    assert annotation.quote == "😀"
    assert annotation.prefix.endswith("said ")
    assert annotation.suffix.startswith(" e\u0301")


def test_combining_marks_and_right_to_left_text_are_quoted_exactly(store, ana, article):
    tag = store.tags()[0]
    e_start = TEXT.index("e\u0301")
    arabic_start = TEXT.index("مرحبا")
    accent = store.add_annotation(article.id, e_start, e_start + 2, tag.id, ana.id)
    arabic = store.add_annotation(article.id, arabic_start, arabic_start + 5, tag.id, ana.id)
    assert accent.quote == "e\u0301"
    assert arabic.quote == "مرحبا"


def test_a_span_outside_the_text_is_refused(store, ana, article):
    with pytest.raises(ValidationError, match="outside"):
        store.add_annotation(article.id, 0, len(TEXT) + 1, store.tags()[0].id, ana.id)


def test_editing_an_annotation_changes_only_what_was_asked(store, ana, article):
    annotation = store.add_annotation(article.id, 0, 9, store.tags()[0].id, ana.id)
    verdict = store.verdicts()[0]
    edited = store.update_annotation(
        annotation.id, verdict_id=verdict.id, note="checked", evidence=["https://example.org"]
    )
    assert (edited.verdict_id, edited.note, edited.evidence) == (
        verdict.id,
        "checked",
        ("https://example.org",),
    )
    assert edited.quote == annotation.quote
    assert edited.modified > annotation.modified


def test_deleting_an_annotation_leaves_a_tombstone_and_takes_its_links(store, ana, article):
    tag = store.tags()[0]
    first = store.add_annotation(article.id, 0, 9, tag.id, ana.id)
    second = store.add_annotation(article.id, 10, 14, tag.id, ana.id)
    link = store.add_link(first.id, second.id, "supports", ana.id)
    removal = store.delete_annotation(first.id)
    assert removal.link_ids == (link.id,)
    assert [a.id for a in store.annotations(article.id)] == [second.id]
    assert store.annotation(first.id).deleted
    assert store.links() == []
    store.restore_annotation(removal)
    assert {a.id for a in store.annotations(article.id)} == {first.id, second.id}
    assert [existing.id for existing in store.links()] == [link.id]


def test_a_failed_step_leaves_nothing_half_written(store, ana, article):
    tag = store.tags()[0]
    with pytest.raises(RuntimeError), store.transaction():
        store.add_annotation(article.id, 0, 9, tag.id, ana.id)
        raise RuntimeError("crash in the middle")
    assert store.annotations() == []
