"""Find in all articles (Ctrl+Shift+F): ranked results as you type, opened at the hit."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from claimdesk.db.search import search
from claimdesk.desktop.widgets import search_dialog
from claimdesk.desktop.widgets.search_dialog import SearchAllDialog
from tests.desktop.conftest import REPORT_A


def open_dialog(qtbot, window) -> SearchAllDialog:
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [dialog] = window.findChildren(SearchAllDialog)
    return dialog


def test_results_come_as_you_type_and_ignore_accents(qtbot, window):
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.field, "CAFE")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert dialog.results.item(0).text().startswith("Report A\n")
    assert "[Café]" in dialog.results.item(0).text()
    assert dialog.summary.text() == "1 article matches"


def test_opening_a_result_shows_its_article_with_the_hit_selected(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.field.setText('"government claims"')
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    pane = next(p for p in window.workspace.panes if p.view.textCursor().hasSelection())
    start, end = pane.view.selected_range()
    assert pane.view.text()[start:end] == "government claims"


def test_a_search_that_cannot_be_understood_says_why_and_lists_nothing(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.field.setText('"400')
    dialog.search()
    assert dialog.results.count() == 0
    assert dialog.summary.text() == 'the search has an unclosed quote (")'


def test_an_article_deleted_meanwhile_leaves_the_results(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.field.setText("400")
    dialog.search()
    assert dialog.results.count() == 2
    report_a = next(a for a in window.session.store.articles() if a.title == "Report A")
    window.session.store.delete_article_and_contents(report_a.id)
    dialog.search()
    assert [dialog.results.item(0).text().split("\n")[0]] == ["Report B"]


def test_a_project_to_index_is_indexed_in_the_background_first(qtbot, window, monkeypatch):
    monkeypatch.setattr(search_dialog, "INDEX_IN_BACKGROUND", 0)
    store = window.session.store
    store.add_article("Indexed later: Rodríguez spoke.", title="Late")
    dialog = open_dialog(qtbot, window)
    assert dialog.indexing is not None
    dialog.field.setText("rodriguez")
    qtbot.waitUntil(lambda: dialog.indexing is None)
    assert dialog.results.count() == 1
    assert REPORT_A not in dialog.results.item(0).text()


def test_exact_finds_cafe_only_with_its_accent_and_is_remembered_next_time(qtbot, window):
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.field, "cafe")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    qtbot.mouseClick(dialog.exact, Qt.MouseButton.LeftButton)
    assert dialog.results.count() == 0 and dialog.summary.text() == "No articles match"
    dialog.field.setText("Café")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert "[Café]" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    pane = next(p for p in window.workspace.panes if p.view.textCursor().hasSelection())
    start, end = pane.view.selected_range()
    assert pane.view.text()[start:end] == "Café"
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not window.findChildren(search_dialog.SearchAllDialog))
    window.action_set["edit.find_all"].trigger()  # Ctrl+Shift+F again, from the menu
    [again] = window.findChildren(SearchAllDialog)
    assert again.exact.isChecked()


def test_how_to_search_is_read_whole_before_typing_and_the_field_hint_fits(qtbot, window):
    """The search syntax was the field's placeholder, cut at the dialog's width ('…unless
    Exact i'); it is said whole under the field until something is typed."""
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(dialog.field.isVisible)
    help_text = search_dialog.translated("SearchAllDialog", search_dialog.HELP)
    assert dialog.summary.text() == help_text
    hint = dialog.field.placeholderText()
    assert dialog.field.fontMetrics().horizontalAdvance(hint) < dialog.field.width()
    qtbot.keyClicks(dialog.field, "CAFE")
    qtbot.waitUntil(lambda: dialog.summary.text() == "1 article matches")
    dialog.field.clear()
    qtbot.waitUntil(lambda: dialog.summary.text() == help_text)


def test_exact_on_a_word_in_many_articles_lists_the_best_and_says_at_least(
    qtbot, window, monkeypatch
):
    monkeypatch.setattr(search, "EXACT_CHUNK", 2)
    monkeypatch.setattr(search, "EXACT_COUNTED", 4)
    monkeypatch.setattr(search_dialog, "MAX_SHOWN", 3)
    for number in range(10):
        window.session.store.add_article(f"Note {number}: Rodríguez spoke.", title=f"N{number}")
    dialog = open_dialog(qtbot, window)
    dialog.exact.setChecked(True)
    dialog.field.setText("Rodríguez")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.results.count() == 3
    assert dialog.summary.text().startswith("At least 4 articles match")


def test_typing_goes_on_while_a_slow_search_runs_and_only_the_newest_is_shown(
    qtbot, window, monkeypatch
):
    """A search as you type ran on the UI thread: a slow one (Exact, 10,000 articles)
    held the field until it ended. An injected slow search waits for the test."""
    release, started, threads = threading.Event(), threading.Event(), []
    real = search_dialog.search_articles

    def slow(store, text, **options):
        threads.append(threading.current_thread())
        if text == "cafe":
            started.set()
            release.wait(timeout=5)
        return real(store, text, **options)

    monkeypatch.setattr(search_dialog, "search_articles", slow)
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.field, "cafe")
    qtbot.waitUntil(started.is_set)
    assert threads[0] is not threading.main_thread()
    qtbot.keyClicks(dialog.field, "teria")  # taken while "cafe" is being searched
    release.set()
    qtbot.waitUntil(lambda: dialog.summary.text() == "No articles match")
    assert dialog.field.text() == "cafeteria" and dialog.results.count() == 0
    assert not any(thread is threading.main_thread() for thread in threads)
