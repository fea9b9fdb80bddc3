"""File → Merge takes a colleague's file from the previous release as it takes a current one."""

from __future__ import annotations

from claimdesk.desktop.flows import merge_flow
from tests.db.merging.test_merge_older_files import as_previous_release, fingerprint

from .test_merge_flow import choose_and_confirm, colleague_project


def test_merging_a_file_from_the_previous_release_brings_in_their_annotations(
    qtbot, window, tmp_path, monkeypatch
):
    theirs = as_previous_release(colleague_project(tmp_path / "bo.claimdesk"))
    before = fingerprint(theirs)
    messages: list[str] = []
    choose_and_confirm(monkeypatch, theirs, messages)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0].startswith("information: Merged bo.claimdesk.")
    assert "annotations: 2 added" in messages[0]
    store = window.session.store
    bo = store.annotator_by_name("Bo")
    assert [a.note for a in store.annotations(annotator_ids=[bo.id])] == ["check", ""]
    assert fingerprint(theirs) == before
