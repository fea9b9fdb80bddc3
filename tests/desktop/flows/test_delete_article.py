"""Deleting an article from the window: asked with its counts, undoable, and no pane keeps it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QMessageBox

from claimdesk.db import Store
from claimdesk.db.rules.check import check_project
from claimdesk.desktop.flows import project_flows
from tests.desktop.conftest import REPORT_A, link_with_keys, open_window, pane_showing, tag


@pytest.fixture
def answered(monkeypatch):
    """Every question is answered with the button named by `answered["button"]`; the
    questions asked are kept in `answered["asked"]`."""
    answers = {"button": "Delete", "asked": []}

    def exec_(box: QMessageBox) -> int:
        answers["asked"].append(box.text())
        next(button for button in box.buttons() if button.text() == answers["button"]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return answers


def file_menu_action(window, text: str):
    file_menu = next(item.menu() for item in window.menuBar().actions() if item.text() == "&File")
    return next(action for action in file_menu.actions() if action.text() == text)


def titles_in_panes(window) -> list[str]:
    return [pane.title_label.text() for pane in window.workspace.panes]


def delete_shown_article(window, title: str) -> None:
    pane_showing(window, title).view.setFocus()
    file_menu_action(window, "De&lete article…").trigger()


def titles_listed(window) -> list[str]:
    return [article.title for article in window.article_list.model.records()]


def claim_appearances(window) -> list[int]:
    tree = window.claims_panel.tree
    return [tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount())]


def test_file_delete_article_asks_with_its_counts_and_every_view_lets_it_go(
    qtbot, window, two_figures, answered
):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)  # the same claim
    qtbot.waitUntil(lambda: claim_appearances(window) == [2])
    table = window.annotation_table
    qtbot.waitUntil(lambda: table.model.rowCount() == 2)
    view_a.setFocus()
    file_menu_action(window, "De&lete article…").trigger()
    assert answered["asked"] == [
        "Delete “Report A”? It carries 1 annotation, 1 link and 1 claim appearance."
    ]
    assert [pane.title_label.text() for pane in window.workspace.panes] == ["Report B"]
    qtbot.waitUntil(lambda: titles_listed(window) == ["Report B"])
    qtbot.waitUntil(lambda: claim_appearances(window) == [1])
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    store = window.session.store
    assert [a.id for a in store.annotations()] == [second] and store.links() == []
    assert check_project(store) == []
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: titles_listed(window) == ["Report A", "Report B"])
    qtbot.waitUntil(lambda: claim_appearances(window) == [2])
    assert {a.id for a in store.annotations()} == {first, second} and len(store.links()) == 1
    assert check_project(store) == []
    window.session.undo_stack.redo()
    qtbot.waitUntil(lambda: titles_listed(window) == ["Report B"])
    assert check_project(store) == []


def test_cancelling_the_question_deletes_nothing(qtbot, window, answered):
    answered["button"] = "Cancel"
    pane_showing(window, "Report A").view.setFocus()
    file_menu_action(window, "De&lete article…").trigger()
    assert answered["asked"] == ["Delete “Report A”? It carries no annotations."]
    assert len(window.workspace.panes) == 2
    assert titles_listed(window) == ["Report A", "Report B"]
    assert not window.session.undo_stack.canUndo()


def choose_from_popup_menu(text: str) -> None:
    """Once the context menu is up, pick `text` in it (as a click would) and close it."""

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(action for action in menu.actions() if action.text() == text)
        menu.close()
        action.trigger()

    QTimer.singleShot(0, choose)


def test_the_article_lists_context_menu_deletes_the_article_clicked(qtbot, window, answered):
    choose_from_popup_menu("Delete article…")
    table = window.article_list.table
    row = table.visualRect(window.article_list.proxy.index(1, 0))
    table.customContextMenuRequested.emit(row.center())
    assert answered["asked"] == ["Delete “Report B”? It carries no annotations."]
    assert [pane.title_label.text() for pane in window.workspace.panes] == ["Report A"]
    qtbot.waitUntil(lambda: titles_listed(window) == ["Report A"])


def test_the_last_pane_says_its_article_was_deleted_and_takes_no_tags(qtbot, window, answered):
    workspace = window.workspace
    workspace.close_pane(pane_showing(window, "Report B"))
    [pane] = workspace.panes
    pane.view.setFocus()
    file_menu_action(window, "De&lete article…").trigger()
    assert pane.title_label.text() == "“Report A” was deleted"
    assert pane.article_id == "" and pane.view.text() == ""
    workspace.tag_selection_with(pane, window.session.tags()[0].id)
    assert window.session.store.annotations(include_deleted=True) == []


def test_undoing_a_pasted_article_closes_its_pane_and_it_cannot_be_tagged(
    qtbot, window, monkeypatch
):
    QGuiApplication.clipboard().setText("Pasted: 12 ministers resigned on Monday.")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("Pasted", True))
    pane_showing(window, "Report A").view.setFocus()
    project_flows.paste_article(window)
    pasted = pane_showing(window, "Pasted")
    window.session.undo_stack.undo()
    assert [pane.title_label.text() for pane in window.workspace.panes] == ["Report B"]
    assert pasted not in window.workspace.panes
    view_b = window.workspace.panes[0].view
    tag(qtbot, view_b, REPORT_A, "The", 1)  # tagging what is still shown works
    assert check_project(window.session.store) == []


def test_undoing_a_deletion_reopens_its_pane_where_it_was_and_redo_closes_it(
    qtbot, window, answered
):
    pane_showing(window, "Report A").view.set_caret(REPORT_A.index("Officials"))
    delete_shown_article(window, "Report A")
    assert titles_in_panes(window) == ["Report B"]
    window.session.undo_stack.undo()
    assert titles_in_panes(window) == ["Report A", "Report B"]
    assert pane_showing(window, "Report A").view.caret_offset() == REPORT_A.index("Officials")
    window.session.undo_stack.redo()
    assert titles_in_panes(window) == ["Report B"]
    window.session.undo_stack.undo()
    assert titles_in_panes(window) == ["Report A", "Report B"]


def test_undoing_the_deletion_shown_in_the_last_pane_shows_the_article_there_again(
    qtbot, window, answered
):
    window.workspace.close_pane(pane_showing(window, "Report B"))
    delete_shown_article(window, "Report A")
    assert titles_in_panes(window) == ["“Report A” was deleted"]
    window.session.undo_stack.undo()
    assert titles_in_panes(window) == ["Report A"]
    assert window.workspace.panes[0].view.text() == REPORT_A


def test_undoing_a_deletion_scrolls_its_pane_back_to_where_the_reader_was(
    qtbot, tmp_path, app_settings, answered
):
    project = tmp_path / "long.claimdesk"
    long_text = "".join(f"Line {n}: about {n} people were released.\n" for n in range(3000))
    with Store.open(project) as store:
        store.add_article(long_text, title="Long")
        store.add_article(REPORT_A, title="Report A")
    for window in open_window(qtbot, project, app_settings):
        scroll_bar = pane_showing(window, "Long").view.verticalScrollBar()
        scroll_bar.setValue(scroll_bar.maximum() // 2)
        where = scroll_bar.value()
        assert where > 0
        delete_shown_article(window, "Long")
        window.session.undo_stack.undo()
        assert titles_in_panes(window) == ["Long", "Report A"]
        assert pane_showing(window, "Long").view.verticalScrollBar().value() == where
