"""File → Import fact-checks… and Claims → Checked before?… (Ctrl+Shift+B), as a
fact-checker uses them: import a small archive, put the caret in a claim, see the earlier
check with its rating and why it matches."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from claimdesk.db.factchecks.matching import add_to_archive
from claimdesk.db.factchecks.reading import read_fact_checks
from claimdesk.db.factchecks.shared import set_shared_archive, shared_archive_path
from claimdesk.db.storage.archive_file import create_archive, open_archive
from claimdesk.desktop.flows.factcheck_flows import import_fact_check_file
from claimdesk.desktop.widgets.checked_before_dialog import CheckedBeforeDialog
from tests.db.factchecks.test_reading_fact_checks import REVIEW
from tests.desktop.driver import Desk


def imported(desk: Desk, tmp_path, document) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_fact_check_file(desk.window, path)


def test_an_imported_check_shows_for_the_claim_at_the_caret_with_why(desk, tmp_path):
    imported(desk, tmp_path, {"@type": "DataFeed", "dataFeedElement": [REVIEW]})
    added = "feed.json: 1 fact-check added (0 already there)"
    desk.qtbot.waitUntil(lambda: desk.status_bar()[0] == added)
    pane = desk.open_article(1, "Report B")
    desk.select(pane, "The government claims 400.")
    desk.press(pane, Qt.Key.Key_1)
    desk.qtbot.keyClick(
        pane.view,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [dialog] = desk.window.findChildren(CheckedBeforeDialog)
    first = dialog.list.item(0).text()
    assert first.startswith("Misleading · Cotejo, 2026-01-15: Venezuela released 400 political")
    assert "same figure: 400" in first and REVIEW["url"] in first


def test_a_hostile_archive_is_one_message_and_adds_nothing(desk, tmp_path, boxes):
    imported(desk, tmp_path, {"claims": [{"text": "x", "claimReview": "no"}]})
    desk.qtbot.waitUntil(lambda: bool(boxes.shown))
    [shown] = boxes.shown
    assert shown.startswith("critical: ") and 'claim 1: "claimReview" must hold objects' in shown


def ask_checked_before(desk: Desk) -> CheckedBeforeDialog:
    pane = desk.open_article(1, "Report B")
    desk.select(pane, "The government claims 400.")
    desk.press(pane, Qt.Key.Key_1)
    desk.qtbot.keyClick(
        pane.view,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    return desk.window.findChildren(CheckedBeforeDialog)[-1]


def test_choosing_the_shared_archive_finds_its_check_and_is_remembered(desk, tmp_path, monkeypatch):
    shared = tmp_path / "newsroom.cdarchive"
    create_archive(shared)
    with open_archive(shared, write=True) as archive:
        add_to_archive(archive, read_fact_checks_of(tmp_path, REVIEW))
    dialog = ask_checked_before(desk)
    assert dialog.list.count() == 0
    assert dialog.shared.text() == "No shared archive: only this project's"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shared), ""))
    dialog.choose.click()
    shown = desk.window.findChildren(CheckedBeforeDialog)[-1]
    assert "(shared archive newsroom.cdarchive)" in shown.list.item(0).text()
    assert shown.shared.text() == "Also searched: the shared archive newsroom.cdarchive"
    assert shared_archive_path(desk.window.session.store) == shared.resolve()


def test_a_shared_archive_gone_bad_is_said_and_the_project_still_matched(desk, tmp_path):
    shared = tmp_path / "newsroom.cdarchive"
    create_archive(shared)
    set_shared_archive(desk.window.session.store, shared)
    shared.write_bytes(b"not an archive any more")
    dialog = ask_checked_before(desk)
    assert dialog.shared.text().startswith("Shared archive left out: ")
    assert "not a fact-check archive" in dialog.shared.text()


def read_fact_checks_of(tmp_path, review) -> list:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(review), encoding="utf-8")
    return read_fact_checks(path)


def test_choosing_a_file_that_is_no_archive_is_one_message_and_not_remembered(
    desk, tmp_path, monkeypatch, boxes
):
    project_file = tmp_path / "other.claimdesk"
    project_file.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = ask_checked_before(desk)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(project_file), ""))
    dialog.choose.click()
    [shown] = boxes.shown
    assert shown.startswith("critical: ") and "not a fact-check archive" in shown
    assert shared_archive_path(desk.window.session.store) is None


def test_the_checked_before_list_closes_with_its_own_button(desk, tmp_path):
    """Only the window manager's title bar closed it (or Esc): a Close button does."""
    imported(desk, tmp_path, {"@type": "DataFeed", "dataFeedElement": [REVIEW]})
    dialog = ask_checked_before(desk)
    assert dialog.isVisible()
    [close] = [
        button
        for button in dialog.findChildren(QPushButton)
        if button.text().replace("&", "") == "Close"
    ]
    close.click()
    assert not dialog.isVisible()
