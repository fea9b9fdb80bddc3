"""File → Import fact-checks… and Claims → Checked before?… (Ctrl+Shift+B), as a
fact-checker uses them: import a small archive, put the caret in a claim, see the earlier
check with its rating and why it matches."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

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
