"""The project file on disk is always the whole project: about a second after the last change
the file alone holds everything (a copy of just that file is current), and File → Save a
copy… makes a consistent copy at any moment.

Copies of the open project are made by another process (`cp`), as a file manager would:
this process must never open and close the file while its connection holds it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from claimdesk.db import Store
from claimdesk.desktop import session as session_module
from claimdesk.desktop.commands.commands import CreateAnnotation
from claimdesk.desktop.flows import project_flows
from claimdesk.desktop.main_window import MainWindow

from .test_dataset_flows import wait_for_task


def copy_as_a_file_manager_would(path: Path, folder: Path) -> Path:
    folder.mkdir()
    subprocess.run(["cp", str(path), str(folder)], check=True)
    return folder / path.name


def quotes_in(path: Path) -> list[str]:
    with Store.open(path, create=False, readonly=True) as store:
        return [annotation.quote for annotation in store.annotations()]


def tag_first_word(session) -> None:
    article = session.store.articles()[0]
    session.push(CreateAnnotation(session, article.id, 0, 3, session.tags()[0].id))


def test_a_moment_after_tagging_a_copy_of_just_the_file_holds_the_tag(qtbot, window, tmp_path):
    session = window.session
    with qtbot.waitSignal(session.checkpointed, timeout=10_000) as done:
        tag_first_word(session)
    assert done.args == [True]
    copy = copy_as_a_file_manager_would(session.path, tmp_path / "copied")
    assert quotes_in(copy) == ["The"]


def test_when_a_reader_holds_the_log_back_the_window_tries_again(
    qtbot, window, tmp_path, monkeypatch
):
    monkeypatch.setattr(session_module, "CHECKPOINT_RETRY_MS", 50)
    session = window.session
    reader = Store.open(session.path, create=False, readonly=True)
    reader.conn.execute("BEGIN")  # test set-up: a reader in the middle of a long read
    reader.conn.execute("SELECT count(*) FROM articles").fetchone()
    results: list[bool] = []
    session.checkpointed.connect(results.append)
    tag_first_word(session)
    qtbot.waitUntil(lambda: results[:1] == [False], timeout=10_000)
    reader.conn.execute("COMMIT")
    reader.close()
    qtbot.waitUntil(lambda: results[-1:] == [True], timeout=10_000)
    copy = copy_as_a_file_manager_would(session.path, tmp_path / "copied")
    assert quotes_in(copy) == ["The"]


def test_save_a_copy_writes_the_whole_project_at_once(qtbot, window, tmp_path, monkeypatch):
    session = window.session
    monkeypatch.setattr(session_module, "CHECKPOINT_IDLE_MS", 3_600_000)
    tag_first_word(session)  # and save right after: the change is still only in the log
    target = tmp_path / "for Maria"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    project_flows.save_copy(window)
    wait_for_task(qtbot, window)
    saved = target.with_name("for Maria.claimdesk")
    assert quotes_in(saved) == ["The"]
    assert "Saved a copy" in window.statusBar().currentMessage()


def test_save_a_copy_over_the_open_project_is_refused_in_one_message(
    qtbot, window, monkeypatch, boxes
):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(window.session.path), "")
    )
    project_flows.save_copy(window)
    wait_for_task(qtbot, window)
    assert len(boxes.shown) == 1 and boxes.shown[0].startswith("critical:")
    assert len(quotes_in(window.session.path)) == 0


def test_a_moment_after_creating_a_project_a_copy_of_just_the_file_is_that_project(
    qtbot, app_settings, tmp_path
):
    main = MainWindow(app_settings)
    qtbot.addWidget(main)
    project = tmp_path / "new.claimdesk"
    assert main.open_project(project, "Ana")
    with qtbot.waitSignal(main.session.checkpointed, timeout=10_000) as done:
        pass
    assert done.args == [True]
    copy = copy_as_a_file_manager_would(project, tmp_path / "copied")
    with Store.open(copy, create=False, readonly=True) as store:
        assert store.tags(), "the copy lacks the default tag scheme"
    main.close_project()
