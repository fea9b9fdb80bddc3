"""Your work, changed by a colleague, is named in the merge report as people say it, and
rejecting a change writes your version back as a new edit that also wins the next merge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.claims.claim_links import claim_for_annotations
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.merging.merge_changes import restore_mine, restore_theirs
from claimdesk.db.merging.merge_queue import decide, pending, put_back, queued
from claimdesk.db.rules.check import check_project

TEXT = "Police held 56 prisoners, the minister said, and crime fell by half."


@pytest.fixture
def maria(store: Store):
    return store.ensure_annotator("Maria")


@pytest.fixture
def jons_file(store: Store, maria, tmp_path: Path) -> Path:
    """Maria's project with two annotations and a claim, then Jon's copy of it."""
    article = store.add_article(TEXT, title="Minister")
    tag = store.tags()[0].id
    false = store.verdict_by_name("False").id
    store.add_annotation(article.id, 12, 24, tag, maria.id, annotation_id="prisoners")
    start = TEXT.index("crime")
    store.add_annotation(
        article.id, start, start + 18, tag, maria.id, verdict_id=false, annotation_id="crime"
    )
    claim_for_annotations(store, ["prisoners", "crime"], maria.id, wording="Prisoners")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "jon.claimdesk"
    shutil.copyfile(store.path, path)
    with Store.open(path) as jon:
        jon.ensure_annotator("Jon")
        jon.delete_annotation("prisoners")
        jon.update_annotation("crime", verdict_id=jon.verdict_by_name("Misleading").id)
    return path


def test_the_merge_report_names_a_colleagues_deletion_and_edit_of_your_work(
    store, maria, jons_file
):
    report = merge_project(store, jons_file, me=maria.id)
    assert [change.line() for change in report.changes_to_yours] == [
        "Jon deleted your annotation “56 prisoners”",
        "Jon changed the verdict of your annotation “crime fell by half” from False to Misleading",
    ]
    summary = report.summary()
    assert "Jon deleted your annotation “56 prisoners”" in summary
    assert "prisoners" in summary and "crime:" not in summary  # quotes, never ids


def test_without_knowing_who_you_are_the_merge_names_no_change_as_yours(store, maria, jons_file):
    report = merge_project(store, jons_file)
    assert report.changes_to_yours == []


def test_rejecting_a_changed_verdict_restores_yours_as_a_new_edit_that_wins_the_next_merge(
    store, maria, jons_file
):
    report = merge_project(store, jons_file, me=maria.id)
    verdict = next(c for c in report.changes_to_yours if c.field == "verdict_id")
    merged = store.annotation("crime")
    restore_mine(store, verdict)
    restored = store.annotation("crime")
    assert store.verdict(restored.verdict_id).name == "False"
    assert restored.modified > merged.modified
    merge_project(store, jons_file, me=maria.id)
    assert store.verdict(store.annotation("crime").verdict_id).name == "False"
    restore_theirs(store, verdict)  # undo
    assert store.verdict(store.annotation("crime").verdict_id).name == "Misleading"


def test_rejecting_a_deletion_brings_your_annotation_back_with_its_claim(store, maria, jons_file):
    report = merge_project(store, jons_file, me=maria.id)
    deletion = next(c for c in report.changes_to_yours if c.field == "deleted")
    (claim,) = store.claims()
    assert claim.annotation_ids == ("crime",)
    restore_mine(store, deletion)
    assert not store.annotation("prisoners").deleted
    assert set(store.claim(claim.id).annotation_ids) == {"prisoners", "crime"}
    assert check_project(store) == []
    merge_project(store, jons_file, me=maria.id)
    assert not store.annotation("prisoners").deleted  # yours is newer now
    restore_theirs(store, deletion)
    assert store.annotation("prisoners").deleted
    assert check_project(store) == []


def lines(changes) -> list[str]:
    return [queued_change.change.line() for queued_change in changes]


def test_the_changes_to_your_work_wait_in_the_project_after_it_is_closed(store, maria, jons_file):
    merge_project(store, jons_file, me=maria.id)
    store.close()
    with Store.open(store.path) as reopened:
        assert lines(pending(reopened, maria.id)) == [
            "Jon deleted your annotation “56 prisoners”",
            "Jon changed the verdict of your annotation “crime fell by half” from False to"
            " Misleading",
        ]
        assert check_project(reopened) == []


def test_restoring_a_queued_deletion_is_recorded_and_its_undo_puts_the_change_back(
    store, maria, jons_file
):
    merge_project(store, jons_file, me=maria.id)
    deletion, verdict = pending(store, maria.id)
    decided = decide(store, deletion.id, "restored")
    assert not store.annotation("prisoners").deleted
    assert decided.decision == "restored" and decided.decided is not None
    assert pending(store, maria.id) == [verdict]
    assert check_project(store) == []

    put_back(store, deletion)  # undo
    assert store.annotation("prisoners").deleted
    assert queued(store, deletion.id).decision == "pending"
    assert queued(store, deletion.id).decided is None
    assert [change.id for change in pending(store, maria.id)] == [deletion.id, verdict.id]


def test_keeping_their_change_writes_nothing_but_the_decision(store, maria, jons_file):
    merge_project(store, jons_file, me=maria.id)
    _, verdict = pending(store, maria.id)
    merged = store.annotation("crime")
    assert decide(store, verdict.id, "kept").decision == "kept"
    assert store.annotation("crime") == merged
    assert [change.change.field for change in pending(store, maria.id)] == ["deleted"]


def test_a_field_changed_again_by_a_later_merge_is_one_change_from_your_version(
    store, maria, jons_file
):
    merge_project(store, jons_file, me=maria.id)
    with Store.open(jons_file) as jon:
        jon.update_annotation("crime", verdict_id=jon.verdict_by_name("True").id)
    merge_project(store, jons_file, me=maria.id)
    (_, verdict) = pending(store, maria.id)
    assert (verdict.change.before_text, verdict.change.after_text) == ("False", "True")
    with Store.open(jons_file) as jon:
        jon.update_annotation("crime", verdict_id=jon.verdict_by_name("False").id)
    merge_project(store, jons_file, me=maria.id)
    assert lines(pending(store, maria.id)) == ["Jon deleted your annotation “56 prisoners”"]


def test_your_review_queue_never_travels_to_a_colleague(store, maria, jons_file, tmp_path):
    merge_project(store, jons_file, me=maria.id)
    store.checkpoint()
    with Store.open(jons_file) as jon:
        merge_project(jon, store.path)
        assert jon.conn.execute("SELECT count(*) FROM merged_changes").fetchone()[0] == 0


def test_a_queued_change_naming_another_column_is_refused_and_nothing_is_written(
    store, maria, jons_file
):
    merge_project(store, jons_file, me=maria.id)
    _, verdict = pending(store, maria.id)
    store.conn.execute(
        "UPDATE merged_changes SET field = 'annotator_id', mine = 'x' WHERE id = ?", (verdict.id,)
    )
    with pytest.raises(ValidationError, match="annotations has no field 'annotator_id'"):
        decide(store, verdict.id, "restored")
    assert store.annotation("crime").annotator_id == maria.id
    assert queued(store, verdict.id).decision == "pending"
