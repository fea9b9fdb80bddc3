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


def annotation_count(window, title: str) -> int:
    model = window.article_list.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    return int(model.index(row, 3).data())


def test_the_article_list_counts_only_my_annotations_while_blind(qtbot, desk):
    window = desk.window
    bo_marks_56(window)
    qtbot.waitUntil(lambda: annotation_count(window, "Report B") == 1)
    qtbot.waitUntil(lambda: any("· 1 annotation" in text for text in desk.status_bar()))
    desk.choose("View", "Show only my annotations")
    assert annotation_count(window, "Report B") == 0  # Bo's work does not show as a number
    qtbot.waitUntil(lambda: any("· 0 annotations" in text for text in desk.status_bar()))
    view = pane_showing(window, "Report B").view
    view.select_range(REPORT_B.index("400"), REPORT_B.index("400") + 3)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: annotation_count(window, "Report B") == 1)
    project = window.session.path
    window.close_project()  # still only mine when the project is reopened
    assert window.open_project(project, "Ana")
    assert annotation_count(window, "Report B") == 1
    desk.choose("View", "Show only my annotations")  # off: everyone's again
    assert annotation_count(window, "Report B") == 2
    qtbot.waitUntil(lambda: any("· 2 annotations" in text for text in desk.status_bar()))


def test_while_blind_a_suggestion_shows_the_passage_not_a_colleagues_highlight(qtbot, seed_window):
    from tests.desktop.driver import Desk
    from tests.desktop.panels.test_suggestions_panel import (
        SHARED_QUOTE,
        open_suggestions,
        select_quotation,
    )

    window = seed_window
    store = window.session.store
    bo = store.ensure_annotator("Bo")
    first = store.articles()[0]
    text = store.article(first.id).text
    start = text.index(SHARED_QUOTE)
    sentence_start = text.rfind(".", 0, start) + 1  # Bo tagged the whole sentence
    bos = store.add_annotation(
        first.id, sentence_start, start + len(SHARED_QUOTE), store.tags()[0].id, bo.id
    )
    window.session.announce(Change.all())
    Desk(qtbot, window).choose("View", "Show only my annotations")
    panel = open_suggestions(qtbot, window)
    key = select_quotation(panel)
    item = panel.list.currentItem()
    assert text[sentence_start:start].strip()[:20] not in item.text()  # not Bo's highlight
    assert key
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    [link] = store.links()
    ends = [store.annotation(link.source_id), store.annotation(link.target_id)]
    assert bos.id not in (link.source_id, link.target_id)
    assert {end.annotator_id for end in ends} == {window.session.annotator.id}
    assert all(end.quote == SHARED_QUOTE for end in ends)
