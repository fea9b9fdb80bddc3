"""The window's background jobs (import, export, merge): their commits are the window's own,
their errors reach the user as one message, and none leaves a dialog saying it still works."""

from __future__ import annotations

import threading
from pathlib import Path

from claimdesk.db import Store
from claimdesk.desktop.flows import dataset_flows, project_flows
from claimdesk.desktop.flows.tasks import run_in_background

from .test_dataset_flows import export_of_a_colleague, wait_for_task

OUTSIDE = "changed by another window or program"


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_after_its_own_import_the_window_does_not_blame_another_program(
    qtbot, window, tmp_path: Path, monkeypatch
):
    path = export_of_a_colleague(window, tmp_path)
    monkeypatch.setattr(dataset_flows, "show_import_report", lambda w, r: None)
    dataset_flows.start_import(window, path, strict=True)
    wait_for_task(qtbot, window)
    assert len(window.session.store.annotations()) == 1
    assert not window.session.check_outside_changes()
    assert OUTSIDE not in status(window)


def test_while_an_import_is_still_running_its_commits_are_not_taken_for_someone_elses(
    qtbot, window, tmp_path: Path, monkeypatch
):
    committed, release = threading.Event(), threading.Event()
    real = project_flows.import_articles

    def import_then_wait(store, paths, **options):
        report = real(store, paths, **options)
        committed.set()
        release.wait(10)
        return report

    monkeypatch.setattr(project_flows, "import_articles", import_then_wait)
    article = tmp_path / "third.txt"
    article.write_text("A third report, with 12 figures.", encoding="utf-8")
    project_flows.import_article_files(window, [article])
    qtbot.waitUntil(committed.is_set, timeout=10_000)
    assert not window.session.check_outside_changes()  # the watch fires mid-job
    release.set()
    wait_for_task(qtbot, window)
    assert not window.session.check_outside_changes()
    assert OUTSIDE not in status(window)
    assert "A third report, with 12 figures." in {
        h.title for h in window.session.article_headings()
    }


def test_a_change_by_another_program_after_a_job_is_still_seen(
    qtbot, window, tmp_path: Path, monkeypatch
):
    path = export_of_a_colleague(window, tmp_path)
    monkeypatch.setattr(dataset_flows, "show_import_report", lambda w, r: None)
    dataset_flows.start_import(window, path, strict=True)
    wait_for_task(qtbot, window)
    with Store.open(window.session.path, create=False) as other:
        other.add_article("Written by the command line.", title="CLI")
    assert window.session.check_outside_changes()


def test_a_job_failing_in_its_result_handler_ends_with_one_message_and_no_dialog(
    qtbot, window, boxes
):
    errors: list[BaseException] = []

    def broken_handler(result):
        raise ValueError("the report could not be read")

    task = run_in_background(
        window, "Working", lambda progress, cancelled: 42, broken_handler, errors.append
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert [str(error) for error in errors] == ["the report could not be read"]
    assert not task.dialog.isVisible()


def test_a_failing_import_shows_one_message_and_leaves_nothing_working(
    qtbot, window, tmp_path: Path, boxes
):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "unfinished', encoding="utf-8")
    dataset_flows.start_import(window, broken, strict=True)
    task = window.task
    wait_for_task(qtbot, window)
    assert len(boxes.shown) == 1 and "broken.jsonl" in boxes.shown[0]
    assert not task.dialog.isVisible()
    assert not window.session.check_outside_changes()


def test_cancelling_an_import_stops_it_and_says_nothing_was_added(
    qtbot, window, tmp_path: Path, monkeypatch, boxes
):
    from claimdesk.db.interchange import annotation_import
    from claimdesk.db.interchange.formats.common import Cancelled

    started = threading.Event()

    def endless(store, path, *, cancelled, **options):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled("cancelled")

    monkeypatch.setattr(annotation_import, "import_annotations", endless)
    dataset_flows.start_import(window, tmp_path / "any.jsonl", strict=True)
    task = window.task
    qtbot.waitUntil(started.is_set, timeout=10_000)
    task.dialog.canceled.emit()  # the Cancel button
    wait_for_task(qtbot, window)
    assert "Import cancelled; nothing was added." in status(window)
    assert not task.dialog.isVisible() and boxes.shown == []


def test_opening_another_project_while_an_import_runs_leaves_the_import_in_its_file(
    qtbot, window, tmp_path: Path, monkeypatch, boxes
):
    started, release = threading.Event(), threading.Event()
    real = project_flows.import_articles

    def wait_then_import(store, paths, **options):
        started.set()
        release.wait(10)
        return real(store, paths, **options)

    monkeypatch.setattr(project_flows, "import_articles", wait_then_import)
    first = window.session.path
    article = tmp_path / "third.txt"
    article.write_text("A third report, with 12 figures.", encoding="utf-8")
    project_flows.import_article_files(window, [article])
    task = window.task
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert window.open_project(tmp_path / "second.claimdesk")
    release.set()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert boxes.shown == [] and window.session.store.articles() == []
    with Store.open(first, create=False, readonly=True) as store:
        assert len(store.articles()) == 3
