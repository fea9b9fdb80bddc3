"""Two programs on one project file: both see committed work, neither loses a write, and
a locked or read-only file gets a clear message rather than a hang or a half-done change."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from claimdesk.db import ProjectLockedError, Store
from claimdesk.db.storage import project_file

from .processes import LockHolder, as_ordinary_user, claimdesk, python

TEXT = "The minister said 400 prisoners were freed on Tuesday. Rights groups counted 56.\n"


@pytest.fixture
def shared(project_path: Path) -> Path:
    with Store.open(project_path) as store:
        store.add_article(TEXT * 50, title="Release")
        store.ensure_annotator("Ana")
        store.ensure_annotator("Ben")
    return project_path


def annotate(store: Store, name: str, count: int) -> list[str]:
    article = store.articles()[0]
    who = store.annotator_by_name(name).id
    tag = store.tags()[0].id
    return [store.add_annotation(article.id, n, n + 5, tag, who).id for n in range(count)]


def test_two_stores_on_one_file_see_each_others_committed_changes(shared: Path):
    with Store.open(shared) as first, Store.open(shared) as second:
        [mine] = annotate(first, "Ana", 1)
        assert [a.id for a in second.annotations()] == [mine]
        second.update_annotation(mine, note="checked by Ben")
        assert first.annotation(mine).note == "checked by Ben"
        second.delete_annotation(mine)
        assert first.annotations() == []


def test_two_stores_writing_at_once_from_two_threads_lose_nothing(shared: Path):
    made: dict[str, list[str]] = {}

    def work(name: str) -> None:
        with Store.open(shared) as store:
            made[name] = annotate(store, name, 150)

    threads = [threading.Thread(target=work, args=(name,)) for name in ("Ana", "Ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Store.open(shared) as store:
        assert {a.id for a in store.annotations()} == {*made["Ana"], *made["Ben"]}
        assert len(made["Ana"]) == len(made["Ben"]) == 150


WRITER = """
import sys
from claimdesk.db import Store
with Store.open(sys.argv[1], create=False) as store:
    article, tag = store.articles()[0].id, store.tags()[0].id
    who = store.ensure_annotator(sys.argv[2]).id
    for n in range(200):
        print(store.add_annotation(article, n, n + 3, tag, who).id, flush=True)
"""


def test_two_processes_and_the_open_store_writing_at_once_lose_nothing(shared: Path):
    with Store.open(shared) as store:
        results: list = []
        workers = [
            threading.Thread(target=lambda n=name: results.append(python(WRITER, str(shared), n)))
            for name in ("Cy", "Di")
        ]
        for worker in workers:
            worker.start()
        mine = annotate(store, "Ana", 100)
        for worker in workers:
            worker.join()
        assert all(result.returncode == 0 for result in results), results
        theirs = {line for result in results for line in result.stdout.split()}
        assert len(theirs) == 400
        assert {a.id for a in store.annotations()} == theirs | set(mine)


def test_the_cli_reads_and_exports_what_an_open_store_just_committed(shared: Path, tmp_path):
    with Store.open(shared) as store:
        annotate(store, "Ana", 3)
        info = claimdesk("info", shared, "--json")
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["counts"]["annotations"] == 3
        out = tmp_path / "out.jsonl"
        exported = claimdesk("export", shared, "-f", "jsonl", "-o", out)
        assert exported.returncode == 0, exported.stderr
        [record] = [json.loads(line) for line in out.read_text().splitlines()]
        assert len(record["annotations"]) == 3
        annotate(store, "Ben", 1)  # the store is still writable after the CLI's reads
    assert json.loads(claimdesk("info", shared, "--json").stdout)["counts"]["annotations"] == 4


def test_the_busy_timeout_is_long_enough_to_queue_and_short_enough_to_answer(store: Store):
    assert 1000 <= project_file.BUSY_TIMEOUT_MS <= 10_000
    timeout = store.conn.execute("PRAGMA busy_timeout").fetchone()[0]
    assert timeout == project_file.BUSY_TIMEOUT_MS


def test_a_write_while_another_program_holds_the_write_lock_says_busy_not_hangs(
    shared: Path, monkeypatch
):
    monkeypatch.setattr(project_file, "BUSY_TIMEOUT_MS", 300)
    with Store.open(shared) as store:
        holder = LockHolder(shared)
        began = time.monotonic()
        try:
            assert store.annotations() == []  # reading goes on (write-ahead log)
            with pytest.raises(ProjectLockedError, match="busy; another program is writing"):
                annotate(store, "Ana", 1)
        finally:
            holder.release()
        assert time.monotonic() - began < 5
        annotate(store, "Ana", 1)  # once the other program lets go, work goes on
        assert len(store.annotations()) == 1


def test_a_file_held_in_exclusive_mode_by_another_program_is_refused_as_locked(
    shared: Path, monkeypatch
):
    monkeypatch.setattr(project_file, "BUSY_TIMEOUT_MS", 300)
    holder = LockHolder(shared, "exclusive-mode")
    try:
        with pytest.raises(ProjectLockedError, match="locked by another program"):
            Store.open(shared)
    finally:
        holder.release()
    Store.open(shared).close()


READ_ONLY_CHECK = """
import sys
from claimdesk.db import ClaimdeskError, Store
path = sys.argv[1]
try:
    Store.open(path, create=False)
    print("opened for writing")
except ClaimdeskError as error:
    print(type(error).__name__, error)
with Store.open(path, create=False, readonly=True) as store:
    print("read-only:", len(store.articles()), "article")
"""


def make_read_only(path: Path, *, file: bool, folder: bool) -> None:
    if file:
        path.chmod(0o444)
    if folder:
        path.parent.chmod(0o555)
    path.parent.parent.chmod(0o755)  # let an ordinary user reach it in pytest's temp folder
    path.parent.parent.parent.chmod(0o755)


@pytest.mark.parametrize(
    ("file", "folder", "reason"),
    [(True, False, "the file is read-only"), (False, True, "is read-only, and a project needs")],
    ids=["file", "folder"],
)
def test_a_read_only_project_is_refused_for_editing_with_a_clear_message_but_opens_read_only(
    tmp_path: Path, file: bool, folder: bool, reason: str
):
    path = tmp_path / "shared" / "colleague.claimdesk"
    path.parent.mkdir()
    with Store.open(path) as store:
        store.add_article(TEXT, title="Release")
    before = path.read_bytes()
    make_read_only(path, file=file, folder=folder)
    try:
        result = as_ordinary_user(READ_ONLY_CHECK, str(path))
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)
    assert result.returncode == 0, result.stderr
    refusal, opened = result.stdout.splitlines()
    assert refusal.startswith(f"ReadOnlyProjectError {path}: ")
    assert reason in refusal
    assert opened == "read-only: 1 article"
    assert path.read_bytes() == before  # nothing written beside it


def test_a_read_only_folder_with_unfinished_log_gives_a_clear_message(tmp_path: Path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "colleague.claimdesk"
    store = Store.open(path)
    store.add_article(TEXT, title="Release")
    copy = tmp_path / "copy"
    copy.mkdir()
    for suffix in ("", "-wal"):  # a crash left the log; the -shm did not travel
        (copy / f"colleague.claimdesk{suffix}").write_bytes(
            (folder / f"colleague.claimdesk{suffix}").read_bytes()
        )
    store.close()
    make_read_only(copy / "colleague.claimdesk", file=True, folder=True)
    try:
        result = as_ordinary_user(READ_ONLY_CHECK, str(copy / "colleague.claimdesk"))
    finally:
        copy.chmod(0o755)
    assert "ReadOnlyProjectError" in result.stdout
    assert "has changes still in its log (colleague.claimdesk-wal)" in result.stderr
