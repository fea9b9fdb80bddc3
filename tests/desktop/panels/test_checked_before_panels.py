"""Checked before? where the fact-checker works: a claim checked before is marked in the
claims panel and its earlier fact-checks listed in its editor; the inspector shows the
best earlier check for the annotation at the caret. Driven as a user does: import an
archive, link and word a claim, put the caret in a highlight."""

from __future__ import annotations

import json

from PySide6.QtGui import QTextDocumentFragment

from claimdesk.desktop.flows.factcheck_flows import import_fact_check_file
from claimdesk.desktop.widgets.checked_before_dialog import CheckedBeforeDialog
from tests.db.factchecks.test_reading_fact_checks import REVIEW
from tests.desktop.conftest import REPORT_B, link_with_keys, pane_showing, tag

CHECKED = 3  # the claims panel's "Before" column


def import_archive(qtbot, window, tmp_path, reviews=(REVIEW,)) -> None:
    path = tmp_path / "feed.json"
    feed = {"@type": "DataFeed", "dataFeedElement": list(reviews)}
    path.write_text(json.dumps(feed), encoding="utf-8")
    import_fact_check_file(window, path)
    qtbot.waitUntil(lambda: "fact-check" in window.statusBar().currentMessage())


def worded_claim(qtbot, window, two_figures, wording: str):
    """The two figures linked as one claim, selected, its wording typed in the editor."""
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    panel = window.claims_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    type_wording(qtbot, panel, wording)
    return panel


def type_wording(qtbot, panel, wording: str) -> None:
    editor = panel.editor
    editor.wording_edit.setFocus()
    editor.wording_edit.selectAll()
    qtbot.keyClicks(editor.wording_edit, wording)
    editor.flush()
    qtbot.waitUntil(lambda: wording in panel.tree.topLevelItem(0).text(0))


def test_a_claim_checked_before_is_marked_with_the_best_checks_rating_and_publisher(
    qtbot, window, two_figures, tmp_path
):
    import_archive(qtbot, window, tmp_path)
    panel = worded_claim(qtbot, window, two_figures, "The government freed 400 political prisoners")
    row = panel.tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(CHECKED) == "↺ 1")
    assert not panel.tree.isColumnHidden(CHECKED)
    assert panel.tree.headerItem().text(CHECKED) == "Before"
    tip = QTextDocumentFragment.fromHtml(row.toolTip(CHECKED)).toPlainText().replace("\xa0", " ")
    assert tip.endswith("\nMisleading · Cotejo, 2026-01-15: Venezuela released 400 political"
                        " prisoners in one day")  # fmt: skip


def test_the_claim_editor_lists_the_earlier_check_with_its_link_and_why(
    qtbot, window, two_figures, tmp_path
):
    import_archive(qtbot, window, tmp_path)
    panel = worded_claim(qtbot, window, two_figures, "The government freed 400 political prisoners")
    shown = panel.editor.checked_before
    qtbot.waitUntil(lambda: shown.list.count() == 1)
    assert shown.isVisibleTo(panel)
    assert shown.heading.text().startswith("Checked before? 1 earlier fact-check")
    described = shown.list.item(0).text()
    assert described.startswith("Misleading · Cotejo, 2026-01-15: Venezuela released 400")
    assert "same figure: 400" in described and REVIEW["url"] in described


def test_rewording_a_claim_so_nothing_matches_takes_its_mark_away(
    qtbot, window, two_figures, tmp_path
):
    import_archive(qtbot, window, tmp_path)
    panel = worded_claim(qtbot, window, two_figures, "The government freed 400 political prisoners")
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(CHECKED) == "↺ 1")
    type_wording(qtbot, panel, "Cafe owners cheered")
    qtbot.waitUntil(lambda: not panel.editor.checked_before.isVisibleTo(panel))
    assert panel.tree.topLevelItem(0).text(CHECKED) == ""


def test_fact_checks_imported_after_the_claim_was_worded_mark_it(
    qtbot, window, two_figures, tmp_path
):
    panel = worded_claim(qtbot, window, two_figures, "The government freed 400 political prisoners")
    assert panel.tree.topLevelItem(0).text(CHECKED) == ""
    import_archive(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(CHECKED) == "↺ 1")


def test_with_no_archive_nothing_is_shown(qtbot, window, two_figures):
    panel = worded_claim(qtbot, window, two_figures, "The government freed 400 political prisoners")
    assert panel.checked_before.matches("The government freed 400 political prisoners") == []
    assert panel.tree.topLevelItem(0).text(CHECKED) == ""
    assert not panel.editor.checked_before.isVisibleTo(panel)
    assert panel.tree.isColumnHidden(CHECKED)


def test_the_inspector_shows_the_best_earlier_check_and_opens_the_rest(qtbot, window, tmp_path):
    second = dict(REVIEW, url="https://factcheck.example/400-again", claimReviewed=(
        "The government says 400 prisoners were released"))  # fmt: skip
    import_archive(qtbot, window, tmp_path, (REVIEW, second))
    inspector = window.inspector
    view = pane_showing(window, "Report B").view
    tag(qtbot, view, REPORT_B, "The government claims 400", 4)
    note = inspector.checked_before
    qtbot.waitUntil(lambda: note.isVisibleTo(inspector))
    best = "Checked before: Misleading · Cotejo, 2026-01-15: The government says 400 prisoners"
    assert note.best.accessibleName() == f"{best} were released"
    assert note.more.text() == "1 more…"
    note.more.click()
    [dialog] = window.findChildren(CheckedBeforeDialog)
    assert dialog.list.count() == 2


def test_the_inspector_shows_nothing_for_an_annotation_no_check_matches(qtbot, window, tmp_path):
    import_archive(qtbot, window, tmp_path)
    inspector = window.inspector
    view = pane_showing(window, "Report B").view
    tag(qtbot, view, REPORT_B, "Foro Penal confirmed", 3)
    note = inspector.checked_before
    qtbot.waitUntil(lambda: note.text == "Foro Penal confirmed")
    qtbot.waitUntil(lambda: note.cache.matches(note.text) is not None)  # matched: none
    assert not note.isVisibleTo(inspector)
