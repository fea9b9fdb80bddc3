"""Opening project files: new, reopened, newer, foreign, truncated and tampered files."""

import sqlite3
from pathlib import Path

import pytest

from claimdesk.db import NewerSchemaError, NotAProjectError, Store
from claimdesk.db.merging.merge_queue import pending
from claimdesk.db.rules.check import check_project
from claimdesk.db.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.older_schema import as_written_by


def test_a_new_project_is_recognisable_and_in_wal_mode(project_path: Path):
    Store.open(project_path).close()
    conn = sqlite3.connect(project_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_project_gets_the_default_scheme(store: Store):
    assert [tag.shortcut for tag in store.tags()][:6] == ["1", "2", "3", "4", "5", "6"]
    assert "Unverifiable" in [verdict.name for verdict in store.verdicts()]


def test_two_new_projects_share_the_default_scheme_ids(tmp_path: Path):
    with Store.open(tmp_path / "a.claimdesk") as a, Store.open(tmp_path / "b.claimdesk") as b:
        assert [tag.id for tag in a.tags()] == [tag.id for tag in b.tags()]
        assert a.setting("id") != b.setting("id")


def test_reopening_keeps_everything(project_path: Path):
    with Store.open(project_path) as store:
        article = store.add_article("Some text.", title="T")
    with Store.open(project_path) as store:
        assert store.article(article.id).title == "T"


def test_a_file_from_a_newer_version_is_refused_and_left_unchanged(project_path: Path):
    Store.open(project_path).close()
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = project_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer Claimdesk"):
        Store.open(project_path)
    assert project_path.read_bytes() == before


def test_a_text_file_is_not_a_project(tmp_path: Path):
    path = tmp_path / "notes.claimdesk"
    path.write_text("just some notes")
    with pytest.raises(NotAProjectError, match="not an SQLite file"):
        Store.open(path)
    assert path.read_text() == "just some notes"


def test_an_empty_file_is_not_a_project(tmp_path: Path):
    path = tmp_path / "empty.claimdesk"
    path.touch()
    with pytest.raises(NotAProjectError):
        Store.open(path)


def test_another_applications_sqlite_file_is_refused(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAProjectError, match="not a Claimdesk project"):
        Store.open(path)


def test_a_truncated_project_is_refused(project_path: Path, tmp_path: Path):
    with Store.open(project_path) as store:
        store.add_article("x " * 50_000)
    conn = sqlite3.connect(project_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = project_path.read_bytes()
    cut = tmp_path / "cut.claimdesk"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(NotAProjectError, match="truncated"):
        Store.open(cut)


def test_a_project_with_a_trigger_added_is_refused(project_path: Path):
    Store.open(project_path).close()
    conn = sqlite3.connect(project_path)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON annotations BEGIN DELETE FROM articles; END")
    conn.commit()
    conn.close()
    with pytest.raises(NotAProjectError, match="unexpected trigger 'evil'"):
        Store.open(project_path)


def test_a_folder_is_not_a_project(tmp_path: Path):
    with pytest.raises(NotAProjectError, match="folder"):
        Store.open(tmp_path)


def test_a_trigger_named_like_sqlites_own_objects_is_refused(project_path: Path):
    Store.open(project_path).close()
    conn = sqlite3.connect(project_path)
    conn.execute(
        "CREATE TRIGGER sqlite1wipe AFTER INSERT ON annotations BEGIN DELETE FROM links; END"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NotAProjectError, match="unexpected trigger 'sqlite1wipe'"):
        Store.open(project_path)


def test_sqlites_own_statistics_table_is_not_a_tampering(project_path: Path):
    with Store.open(project_path) as store:
        store.add_article("Some text.", title="T")
        store.conn.execute("ANALYZE")
    with Store.open(project_path) as store:
        assert store.conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0


def test_a_project_from_before_the_review_queue_is_upgraded_with_its_data(project_path: Path):
    with Store.open(project_path) as store:
        maria = store.ensure_annotator("Maria")
        article = store.add_article("Police held 56 prisoners.", title="Minister")
        store.add_annotation(article.id, 12, 24, store.tags()[0].id, maria.id)
    conn = sqlite3.connect(project_path, isolation_level=None)
    as_written_by(conn, 3)  # before the review queue
    conn.close()
    with Store.open(project_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [a.quote for a in store.annotations()] == ["56 prisoners"]
        assert pending(store, maria.id) == []
        assert check_project(store) == []
