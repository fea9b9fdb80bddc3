"""A shared fact-check archive file: made once, filled by imports, matched beside a
project's own archive, read without ever being written, and refused in one line when it
is not what it says."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from claimdesk.db import ClaimdeskError, Store
from claimdesk.db.factchecks.matching import add_to_archive, match_everywhere
from claimdesk.db.factchecks.records import FactCheck
from claimdesk.db.factchecks.shared import set_shared_archive, shared_archive_path
from claimdesk.db.storage import archive_file
from claimdesk.db.storage.archive_file import create_archive, open_archive

PRISONERS = FactCheck(
    "Venezuela released 400 political prisoners in January",
    claimant="Government of Venezuela",
    rating="Misleading",
    publisher="Cotejo",
    url="https://cotejo.example/presos",
    date="2026-01-15",
)
FLOODS = FactCheck(
    "The flood barrier cost 2 billion euros",
    rating="False",
    publisher="Newsroom",
    url="https://example.org/barrier",
)


def shared_with(tmp_path: Path, *checks: FactCheck) -> Path:
    path = tmp_path / "newsroom.cdarchive"
    create_archive(path)
    with open_archive(path, write=True) as archive:
        add_to_archive(archive, list(checks))
    return path


def state(path: Path) -> tuple[str, float, list[str]]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, path.stat().st_mtime, sorted(os.listdir(path.parent))


def test_a_project_matches_against_the_shared_archive_beside_its_own(tmp_path):
    shared = shared_with(tmp_path, PRISONERS)
    with Store.open(tmp_path / "p.claimdesk") as store:
        add_to_archive(store, [FLOODS])
        with open_archive(shared) as archive:
            [match] = match_everywhere(store, archive, "Venezuela freed 400 political prisoners")
            [own] = match_everywhere(store, archive, "the flood barrier cost 2 billion euros")
    assert match.fact_check.publisher == "Cotejo" and match.archive == "newsroom.cdarchive"
    assert "same figure: 400" in match.reasons
    assert own.archive == ""


def test_a_check_in_both_archives_is_shown_once(tmp_path):
    shared = shared_with(tmp_path, PRISONERS)
    with Store.open(tmp_path / "p.claimdesk") as store:
        add_to_archive(store, [PRISONERS])
        with open_archive(shared) as archive:
            matches = match_everywhere(store, archive, "Venezuela released 400 prisoners")
    assert [m.archive for m in matches] == [""]


def test_matching_never_writes_the_shared_archive(tmp_path):
    shared = shared_with(tmp_path, PRISONERS, FLOODS)
    before = state(shared)
    with Store.open(tmp_path / "p.claimdesk") as store, open_archive(shared) as archive:
        match_everywhere(store, archive, "Venezuela released 400 political prisoners")
    assert state(shared)[0] == before[0] and state(shared)[1] == before[1]
    assert [n for n in state(shared)[2] if n.startswith("newsroom")] == ["newsroom.cdarchive"]


def test_a_read_only_archive_is_matched_but_not_added_to(tmp_path, monkeypatch):
    shared = shared_with(tmp_path, PRISONERS)
    monkeypatch.setattr(archive_file.os, "access", lambda path, mode: mode != os.W_OK)
    with open_archive(shared) as archive:
        assert archive.readonly
    with pytest.raises(ClaimdeskError, match="read-only"), open_archive(shared, write=True):
        pass


def test_a_project_file_is_not_an_archive(tmp_path):
    project = tmp_path / "p.claimdesk"
    Store.open(project).close()
    with (
        pytest.raises(ClaimdeskError, match="a Claimdesk project, not a fact-check archive"),
        open_archive(project),
    ):
        pass


def test_an_archive_with_an_extra_trigger_is_refused_unread(tmp_path):
    shared = shared_with(tmp_path, PRISONERS)
    conn = sqlite3.connect(shared)
    conn.execute(
        "CREATE TRIGGER sneaky AFTER INSERT ON fact_checks BEGIN DELETE FROM fact_checks; END"
    )
    conn.commit()
    conn.close()
    with (
        pytest.raises(ClaimdeskError, match=r"schema has been altered .*sneaky"),
        open_archive(shared),
    ):
        pass


def test_an_archive_holding_a_value_of_the_wrong_type_is_one_line(tmp_path):
    shared = shared_with(tmp_path, PRISONERS)
    conn = sqlite3.connect(shared)
    conn.execute("UPDATE fact_checks SET rating = x'00ff'")
    conn.commit()
    conn.close()
    with (
        pytest.raises(ClaimdeskError, match="fact-check 1 holds a value of the wrong type"),
        open_archive(shared),
    ):
        pass


@pytest.mark.parametrize(
    "content", [b"", b"not sqlite at all", b"SQLite format 3\x00" + b"\0" * 20]
)
def test_garbage_is_not_an_archive(tmp_path, content):
    path = tmp_path / "bad.cdarchive"
    path.write_bytes(content)
    with pytest.raises(ClaimdeskError) as error, open_archive(path):
        pass
    assert "\n" not in str(error.value) and str(path) in str(error.value)


def test_making_an_archive_over_a_file_is_refused(tmp_path):
    path = tmp_path / "exists.cdarchive"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(ClaimdeskError, match="already exists"):
        create_archive(path)
    assert path.read_text(encoding="utf-8") == "mine"


def test_the_project_remembers_its_shared_archive_only_once_verified(tmp_path):
    shared = shared_with(tmp_path)
    bad = tmp_path / "bad.cdarchive"
    bad.write_text("no", encoding="utf-8")
    with Store.open(tmp_path / "p.claimdesk") as store:
        with pytest.raises(ClaimdeskError):
            set_shared_archive(store, bad)
        assert shared_archive_path(store) is None
        set_shared_archive(store, shared)
        assert shared_archive_path(store) == shared.resolve()
        set_shared_archive(store, None)
        assert shared_archive_path(store) is None


def test_a_doctored_index_in_the_archive_fails_matching_in_one_line(tmp_path):
    shared = shared_with(tmp_path, PRISONERS, FLOODS)
    conn = sqlite3.connect(shared)
    conn.execute("UPDATE fact_check_search_data SET block = x'ffffffffffffffff' WHERE id > 1")
    conn.commit()
    conn.close()
    store = Store.open(tmp_path / "p.claimdesk")
    with store, pytest.raises(ClaimdeskError) as error, open_archive(shared) as archive:
        match_everywhere(store, archive, "Venezuela released 400 political prisoners")
    assert "\n" not in str(error.value) and str(shared) in str(error.value)
