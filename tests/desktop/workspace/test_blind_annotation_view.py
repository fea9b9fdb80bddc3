"""View → Show only my annotations: blind double annotation (issue 20). Each annotator
sees only their own highlights and rows; it stays on for the project, and the agreement
dialog says whether the annotators could see each other's work."""

from __future__ import annotations

from PySide6.QtCore import Qt

from claimdesk.desktop.session import Change
from claimdesk.desktop.widgets.agreement_dialog import AgreementDialog
from tests.desktop.conftest import REPORT_B, pane_showing


def bo_marks_56(window) -> str:
    store = window.session.store
    bo = store.ensure_annotator("Bo")
    article = next(a for a in store.articles() if a.title == "Report B")
    start = REPORT_B.index("56")
    tag = store.tags()[1].id
    annotation = store.add_annotation(article.id, start, start + 2, tag, bo.id)
    window.session.announce(Change.all())
    return annotation.id


def test_only_my_annotations_hides_a_colleagues_work_and_stays_on(qtbot, desk):
    window = desk.window
    bos = bo_marks_56(window)
    view = pane_showing(window, "Report B").view
    table = window.annotation_table
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    assert view.has_span(bos)
    desk.choose("View", "Show only my annotations")
    assert not view.has_span(bos)
    qtbot.waitUntil(lambda: table.model.rowCount() == 0)
    view.select_range(REPORT_B.index("400"), REPORT_B.index("400") + 3)
    qtbot.keyClick(view, Qt.Key.Key_2)  # my own work still shows
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)

    project = window.session.path
    window.close_project()
    assert window.open_project(project, "Ana")
    assert window.action_set.is_checked("view.only_mine")
    view = pane_showing(window, "Report B").view
    assert not view.has_span(bos) and len(view.spans()) == 1
    desk.choose("View", "Show only my annotations")  # off: everyone's again
    assert view.has_span(bos)


def agreement_status(qtbot, window) -> str:
    dialog = AgreementDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.agreement is not None, timeout=10_000)
    return dialog.status.text()


def test_the_agreement_dialog_says_whether_the_annotators_could_see_each_other(qtbot, desk):
    window = desk.window
    desk.choose("View", "Show only my annotations")
    bo_marks_56(window)
    view = pane_showing(window, "Report B").view
    view.select_range(REPORT_B.index("56"), REPORT_B.index("56") + 2)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert "each annotator saw only their own annotations" in agreement_status(qtbot, window)
    desk.choose("View", "Show only my annotations")
    assert "could see each other's work" in agreement_status(qtbot, window)


def test_a_colleagues_claims_are_hidden_too(qtbot, desk):
    window = desk.window
    store = window.session.store
    bo = store.ensure_annotator("Bo")
    article = next(a for a in store.articles() if a.title == "Report B")
    start = REPORT_B.index("56")
    first = store.add_annotation(article.id, start, start + 2, store.tags()[1].id, bo.id)
    second = store.add_annotation(article.id, 0, 10, store.tags()[0].id, bo.id)
    store.add_claim(bo.id, [first.id, second.id], wording="Bo's claim")
    window.session.announce(Change.all())
    claims = window.claims_panel
    qtbot.waitUntil(lambda: claims.tree.topLevelItemCount() == 1)
    desk.choose("View", "Show only my annotations")
    assert claims.tree.topLevelItemCount() == 0
    desk.choose("View", "Show only my annotations")
    assert claims.tree.topLevelItemCount() == 1
