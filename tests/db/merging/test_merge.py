"""Merging a colleague's project: everything arrives once, newer wins, bad files change nothing."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.db import ClaimdeskError, NewerSchemaError, NotAProjectError, Store, ValidationError
from claimdesk.db.claims.claim_links import claim_for_annotations
from claimdesk.db.merging.merge import TABLES, merge_project
from claimdesk.db.records.articles import text_sha256
from claimdesk.db.rules.check import check_project

TEXTS = (
    "The minister said unemployment fell by 12% last year.",
    "Crime doubled, the mayor claimed, although police data disagree.",
    "Vaccines cause nothing of the sort, said the study's author.",
)


def record_set(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, with ids that only a name or a text identifies resolved."""
    names = dict(store.conn.execute("SELECT id, name FROM annotators"))
    hashes = dict(store.conn.execute("SELECT id, sha256 FROM articles"))
    resolve = {
        "annotator_id": names,
        "reviewer_id": names,
        "article_id": hashes,
    }
    result = {}
    for table in TABLES:
        cursor = store.conn.execute(f"SELECT * FROM [{table}]")
        columns = [description[0] for description in cursor.description]
        rows = []
        for row in cursor:
            record = dict(zip(columns, row, strict=True))
            if table in ("annotators", "articles", "reviews"):
                del record["id"]  # matched by name, text or (annotation, reviewer)
            for column, mapping in resolve.items():
                if column in record:
                    record[column] = mapping[record[column]]
            rows.append(tuple(sorted(record.items(), key=lambda item: item[0])))
        result[table] = sorted(rows, key=repr)
    return result


def copy_project(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def close_and_copy(store: Store, target: Path) -> Path:
    store.close()  # checkpoints the write-ahead log into the file
    return copy_project(store.path, target)


@pytest.fixture
def colleague(store: Store, ana, tmp_path: Path) -> Store:
    """A copy of the project, as a colleague would receive it, with Ana's first annotation."""
    article = store.add_article(TEXTS[0], title="Minister")
    store.add_annotation(article.id, 4, 12, store.tags()[0].id, ana.id, annotation_id="first")
    path = tmp_path / "colleague.claimdesk"
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy_project(store.path, path)
    with Store.open(path) as other:
        yield other


def test_merging_a_colleagues_new_annotations_adds_them(store, colleague):
    bo = colleague.ensure_annotator("Bo")
    article = colleague.articles()[0]
    colleague.add_annotation(article.id, 17, 29, colleague.tags()[1].id, bo.id)
    report = merge_project(store, colleague.path)
    assert report.added["annotators"] == 1
    assert report.added["annotations"] == 1
    assert not report.conflicts
    assert len(store.annotations()) == 2
    assert store.annotator_by_name("Bo") is not None


def test_merging_the_same_file_twice_changes_nothing_the_second_time(store, colleague):
    colleague.add_article(TEXTS[1])
    merge_project(store, colleague.path)
    before = record_set(store)
    report = merge_project(store, colleague.path)
    assert not report.changed
    assert not report.conflicts
    assert record_set(store) == before
    assert "Nothing to merge" in report.summary()


def test_a_deletion_by_the_colleague_travels_as_a_tombstone(store, colleague):
    colleague.delete_annotation("first")
    report = merge_project(store, colleague.path)
    assert report.updated["annotations"] == 1
    assert store.annotations() == []
    assert store.annotation("first").deleted


def test_the_newer_of_two_edits_wins_and_is_reported_as_a_conflict(store, ana, colleague):
    store.update_annotation("first", note="mine, older")
    colleague.update_annotation("first", note="theirs, newer")
    report = merge_project(store, colleague.path, me=ana.id)
    assert store.annotation("first").note == "theirs, newer"
    assert [(c.table, c.record_id, c.field) for c in report.conflicts] == [
        ("annotations", "first", "note")
    ]
    assert (
        "changed the note of your annotation “minister” from “mine, older” to “theirs, newer”"
        " (changed here too; theirs is newer)"
    ) in report.summary()
    assert "first" not in report.summary()  # people, quotes and fields; not ids and times


def test_a_local_edit_newer_than_the_colleagues_is_kept(store, colleague):
    colleague.update_annotation("first", note="theirs, older")
    store.update_annotation("first", note="mine, newer")
    report = merge_project(store, colleague.path)
    assert store.annotation("first").note == "mine, newer"
    assert not report.changed


def test_an_article_with_the_same_text_is_matched_by_its_hash(store, ana, tmp_path):
    mine = store.add_article(TEXTS[1], title="Mayor")
    with Store.open(tmp_path / "other.claimdesk") as other:
        bo = other.ensure_annotator("Bo")
        theirs = other.add_article(TEXTS[1], title="Mayor")
        other.add_annotation(theirs.id, 0, 5, other.tags()[0].id, bo.id, annotation_id="bo-1")
    report = merge_project(store, tmp_path / "other.claimdesk")
    assert report.added["articles"] == 0
    assert len(store.articles()) == 1
    assert store.annotation("bo-1").article_id == mine.id
    assert store.annotation("bo-1").quote == "Crime"


def test_an_annotator_with_the_same_name_is_matched_by_name(store, ana, tmp_path):
    article = store.add_article(TEXTS[2])
    with Store.open(tmp_path / "other.claimdesk") as other:
        other_ana = other.ensure_annotator("Ana")
        theirs = other.add_article(TEXTS[2])
        other.add_annotation(theirs.id, 0, 8, other.tags()[0].id, other_ana.id, annotation_id="a")
    merge_project(store, tmp_path / "other.claimdesk")
    assert [a.name for a in store.annotators()] == ["Ana"]
    assert store.annotation("a").annotator_id == ana.id
    assert store.annotation("a").article_id == article.id


def test_a_tag_with_the_same_name_but_another_id_is_matched_by_name(store, ana, tmp_path):
    store.add_article(TEXTS[0])
    mine = store.add_tag("Rumour source", "#123456")
    with Store.open(tmp_path / "other.claimdesk") as other:
        bo = other.ensure_annotator("Bo")
        theirs = other.add_tag("Rumour source", "#123456")
        text = other.add_article(TEXTS[0])
        other.add_annotation(text.id, 0, 3, theirs.id, bo.id, annotation_id="s")
    merge_project(store, tmp_path / "other.claimdesk")
    assert store.annotation("s").tag_id == mine.id
    assert [t.name for t in store.tags()].count("Rumour source") == 1


def test_merge_reports_progress_and_can_be_cancelled_without_writing(store, colleague):
    colleague.add_article(TEXTS[2])
    steps = []
    report = merge_project(store, colleague.path, progress=lambda d, t: steps.append((d, t)))
    assert steps[-1][0] == steps[-1][1]
    colleague.add_article(TEXTS[1])
    before = record_set(store)
    report = merge_project(store, colleague.path, cancelled=lambda: True)
    assert report.cancelled
    assert record_set(store) == before
    assert "cancelled" in report.summary()


# Hostile or broken files: a clear error naming the file, and the project as it was.


def _hostile(tmp_path: Path, source: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.claimdesk"
    if kind == "not-sqlite":
        path.write_text("id,title\n1,not a project\n", encoding="utf-8")
        return path
    copy_project(source, path)
    if kind == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return path
    conn = sqlite3.connect(path)
    statement = {
        "newer": "PRAGMA user_version = 99",
        "extra-table": "CREATE TABLE extra (x)",
        "trigger": "CREATE TRIGGER boom AFTER INSERT ON tags BEGIN DELETE FROM articles; END",
        "bad-quote": "UPDATE annotations SET quote = 'forged'",
        "bad-span": "UPDATE annotations SET end = 100000",
        "dangling-tag": "UPDATE annotations SET tag_id = 'nowhere'",
        "bad-type": "UPDATE annotations SET confidence = 'high'",
    }[kind]
    conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("kind", "error", "words"),
    [
        ("not-sqlite", NotAProjectError, "not an SQLite file"),
        ("truncated", NotAProjectError, "truncated"),
        ("newer", NewerSchemaError, "newer Claimdesk"),
        ("extra-table", NotAProjectError, "unexpected table 'extra'"),
        ("trigger", NotAProjectError, "unexpected trigger 'boom'"),
        ("bad-quote", ValidationError, "annotations first: its quote differs"),
        ("bad-span", ValidationError, "annotations first: span 4–100000 is outside"),
        ("dangling-tag", ValidationError, "annotations first: tag_id nowhere refers to no tag"),
        ("bad-type", ValidationError, "annotations first: confidence is not of type real"),
    ],
)
def test_a_hostile_file_is_refused_and_the_project_is_left_unchanged(
    store, ana, tmp_path, kind, error, words
):
    article = store.add_article(TEXTS[0])
    store.add_annotation(article.id, 4, 12, store.tags()[0].id, ana.id, annotation_id="first")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source = copy_project(store.path, tmp_path / "source.claimdesk")
    with Store.open(source) as colleague:  # something new, so a merge would have to write
        colleague.add_article(TEXTS[1])
    path = _hostile(tmp_path, source, kind)
    before = record_set(store)
    with pytest.raises(error) as raised:
        merge_project(store, path)
    assert isinstance(raised.value, ClaimdeskError)
    assert words in str(raised.value)
    assert str(path) in str(raised.value)
    assert record_set(store) == before


# Properties: the same outcome whichever way round, and a second merge is a no-op.

_operation = st.tuples(
    st.booleans(),  # on the first copy or the second
    st.sampled_from(["article", "annotate", "note", "delete", "review", "link", "claim"]),
    st.integers(0, 50),
    st.integers(0, 50),
    st.sampled_from(["Ana", "Bo"]),
)


def _apply(store: Store, kind: str, x: int, y: int, name: str) -> None:
    person = store.ensure_annotator(name)
    articles = store.articles()
    live = store.annotations()
    if kind == "article":
        text = TEXTS[x % len(TEXTS)]
        if store.find_article_by_hash(text_sha256(text)):
            return
        store.add_article(text, title=f"{name} {x}")
    elif kind == "annotate" and articles:
        article = articles[x % len(articles)]
        start = y % (article.length - 1)
        end = min(article.length, start + 1 + x % 9)
        tag = store.tags()[y % 3]
        store.add_annotation(article.id, start, end, tag.id, person.id)
    elif kind == "note" and live:
        store.update_annotation(live[x % len(live)].id, note=f"{name} {y}")
    elif kind == "delete" and live:
        store.delete_annotation(live[x % len(live)].id)
    elif kind == "review" and live:
        store.set_review(live[x % len(live)].id, person.id, ("accepted", "rejected")[y % 2])
    elif kind == "claim" and live:  # so deletions on either side take appearances along
        claim_for_annotations(store, [live[x % len(live)].id, live[y % len(live)].id], person.id)
    elif kind == "link" and len(live) > 1:
        source, target = live[x % len(live)], live[y % len(live)]
        if source.id != target.id:
            store.add_link(source.id, target.id, "supports", person.id)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=st.lists(_operation, max_size=14))
def test_merging_either_way_round_gives_the_same_records_and_is_idempotent(operations):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Store.open(root / "base.claimdesk") as base:
            ana = base.ensure_annotator("Ana")
            article = base.add_article(TEXTS[0])
            base.add_annotation(article.id, 0, 3, base.tags()[0].id, ana.id)
        a = copy_project(root / "base.claimdesk", root / "a.claimdesk")
        b = copy_project(root / "base.claimdesk", root / "b.claimdesk")
        with Store.open(a) as first, Store.open(b) as second:
            for on_first, kind, x, y, name in operations:
                _apply(first if on_first else second, kind, x, y, name)
        a_into_b = copy_project(b, root / "ab.claimdesk")
        b_into_a = copy_project(a, root / "ba.claimdesk")
        with Store.open(a_into_b) as ab, Store.open(b_into_a) as ba:
            merge_project(ab, a)
            merge_project(ba, b)
            assert record_set(ab) == record_set(ba)
            assert check_project(ab) == []
            settled = record_set(ab)
            again = merge_project(ab, a)
            assert not again.changed and not again.conflicts
            again = merge_project(ab, b)
            assert not again.changed and not again.conflicts
            assert record_set(ab) == settled


def _claimdesk(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_merge_command_prints_what_arrived_and_refuses_a_non_project(store, colleague):
    colleague.add_article(TEXTS[2])
    colleague.close()
    store.close()
    done = _claimdesk("merge", store.path, colleague.path)
    assert done.returncode == 0, done.stderr
    assert "articles: 1 added, 0 updated" in done.stdout
    again = _claimdesk("merge", store.path, colleague.path)
    assert "Nothing to merge" in again.stdout
    colleague.path.write_text("not a project", encoding="utf-8")
    refused = _claimdesk("merge", store.path, colleague.path)
    assert refused.returncode == 1
    assert "not a Claimdesk project" in refused.stderr


def test_remerging_a_colleague_who_imported_the_article_alone_is_a_no_op_yet_edits_arrive(
    store, ana, tmp_path
):
    mine = store.add_article(TEXTS[1], title="Mayor")
    path = tmp_path / "other.claimdesk"
    with Store.open(path) as other:
        bo = other.ensure_annotator("Bo")
        theirs = other.add_article(TEXTS[1], title="Mayor")
        other.add_annotation(theirs.id, 0, 5, other.tags()[0].id, bo.id, annotation_id="bo-1")
    merge_project(store, path)
    again = merge_project(store, path)
    assert not again.changed and again.unchanged["annotations"] == 1
    with Store.open(path) as other:
        other.update_annotation("bo-1", note="checked")
    merge_project(store, path)
    assert store.annotation("bo-1").note == "checked"
    assert store.annotation("bo-1").article_id == mine.id


def test_the_merge_command_names_a_colleagues_change_to_your_work(store, ana, colleague):
    bo = colleague.ensure_annotator("Bo")
    colleague.update_annotation("first", note="Bo was here")
    colleague.add_annotation(colleague.articles()[0].id, 17, 29, colleague.tags()[1].id, bo.id)
    colleague.close()
    store.close()
    done = _claimdesk("--annotator", "Ana", "merge", store.path, colleague.path)
    assert done.returncode == 0, done.stderr
    assert "Bo changed the note of your annotation “minister” from nothing to “Bo was here”" in (
        done.stdout
    )
