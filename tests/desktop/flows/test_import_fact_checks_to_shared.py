"""File → Import fact-checks… into the project's archive or a newsroom's shared archive
file, chosen or made from the window, each refused file one line of the report."""

from __future__ import annotations

import json

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFileDialog

from claimdesk.db.factchecks.shared import set_shared_archive, shared_archive_path
from claimdesk.db.storage.archive_file import create_archive, open_archive
from claimdesk.db.storage.fact_check_store import fact_check_count
from claimdesk.desktop.widgets.fact_check_destination import FactCheckDestination
from tests.db.factchecks.test_reading_fact_checks import REVIEW
from tests.desktop.conftest import REPORT_B, tag
from tests.desktop.driver import Desk


def choose_files(desk: Desk, monkeypatch, *paths) -> FactCheckDestination:
    """File → Import fact-checks…, picking `paths`: the dialog asking where they go."""
    names = ([str(path) for path in paths], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: names)
    desk.choose("File", "Import fact-checks")
    return desk.window.findChildren(FactCheckDestination)[-1]


def feed(tmp_path, name="feed.json", document=None):
    path = tmp_path / name
    document = document or {"@type": "DataFeed", "dataFeedElement": [REVIEW]}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def archive_size(path) -> int:
    with open_archive(path) as archive:
        return fact_check_count(archive)


def test_importing_into_a_new_shared_archive_made_from_the_window(desk, tmp_path, monkeypatch):
    dialog = choose_files(desk, monkeypatch, feed(tmp_path))
    assert dialog.to_project.isChecked() and dialog.ok.isEnabled()
    made = tmp_path / "newsroom"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(made), ""))
    dialog.new.click()
    shared = tmp_path / "newsroom.cdarchive"
    assert dialog.to_shared.isChecked() and dialog.file_label.text() == str(shared)
    assert dialog.use_it.isChecked()
    dialog.ok.click()
    added = "feed.json: 1 fact-check added (0 already there)"
    desk.qtbot.waitUntil(lambda: desk.status_bar()[0] == added)
    assert archive_size(shared) == 1
    assert fact_check_count(desk.window.session.store) == 0
    assert shared_archive_path(desk.window.session.store) == shared.resolve()


def test_checks_imported_into_the_shared_archive_show_in_the_inspector(desk, tmp_path, monkeypatch):
    view = desk.open_article(1, "Report B").view
    tag(desk.qtbot, view, REPORT_B, "The government claims 400", 4)
    note = desk.window.inspector.checked_before
    desk.qtbot.waitUntil(lambda: note.text == "The government claims 400")
    assert not note.isVisibleTo(desk.window.inspector)
    dialog = choose_files(desk, monkeypatch, feed(tmp_path))
    made = tmp_path / "newsroom.cdarchive"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(made), ""))
    dialog.new.click()
    dialog.ok.click()
    desk.qtbot.waitUntil(lambda: note.isVisibleTo(desk.window.inspector))
    tip = QTextDocumentFragment.fromHtml(note.best.toolTip()).toPlainText().replace("\xa0", " ")
    assert "(shared archive newsroom.cdarchive)" in tip


def test_importing_into_another_shared_archive_leaves_the_projects_choice(
    desk, tmp_path, monkeypatch
):
    used, other = tmp_path / "used.cdarchive", tmp_path / "other.cdarchive"
    create_archive(used)
    create_archive(other)
    set_shared_archive(desk.window.session.store, used)
    dialog = choose_files(desk, monkeypatch, feed(tmp_path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    dialog.choose.click()
    dialog.use_it.setChecked(False)
    dialog.ok.click()
    desk.qtbot.waitUntil(lambda: "fact-check added" in desk.status_bar()[0])
    assert archive_size(other) == 1 and archive_size(used) == 0
    assert shared_archive_path(desk.window.session.store) == used.resolve()


def test_the_projects_archive_stays_the_default(desk, tmp_path, monkeypatch):
    dialog = choose_files(desk, monkeypatch, feed(tmp_path))
    dialog.ok.click()
    desk.qtbot.waitUntil(lambda: "fact-check added" in desk.status_bar()[0])
    assert fact_check_count(desk.window.session.store) == 1


def test_each_refused_file_is_one_line_of_the_report_and_the_others_are_added(
    desk, tmp_path, monkeypatch, boxes
):
    good = feed(tmp_path)
    bad = feed(tmp_path, "bad.json", {"claims": [{"text": "x", "claimReview": "no"}]})
    dialog = choose_files(desk, monkeypatch, good, bad)
    dialog.ok.click()
    desk.qtbot.waitUntil(lambda: bool(boxes.shown))
    [shown] = boxes.shown
    first, second = shown.removeprefix("information: ").split("\n")
    assert first == "feed.json: 1 fact-check added (0 already there)"
    assert second.startswith(str(bad)) and 'claim 1: "claimReview" must hold objects' in second
    assert fact_check_count(desk.window.session.store) == 1


def test_a_new_archive_over_an_existing_file_is_refused_in_one_line(
    desk, tmp_path, monkeypatch, boxes
):
    taken = tmp_path / "taken.cdarchive"
    taken.write_bytes(b"someone's file")
    dialog = choose_files(desk, monkeypatch, feed(tmp_path))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(taken), ""))
    dialog.new.click()
    [shown] = boxes.shown
    assert shown == f"critical: {taken}: already exists; an archive is made in a new file"
    assert dialog.to_project.isChecked() and taken.read_bytes() == b"someone's file"


def test_a_refused_fact_check_file_is_reported_in_the_interfaces_language(
    desk, tmp_path, monkeypatch, boxes, qapp
):
    """The refusal was flattened to its English text before the report was written."""
    from PySide6.QtCore import QLocale

    from claimdesk.desktop.i18n.language import install as install_language

    bad = feed(tmp_path, "bad.json", {"claims": [{"text": "x", "claimReview": "no"}]})
    locale = QLocale()
    spanish = install_language(qapp, "es")
    try:
        dialog = choose_files(desk, monkeypatch, bad)
        dialog.ok.click()
        desk.qtbot.waitUntil(lambda: bool(boxes.shown))
    finally:
        for translator in spanish:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    [shown] = boxes.shown
    assert '"claimReview" debe contener objetos' in shown
