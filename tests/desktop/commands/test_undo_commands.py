"""Undo and redo go through the store: what undo shows is what the file holds."""

import pytest

from claimdesk.db import Store
from claimdesk.desktop.commands.commands import CreateAnnotation, DeleteAnnotation, EditAnnotation
from claimdesk.desktop.commands.scheme_commands import add_entry, delete_entry, edit_entry
from claimdesk.desktop.session import ProjectSession

TEXT = "The UN says about 50 people were released 😀 on Monday."


@pytest.fixture
def session(qtbot, store: Store, ana):
    return ProjectSession(store, ana)


@pytest.fixture
def article(store: Store):
    return store.add_article(TEXT, title="Report")


def _reopen_annotations(session: ProjectSession):
    with Store.open(session.path) as other:
        return other.annotations()


def test_tagging_then_undo_and_redo_keeps_the_same_annotation_id(session, article):
    tag = session.tags()[1]
    start = TEXT.index("about 50")
    session.push(CreateAnnotation(session, article.id, start, start + 8, tag.id))
    [created] = session.store.annotations()
    assert created.quote == "about 50"
    session.undo_stack.undo()
    assert session.store.annotations() == []
    assert _reopen_annotations(session) == []
    session.undo_stack.redo()
    [again] = _reopen_annotations(session)
    assert again.id == created.id and again.quote == "about 50"


def test_every_command_announces_what_it_changed(qtbot, session, article):
    tag = session.tags()[0]
    with qtbot.waitSignal(session.changed) as blocker:
        session.push(CreateAnnotation(session, article.id, 0, 3, tag.id))
    assert article.id in blocker.args[0].articles


def test_deleting_then_undoing_restores_the_annotation_and_its_links(session, article, ana):
    tag = session.tags()[0]
    first = session.store.add_annotation(article.id, 0, 3, tag.id, ana.id)
    second = session.store.add_annotation(article.id, 4, 6, tag.id, ana.id)
    link = session.store.add_link(first.id, second.id, "supports", ana.id)
    session.push(DeleteAnnotation(session, first.id))
    assert session.store.links() == []
    session.undo_stack.undo()
    assert [existing.id for existing in session.store.links()] == [link.id]
    assert {a.id for a in session.store.annotations()} == {first.id, second.id}


def test_typing_a_note_is_one_undo_step(session, article, ana):
    annotation = session.store.add_annotation(article.id, 0, 3, session.tags()[0].id, ana.id)
    for note in ("C", "Ch", "Che", "Check"):
        session.push(EditAnnotation(session, annotation.id, note=note))
    assert session.undo_stack.count() == 1
    assert session.store.annotation(annotation.id).note == "Check"
    session.undo_stack.undo()
    assert session.store.annotation(annotation.id).note == ""


def test_a_failing_command_is_dropped_and_reported(qtbot, session, article):
    tag = session.tags()[0]
    with qtbot.waitSignal(session.failed) as blocker:
        session.push(CreateAnnotation(session, article.id, 0, 10_000, tag.id))
    assert "outside the article" in blocker.args[0]
    assert session.undo_stack.count() == 0


def test_scheme_edits_are_undoable(session):
    session.push(add_entry(session, "tag", "Rumour", "#123456"))
    rumour = session.store.tag_by_name("Rumour")
    assert rumour is not None and session.tag(rumour.id).name == "Rumour"
    session.push(edit_entry(session, "tag", rumour.id, name="Hearsay", color="#654321"))
    assert session.store.tag(rumour.id).name == "Hearsay"
    session.push(delete_entry(session, "tag", rumour.id))
    assert session.store.tag_by_name("Hearsay") is None
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.store.tag(rumour.id).name == "Rumour"
    session.undo_stack.undo()
    assert rumour.id not in [tag.id for tag in session.tags()]
    session.undo_stack.redo()
    assert rumour.id in [tag.id for tag in session.tags()]
