"""Blind double annotation and dismissed suggestions (issue 20): while each annotator sees
only their own work, a colleague's dismissal must not hide a suggestion from me, nor
mine from them; outside blind annotation anyone's dismissal still hides it."""

from __future__ import annotations

import sqlite3

from claimdesk.db import Store
from claimdesk.db.analysis.suggestions import dismissed_keys, find_suggestions
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.operations.suggestions import dismiss
from claimdesk.db.storage.schema import MIGRATIONS
from tests.older_schema import as_written_by

SENTENCE = "The bridge over the river was closed on Friday after engineers found deep cracks."


def two_reports(store: Store) -> str:
    """Two articles sharing a sentence; the key of the suggestion linking them."""
    store.add_article(f"A. {SENTENCE}", title="One")
    store.add_article(f"B. {SENTENCE}", title="Two")
    (suggestion,) = find_suggestions(store).suggestions
    return suggestion.key


def keys_shown_to(store: Store, annotator_id: str = "") -> set[str]:
    """What the suggestions panel lists: blind (one annotator's view) or everyone's."""
    found = find_suggestions(store, only_annotator=annotator_id).suggestions
    return {suggestion.key for suggestion in found}


def test_while_blind_a_colleagues_dismissal_leaves_the_suggestion_in_my_list(store, ana):
    key = two_reports(store)
    bo = store.ensure_annotator("Bo")
    dismiss(store, key, bo.id)
    assert keys_shown_to(store, ana.id) == {key}  # blind: mine to judge
    assert keys_shown_to(store, bo.id) == set()  # Bo dismissed it
    assert keys_shown_to(store) == set()  # not blind: anyone's dismissal hides it


def test_while_blind_my_dismissal_leaves_it_in_my_colleagues_list(store, ana):
    key = two_reports(store)
    bo = store.ensure_annotator("Bo")
    dismiss(store, key, ana.id)
    assert keys_shown_to(store, bo.id) == {key}
    applied = dismiss(store, key, bo.id)  # Bo's own dismissal, undoable on its own
    assert applied.changes.suggestions
    assert keys_shown_to(store, bo.id) == set()
    applied.inverse()  # Bo's undo brings it back for Bo, mine stays
    assert keys_shown_to(store, bo.id) == {key}
    assert keys_shown_to(store, ana.id) == set()
    assert dismissed_keys(store, ana.id) == {key} and dismissed_keys(store, bo.id) == set()


def test_dismissing_twice_is_one_dismissal_with_nothing_to_undo(store, ana):
    key = two_reports(store)
    dismiss(store, key, ana.id)
    again = dismiss(store, key, ana.id)
    assert not again.changes.suggestions
    assert keys_shown_to(store, ana.id) == set()


def test_merging_keeps_both_annotators_dismissals_of_one_suggestion(store, ana, tmp_path):
    key = two_reports(store)
    dismiss(store, key, ana.id)
    colleague_path = tmp_path / "colleague.claimdesk"
    with Store.open(colleague_path) as colleague:
        colleague.add_article(f"A. {SENTENCE}", title="One")
        colleague.add_article(f"B. {SENTENCE}", title="Two")
        dismiss(colleague, key, colleague.ensure_annotator("Bo").id)
    merge_project(store, colleague_path)
    bo = next(a for a in store.annotators() if a.name == "Bo")
    assert dismissed_keys(store, ana.id) == {key}
    assert dismissed_keys(store, bo.id) == {key}
    merge_project(store, colleague_path)  # merging again adds nothing
    rows = store.conn.execute("SELECT count(*) FROM dismissed_suggestions").fetchone()[0]
    assert rows == 2


def per_annotator_version() -> int:
    """The migration that keeps one dismissal per annotator (found, not hard-coded)."""
    return next(
        number
        for number, statements in enumerate(MIGRATIONS, 1)
        if any("PRIMARY KEY (key, annotator_id)" in statement for statement in statements)
    )


def test_an_older_projects_dismissals_stay_with_the_annotator_who_made_them(tmp_path):
    path = tmp_path / "older.claimdesk"
    with Store.open(path) as store:
        key = two_reports(store)
        bo = store.ensure_annotator("Bo")
        dismiss(store, key, bo.id)
        ana = store.ensure_annotator("Ana")
    conn = sqlite3.connect(path, isolation_level=None)
    as_written_by(conn, per_annotator_version() - 1)
    with_primary_key = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'dismissed_suggestions'"
    ).fetchone()[0]
    conn.close()
    assert "key TEXT PRIMARY KEY" in with_primary_key  # one dismissal per suggestion then
    with Store.open(path) as upgraded:
        assert dismissed_keys(upgraded, bo.id) == {key}
        assert keys_shown_to(upgraded, ana.id) == {key}
        dismiss(upgraded, key, ana.id)  # now Ana can dismiss it too
        assert dismissed_keys(upgraded, ana.id) == {key}
