"""Review mode: going through a colleague's annotations with A, R, E, J and K."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from claimdesk.desktop.review.review_layers import DIFFERENCE_COLOR, ONE_PANE, SIDE_BY_SIDE
from claimdesk.desktop.review.review_start_dialog import StartReviewDialog
from claimdesk.desktop.session import Change
from tests.desktop.conftest import REPORT_A


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def bo_annotations(window) -> dict[str, str]:
    """Ana (the reviewer) and Bo annotated Report A; Bo's three differ in three ways."""
    store = window.session.store
    ana, bo = window.session.annotator, store.ensure_annotator("Bo")
    article = next(a for a in store.articles() if a.title == "Report A")
    tags = {tag.name: tag.id for tag in store.tags()}

    def add(who, words, tag):
        return store.add_annotation(article.id, *span_of(REPORT_A, words), tags[tag], who.id).id

    ids = {
        "mine agreed": add(ana, "about 50", "Statistic"),
        "mine other tag": add(ana, "more than 100", "Statistic"),
        "agreed": add(bo, "about 50", "Statistic"),
        "other tag": add(bo, "100", "Checkable claim"),
        "only bo": add(bo, "Officials said", "Attribution"),
    }
    window.session.announce(Change.all())
    return ids


@pytest.fixture
def review(window, bo_annotations):
    bo = window.session.store.annotator_by_name("Bo")
    window.review.start(bo.id, SIDE_BY_SIDE)
    return window.review


def press(qtbot, window, key) -> None:
    qtbot.keyClick(window.workspace.panes[0].view, key)


def decision(window, annotation_id: str):
    found = window.session.store.review(annotation_id, window.session.annotator.id)
    return (found.decision, found.comment) if found else None


def test_starting_a_review_lists_the_colleagues_annotations_unreviewed_first(
    review, bo_annotations
):
    panel = review.panel
    order = [bo_annotations[key] for key in ("agreed", "only bo", "other tag")]
    assert [row.annotation_id for row in panel.model.rows] == order
    assert panel.current_annotation() == order[0]
    assert panel.counts_label.text() == "3 to review · 0 accepted · 0 rejected"
    differences = {row.annotation_id: row.difference for row in panel.model.rows}
    assert differences[bo_annotations["agreed"]] == ""
    assert differences[bo_annotations["only bo"]] == "Only Bo marked this"
    assert "Statistic" in differences[bo_annotations["other tag"]]


def test_pressing_a_accepts_as_the_reviewer_and_moves_to_the_next_unreviewed(
    qtbot, window, review, bo_annotations
):
    press(qtbot, window, Qt.Key.Key_A)
    assert decision(window, bo_annotations["agreed"]) == ("accepted", "")
    assert review.panel.current_annotation() == bo_annotations["only bo"]
    assert window.workspace.panes[1].view.current_annotation() == bo_annotations["only bo"]
    assert review.panel.counts_label.text() == "2 to review · 1 accepted · 0 rejected"


def test_pressing_r_rejects_with_the_comment_typed(
    qtbot, window, review, bo_annotations, monkeypatch
):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("not a claim", True))
    press(qtbot, window, Qt.Key.Key_R)
    assert decision(window, bo_annotations["agreed"]) == ("rejected", "not a claim")
    assert review.panel.current_annotation() == bo_annotations["only bo"]


def test_cancelling_the_reject_prompt_decides_nothing(
    qtbot, window, review, bo_annotations, monkeypatch
):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    press(qtbot, window, Qt.Key.Key_R)
    assert decision(window, bo_annotations["agreed"]) is None


def test_undo_restores_the_previous_decision_exactly(
    qtbot, window, review, bo_annotations, monkeypatch
):
    first = bo_annotations["agreed"]
    press(qtbot, window, Qt.Key.Key_A)
    qtbot.keyClick(review.panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert decision(window, first) is None  # no decision, as before
    assert review.panel.model.row_for(first).decision == ""
    review.go_to(first)
    press(qtbot, window, Qt.Key.Key_A)
    review.go_to(first)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("on reflection", True))
    press(qtbot, window, Qt.Key.Key_R)
    assert decision(window, first) == ("rejected", "on reflection")
    press(qtbot, window, Qt.Key.Key_Z)  # a plain Z is no shortcut: nothing happens
    qtbot.keyClick(review.panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert decision(window, first) == ("accepted", "")


def test_e_accepts_and_opens_the_annotation_in_the_inspector(qtbot, window, review, bo_annotations):
    press(qtbot, window, Qt.Key.Key_E)
    assert decision(window, bo_annotations["agreed"]) == ("accepted", "")
    assert window.inspector.annotation_id == bo_annotations["agreed"]


def test_j_and_k_move_through_the_list(qtbot, window, review, bo_annotations):
    press(qtbot, window, Qt.Key.Key_J)
    assert review.panel.current_annotation() == bo_annotations["only bo"]
    press(qtbot, window, Qt.Key.Key_K)
    press(qtbot, window, Qt.Key.Key_K)
    assert review.panel.current_annotation() == bo_annotations["other tag"]


def test_the_rejected_filter_shows_only_rejected_annotations(
    qtbot, window, review, bo_annotations, monkeypatch
):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_A)
    panel = review.panel
    panel.filter_box.setCurrentIndex(panel.filter_box.findText("Rejected"))
    shown = [panel.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) for row in range(1)]
    assert panel.proxy.rowCount() == 1 and shown == [bo_annotations["agreed"]]
    panel.filter_box.setCurrentIndex(panel.filter_box.findText("All"))
    assert panel.proxy.rowCount() == 3
    assert panel.counts_label.text() == "1 to review · 1 accepted · 1 rejected"


def test_side_by_side_shows_the_reviewer_left_and_the_colleague_right(
    window, review, bo_annotations
):
    left, right = window.workspace.panes
    assert left.article_id == right.article_id
    mine = {bo_annotations["mine agreed"], bo_annotations["mine other tag"]}
    theirs = {bo_annotations[key] for key in ("agreed", "other tag", "only bo")}
    assert {span.annotation_id for span in left.view.spans()} == mine
    assert {span.annotation_id for span in right.view.spans()} == theirs
    styles = {span.annotation_id: (span.style, span.color) for span in right.view.spans()}
    assert styles[bo_annotations["agreed"]][0] == "underline"
    assert styles[bo_annotations["only bo"]] == ("outline", DIFFERENCE_COLOR)
    assert styles[bo_annotations["other tag"]] == ("outline", DIFFERENCE_COLOR)


def test_hovering_a_difference_says_why_in_every_pane_and_not_after_the_review(
    window, review, bo_annotations
):
    only_bo = bo_annotations["only bo"]
    right = window.workspace.panes[1]
    assert right.view.describe(only_bo).endswith("⚠ Only Bo marked this")
    added = window.workspace.add_pane(right.article_id)  # a pane opened during the review
    assert "⚠" in added.view.describe(only_bo)
    assert "⚠" not in right.view.describe(bo_annotations["agreed"])
    review.stop()
    assert all("⚠" not in pane.view.describe(only_bo) for pane in window.workspace.panes)


def test_side_by_side_panes_follow_each_other_to_another_article(window, review):
    left, right = window.workspace.panes
    report_b = next(a.id for a in window.session.store.articles() if a.title == "Report B")
    window.workspace.show_article(left, report_b)
    assert right.article_id == report_b
    report_a = next(a.id for a in window.session.store.articles() if a.title == "Report A")
    window.workspace.show_article(right, report_a)
    assert left.article_id == report_a


def test_one_pane_layout_draws_both_layers_in_one_pane(window, bo_annotations):
    bo = window.session.store.annotator_by_name("Bo")
    window.review.start(bo.id, ONE_PANE)
    [pane] = window.workspace.panes
    styles = {span.annotation_id: span.style for span in pane.view.spans()}
    assert styles == {
        bo_annotations["mine agreed"]: "fill",
        bo_annotations["mine other tag"]: "outline",
        bo_annotations["agreed"]: "underline",
        bo_annotations["other tag"]: "outline",
        bo_annotations["only bo"]: "outline",
    }


def test_tagging_during_review_updates_what_counts_as_a_difference(
    qtbot, window, review, bo_annotations
):
    left = window.workspace.panes[0]
    left.view.select_range(*span_of(REPORT_A, "Officials said"))
    qtbot.keyClick(left.view, Qt.Key.Key_4)  # Attribution, as Bo tagged it
    right = {span.annotation_id: span.style for span in window.workspace.panes[1].view.spans()}
    assert right[bo_annotations["only bo"]] == "underline"
    assert review.panel.model.row_for(bo_annotations["only bo"]).difference == ""


def test_stopping_the_review_restores_the_normal_panes(qtbot, desk, window, review, bo_annotations):
    desk.choose("Review", "Stop review")
    assert not review.active
    spans = [span for pane in window.workspace.panes for span in pane.view.spans()]
    assert {span.style for span in spans} == {"fill"}
    assert len({span.annotation_id for span in spans}) == 5
    press(qtbot, window, Qt.Key.Key_A)  # no longer a shortcut
    assert decision(window, bo_annotations["agreed"]) is None


def test_ctrl_shift_r_offers_the_colleague_with_most_annotations(
    qtbot, window, bo_annotations, monkeypatch
):
    store = window.session.store
    cy = store.ensure_annotator("Cy")
    article = store.articles()[0]
    store.add_annotation(article.id, 0, 3, store.tags()[0].id, cy.id)
    offered = []

    def accept(dialog):
        offered.append(
            [dialog.colleague_box.itemText(n) for n in range(dialog.colleague_box.count())]
        )
        offered.append(dialog.colleague_box.currentText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartReviewDialog, "exec", accept)
    qtbot.keyClick(
        window.workspace.panes[0].view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert offered == [["Bo (3 annotations)", "Cy (1 annotation)"], "Bo (3 annotations)"]
    assert window.review.active and window.review.colleague.name == "Bo"


def test_review_lists_a_colleagues_changes_to_your_work_and_rejecting_restores_yours(
    qtbot, window, tmp_path, monkeypatch
):
    from claimdesk.desktop.flows import merge_flow
    from tests.desktop.flows.test_merge_flow import choose_and_confirm, jons_copy

    path, ids = jons_copy(window, tmp_path)
    messages: list[str] = []
    choose_and_confirm(monkeypatch, path, messages)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    window.activateWindow()  # the merge's progress dialog had the focus
    qtbot.waitUntil(window.isActiveWindow)
    store = window.session.store
    window.review.start(store.annotator_by_name("Jon").id, SIDE_BY_SIDE)
    panel = window.review.panel
    rows = {row.difference: row.annotation_id for row in panel.model.rows}
    deleted = rows["Jon deleted your annotation “56 releases”"]
    verdict = next(key for text, key in rows.items() if "from False to Misleading" in text)
    merged_at = store.annotation(ids["400"]).modified

    window.review.go_to(verdict)
    press(qtbot, window, Qt.Key.Key_R)
    restored = store.annotation(ids["400"])
    assert store.verdict(restored.verdict_id).name == "False"
    assert restored.modified > merged_at  # a new edit: it wins the next merge
    assert panel.model.row_for(verdict).decision == "rejected"

    window.review.go_to(deleted)
    press(qtbot, window, Qt.Key.Key_R)
    assert not store.annotation(ids["56"]).deleted
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotation(ids["56"]).deleted  # undone: their deletion again
    assert panel.model.row_for(deleted).decision == ""

    window.review.go_to(deleted)
    press(qtbot, window, Qt.Key.Key_A)  # keep their change: nothing written
    assert store.annotation(ids["56"]).deleted
    assert panel.model.row_for(deleted).decision == "accepted"


def test_a_merge_in_a_terminal_leaves_changes_to_review_that_outlive_the_window(
    qtbot, window, tmp_path
):
    from claimdesk.db.rules.check import check_project
    from tests.cli.test_project_commands import claimdesk
    from tests.desktop.flows.test_merge_flow import jons_copy

    path, ids = jons_copy(window, tmp_path)
    project = window.session.path
    merged = claimdesk("merge", "--annotator", "Ana", project, path)
    assert merged.returncode == 0, merged.stderr
    assert "2 changes to Ana's work to review" in merged.stdout
    assert "2 changes by colleagues to review for Ana" in claimdesk("info", project).stdout

    store = window.session.store
    window.review.start(store.annotator_by_name("Jon").id, SIDE_BY_SIDE)
    panel = window.review.panel
    rows = {row.difference: row.annotation_id for row in panel.model.rows}
    deleted = rows["Jon deleted your annotation “56 releases”"]
    window.review.go_to(deleted)
    press(qtbot, window, Qt.Key.Key_R)
    assert not store.annotation(ids["56"]).deleted
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotation(ids["56"]).deleted  # undone: their deletion, and still to decide
    assert panel.model.row_for(deleted).decision == ""
    window.session.undo_stack.redo()
    assert panel.model.row_for(deleted).decision == "rejected"

    window.close_project()
    assert window.open_project(project, "Ana")
    store = window.session.store
    assert not store.annotation(ids["56"]).deleted  # the decision held
    window.review.start(store.annotator_by_name("Jon").id, SIDE_BY_SIDE)
    listed = [row.difference for row in window.review.panel.model.rows]
    assert "Jon deleted your annotation “56 releases”" not in listed
    assert any("from False to Misleading" in text for text in listed)
    assert "1 change by colleagues to review for Ana" in claimdesk("info", project).stdout
    assert check_project(store) == []


def test_changes_a_terminal_merge_queues_during_a_review_join_the_list(window, review, tmp_path):
    from tests.cli.test_project_commands import claimdesk
    from tests.desktop.flows.test_merge_flow import jons_copy

    path, _ = jons_copy(window, tmp_path)
    merged = claimdesk("merge", "--annotator", "Ana", window.session.path, path)
    assert merged.returncode == 0, merged.stderr
    assert window.session.check_outside_changes()  # what the window's poll does
    listed = [row.difference for row in review.panel.model.rows]
    assert "Jon deleted your annotation “56 releases”" in listed


def test_a_colleagues_annotation_changed_on_both_sides_is_listed_as_theirs(
    window, review, bo_annotations, tmp_path
):
    from claimdesk.db import Store
    from claimdesk.db.merging.merge import merge_project

    store, bos = window.session.store, bo_annotations["only bo"]
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "bo.claimdesk"
    store.db.execute("VACUUM INTO ?", [str(path)])
    store.update_annotation(bos, note="mine")
    with Store.open(path) as bo:
        bo.update_annotation(bos, note="theirs")
    merge_project(store, path, me=window.session.annotator.id)
    window.session.announce(Change.all())
    (row,) = [row for row in review.panel.model.rows if "changed the note" in row.difference]
    assert row.tag == window.session.tag(store.annotation(bos).tag_id).name  # by its tag
    assert row.quote == store.annotation(bos).quote
    assert "the annotation “" in row.difference and bos not in row.difference
    assert row.difference.endswith("(changed here too; theirs is newer)")
